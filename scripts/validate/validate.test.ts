import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleDefinitions } from '../../runtime/definitions/sampleDefinitions';

function runValidate(dir: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate/validate.ts', dir], {
    encoding: 'utf8',
  });
  return { status: result.status, lines: result.stdout.trim().split('\n') };
}

function folderWith(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'qagida-validate-'));
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), typeof body === 'string' ? body : JSON.stringify(body));
  }
  return dir;
}

describe('npm run validate', () => {
  it('exits 0 when every file is valid and the set is consistent', () => {
    const s = sampleDefinitions();
    const dir = folderWith(Object.fromEntries(Object.values(s).map((d) => [`${d.kind}s/${d.id}.json`, d])));
    const { status, lines } = runValidate(dir);
    expect(lines.at(-1)).toBe('6 definition file(s) valid');
    expect(status).toBe(0);
  });

  it('exits non-zero and prints file: /pointer: message for each problem', () => {
    const s = sampleDefinitions();
    const dir = folderWith({
      'services/permit.json': { ...s.service, calendar: 'missing-cal' },
      'forms/permit-form.json': { ...s.form, fields: [{ key: 'x', type: 'slider', label: { en: 'X' } }] },
      'rules/permit-rules.json': s.ruleset,
      'processes/permit-process.json': s.process,
      'templates/permit-letter.json': s.template,
      'calendars/wrong-name.json': s.calendar,
      'broken.json': '{ "kind": ',
    });
    const { status, lines } = runValidate(dir);
    expect(status).toBe(1);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/\/broken\.json: \/: is not valid JSON/),
        expect.stringMatching(/forms\/permit-form\.json: \/fields\/0\/type: must be one of: text, /),
        expect.stringMatching(/calendars\/wrong-name\.json: \/id: "test-cal" does not match the file name$/),
        expect.stringMatching(/services\/permit\.json: \/calendar: no calendar "missing-cal"$/),
      ]),
    );
  });
});
