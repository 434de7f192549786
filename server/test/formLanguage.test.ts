import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Form } from '../../runtime/definitions/types';
import { ADULT, licenceDefinitions } from './fixtures';
import { bearer, startTestServer, type TestServer } from './harness';

// the licence fixture's form, grown with the language's new constructs (made-up content, not a regulation)
function definitions() {
  const defs = licenceDefinitions();
  const form: Form = {
    ...defs.form,
    fields: [
      ...defs.form.fields,
      {
        key: 'pages',
        type: 'choice',
        label: { en: 'Pages' },
        default: 36,
        options: [
          { value: 36, label: { en: '36' } },
          { value: 48, label: { en: '48' } },
        ],
      },
      { key: 'phones', type: 'list', itemType: 'phone', label: { en: 'Phones' }, maxItems: 2 },
      { key: 'visitTime', type: 'time', label: { en: 'Visit time' } },
      { key: 'note', type: 'text', label: { en: 'Note' } },
      {
        key: 'why',
        type: 'text',
        label: { en: 'Why incomplete' },
        visibleWhen: { field: 'documentsComplete', equals: false },
      },
    ],
  };
  return { ...defs, form };
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ now: '2025-06-02T05:00:00Z', definitions: definitions() });
});
afterAll(() => server.close());

const api = () => request(server.app);
const staff = () => bearer(server.tokens.staff);

async function start() {
  const res = await api().post('/api/cases').set(staff()).send({ service: 'licence', channel: 'office' });
  expect(res.status).toBe(201);
  return res.body as { id: string; data: Record<string, unknown> };
}

describe('the form language on the server (real SQLite)', () => {
  it("when a case starts, then its data holds the form's defaults, as the Desk shows them prefilled", async () => {
    const created = await start();
    expect(created.data).toEqual({ pages: 36 });
  });

  it('when a case is submitted, then asked-but-empty fields are stored as null and unasked ones are absent', async () => {
    const created = await start();
    const res = await api()
      .post(`/api/cases/${created.id}/submit`)
      .set(staff())
      .send({
        data: { ...ADULT, pages: 48, phones: ['+7 701 111 22 33'], visitTime: '10:15', note: '', why: 'hidden' },
      });
    expect(res.status).toBe(200);
    const stored = (await api().get(`/api/cases/${created.id}`).set(staff())).body.data;
    expect(stored).toEqual({ ...ADULT, pages: 48, phones: ['+7 701 111 22 33'], visitTime: '10:15', note: null });
  });

  it('when a list has too many values or a time is impossible, then 422 names each pointer and nothing is stored', async () => {
    const created = await start();
    const res = await api()
      .post(`/api/cases/${created.id}/submit`)
      .set(staff())
      .send({ data: { ...ADULT, phones: ['87011112233', '87011112234', '87011112235'], visitTime: '24:10' } });
    expect(res.status).toBe(422);
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual(['/phones', '/visitTime']);
    const after = (await api().get(`/api/cases/${created.id}`).set(staff())).body;
    expect(after.status).toBe('draft');
    expect(after.data).toEqual({ pages: 36 });
  });
});
