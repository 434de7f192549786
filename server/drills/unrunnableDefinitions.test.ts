import request from 'supertest';
import { describe, expect, it } from 'vitest';
import type { Field } from '../../runtime/definitions/index';
import { licenceDefinitions } from '../test/fixtures';
import { bearer, useTestServer } from '../test/harness';

const server = useTestServer();

const api = () => request(server.app);
const as = (who: 'admin' | 'analyst' | 'staff') => bearer(server.tokens[who]);
const defs = licenceDefinitions();

/** Saves a form whose text field has `pattern` as a draft. */
function saveFormWithPattern(pattern: string) {
  const fields: Field[] = [{ key: 'code', type: 'text', label: { en: 'Code' }, pattern }, ...defs.form.fields];
  return api()
    .put('/api/definitions/form/licence-form/draft')
    .set(as('analyst'))
    .send({ ...defs.form, fields });
}

/** Patterns whose matching time grows exponentially with the input (each froze the server on a 30-character value). */
const CATASTROPHIC = [
  '^(a+)+$',
  '^(\\w+\\s?)*$',
  '(x+x+)+y',
  '^(a|aa)+$',
  '^(\\d|\\w)+$',
  '(.*a){12}',
  '^(([a-z])+.)+[A-Z]([a-z])+$',
];

describe('ReDoS drill: a pattern that can freeze the server is refused with a pointer', () => {
  it.each(CATASTROPHIC)(
    'when a form field pattern is %s, then the draft is refused at /fields/0/pattern',
    async (pattern) => {
      const res = await saveFormWithPattern(pattern);
      expect(res.status, JSON.stringify(res.body)).toBe(422);
      expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain('/fields/0/pattern');
    },
  );

  it('when a pattern does not compile, then it is refused at its pointer', async () => {
    const res = await saveFormWithPattern('^(abc');
    expect(res.status).toBe(422);
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain('/fields/0/pattern');
  });

  it.each(['^[0-9]{12}$', '^[A-Z]{2}-\\d{4}$', '^(\\+7|8)\\d{10}$'])(
    'when a form field pattern is the linear %s, then the draft is saved',
    async (pattern) => {
      expect((await saveFormWithPattern(pattern)).status).toBe(200);
    },
  );
});

describe('definitions that cannot run are refused', () => {
  it('when automatic steps lead back to each other, then the process is refused pointing at the loop', async () => {
    const process = structuredClone(defs.process);
    const check = process.steps[0]!;
    check.next = [{ to: 'recheck' }];
    process.steps.push({
      id: 'recheck',
      type: 'auto',
      actor: 'system',
      label: { en: 'Again' },
      next: [{ to: 'check' }],
    });
    const res = await api().put('/api/definitions/process/licence-process/draft').set(as('analyst')).send(process);
    expect(res.status, JSON.stringify(res.body)).toBe(422);
    expect(res.body.error.details.some((d: { path: string; message: string }) => /loop/.test(d.message))).toBe(true);
  });

  it('when automatic steps may loop but one of them can leave, then the loop is still refused', async () => {
    const process = structuredClone(defs.process);
    process.steps[0]!.next = [
      { to: 'check', when: { all: [{ fact: 'events', operator: 'contains', value: 'minor' }] } },
      { to: 'review' },
    ];
    const res = await api().put('/api/definitions/process/licence-process/draft').set(as('analyst')).send(process);
    expect(res.status).toBe(422);
  });

  it.each(['toString', 'constructor', 'hasOwnProperty', 'valueOf'])(
    'when a field key is %s (an Object.prototype name), then the form is refused at its key',
    async (key) => {
      const fields: Field[] = [{ key, type: 'text', label: { en: 'x' } }, ...defs.form.fields];
      const res = await api()
        .put('/api/definitions/form/licence-form/draft')
        .set(as('analyst'))
        .send({ ...defs.form, fields });
      expect(res.status).toBe(422);
      expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain('/fields/0/key');
    },
  );
});
