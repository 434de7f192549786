import { describe, expect, it } from 'vitest';
import { catalogs, UI_LANGS } from './index';

function keysOf(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

describe('the interface catalogs', () => {
  const all = catalogs();
  const namespaces = [...new Set(UI_LANGS.flatMap((l) => Object.keys(all[l])))].sort();

  it('when a namespace exists in one language, then it exists in every language', () => {
    for (const lang of UI_LANGS) expect(Object.keys(all[lang]).sort(), lang).toEqual(namespaces);
  });

  it.each(namespaces)('when a key of %s is in one language, then it is in every language, non-empty', (ns) => {
    const keys = new Set(UI_LANGS.flatMap((l) => keysOf(all[l][ns] ?? {})));
    for (const lang of UI_LANGS) {
      const present = new Set(keysOf(all[lang][ns] ?? {}));
      const missing = [...keys].filter((k) => !present.has(k));
      expect(missing, `${lang}/${ns}.json lacks`).toEqual([]);
      const empty = [...present].filter((k) => {
        const v = k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], all[lang][ns]);
        return typeof v !== 'string' || v.trim() === '';
      });
      expect(empty, `${lang}/${ns}.json has empty values`).toEqual([]);
    }
  });
});
