import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);
const MOMENT_TZ = '\0qagida-moment-timezone';

function readJson<T>(packageFile: string, inside: string): T {
  const file = require.resolve(`${packageFile}/package.json`).replace(/package\.json$/, inside);
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/**
 * date-holidays bundles the holidays of every country, and moment-timezone (which it uses for
 * equinoxes) the rules of every time zone: together a 1.5 MB chunk in the browser. The designer
 * needs only the countries its calendars use: this plugin replaces the library's data module with
 * those countries (and the shared holiday names), and moment-timezone's data with those countries'
 * zones and UTC, at build time. When nothing in the browser imports date-holidays, it has nothing to do.
 */
export function holidaysOf(countries: readonly string[]): Plugin {
  return {
    name: 'qagida-holidays-of',
    enforce: 'pre',
    resolveId(source, importer) {
      // date-holidays-parser's and caldate's import of the whole moment-timezone (every zone included)
      return source === 'moment-timezone' && importer !== MOMENT_TZ ? MOMENT_TZ : null;
    },
    load(id) {
      if (id === MOMENT_TZ) return momentWithZones(countries);
      if (!/[\\/]date-holidays[\\/](src|lib)[\\/]data\.c?js$/.test(id.split('?')[0] ?? '')) return null;
      const all = readJson<{ holidays: Record<string, unknown> }>('date-holidays', 'data/holidays.json');
      const kept = Object.fromEntries(countries.map((c) => [c, all.holidays[c]]).filter(([, v]) => v !== undefined));
      return `export const data = ${JSON.stringify({ ...all, holidays: kept })};`;
    },
  };
}

/** moment-timezone without its bundled data, loaded with the zones of `countries` and UTC only. */
function momentWithZones(countries: readonly string[]): string {
  const holidays = readJson<{ holidays: Record<string, { zones?: string[] }> }>('date-holidays', 'data/holidays.json');
  const packed = readJson<{ version: string; zones: string[]; links: string[] }>(
    'moment-timezone',
    'data/packed/latest.json',
  );
  const wanted = new Set(['Etc/UTC', ...countries.flatMap((c) => holidays.holidays[c]?.zones ?? [])]);
  const data = {
    version: packed.version,
    zones: packed.zones.filter((z) => wanted.has(z.split('|')[0] ?? '')),
    links: packed.links.filter((l) => wanted.has(l.split('|')[0] ?? '')),
  };
  return [
    `import moment from 'moment-timezone/moment-timezone.js';`,
    `moment.tz.load(${JSON.stringify(data)});`,
    'export default moment;',
  ].join('\n');
}
