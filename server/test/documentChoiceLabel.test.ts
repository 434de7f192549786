import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADULT, licenceDefinitions } from './fixtures';
import { bearer, startTestServer, type TestServer } from './harness';

/** The licence service with a choice on its form, and a plain-text letter printing that choice and the reason. */
function licenceWithChoice() {
  const defs = licenceDefinitions();
  defs.form.fields.push({
    key: 'relation',
    type: 'choice',
    label: { en: 'Relation', ru: 'Родство' },
    options: [
      { value: 'child', label: { en: 'Child', ru: 'Ребёнок' } },
      { value: 'spouse', label: { en: 'Spouse', ru: 'Супруг(а)' } },
    ],
  });
  const body = 'Relation: {{option data.relation "relation"}}\nReason: {{decision.reason}}\n\nEnd';
  defs.template.body = { en: body, ru: body };
  return defs;
}

let server: TestServer;
let caseId: string;

beforeAll(async () => {
  server = await startTestServer({ definitions: licenceWithChoice() });
  const staff = bearer(server.tokens.staff);
  const started = await request(server.app)
    .post('/api/cases')
    .set(staff)
    .send({ service: 'licence', channel: 'office', data: { ...ADULT, relation: 'child' } });
  caseId = started.body.id;
  await request(server.app).post(`/api/cases/${caseId}/submit`).set(staff).send({});
  const issued = await request(server.app)
    .post(`/api/cases/${caseId}/actions/issue`)
    .set(staff)
    .send({ reason: 'checked in person' });
  expect(issued.body.status).toBe('done');
});
afterAll(() => server.close());

async function documentIn(lang: string): Promise<string> {
  const res = await request(server.app)
    .get(`/api/cases/${caseId}/documents/licence?lang=${lang}`)
    .set(bearer(server.tokens.staff));
  expect(res.status).toBe(200);
  return /<main class="document">\n([\s\S]*)\n<\/main>/.exec(res.text)?.[1] ?? res.text;
}

describe('a result document prints a choice by its label in the document language, and plain text keeps its paragraphs', () => {
  it('when the case is issued with a reason, then the English document says "Child", the reason, in two paragraphs', async () => {
    expect(await documentIn('en')).toBe('<p>Relation: Child<br>\nReason: checked in person</p>\n<p>End</p>');
  });

  it('when the Russian document is asked, then the same choice prints its Russian label, not its code', async () => {
    expect(await documentIn('ru')).toContain('Relation: Ребёнок<br>');
  });
});
