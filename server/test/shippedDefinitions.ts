import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The shipped definitions whose id starts with one of the prefixes, and every dictionary, keyed `kind/id`, for startTestServer. */
export function shippedDefinitions(...prefixes: string[]): Record<string, { kind: string; id: string }> {
  const found: Record<string, { kind: string; id: string }> = {};
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.json')) {
        const body = JSON.parse(fs.readFileSync(full, 'utf8')) as { kind?: string; id?: string };
        // dictionaries are shared lists any service's form may name: always included
        if (body.kind && body.id && (body.kind === 'dictionary' || prefixes.some((p) => body.id?.startsWith(p))))
          found[`${body.kind}/${body.id}`] = body as { kind: string; id: string };
      }
    }
  };
  walk(path.join(ROOT, 'definitions'));
  walk(path.join(ROOT, 'rules'));
  return found;
}

/** The shipped report definitions (definitions/reports), keyed `report/id`. */
export function shippedReports(): Record<string, { kind: string; id: string }> {
  const dir = path.join(ROOT, 'definitions', 'reports');
  const found: Record<string, { kind: string; id: string }> = {};
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    const body = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as { kind: string; id: string };
    found[`report/${body.id}`] = body;
  }
  return found;
}
