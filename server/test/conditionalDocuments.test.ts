import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfBytes } from './attachmentFixtures';
import { ADULT, licenceDefinitions } from './fixtures';
import { bearer, startTestServer, type TestServer } from './harness';

/** The licence service where a guardian's consent is asked only when the applicant says they are a minor. */
function licenceWithConsent() {
  const defs = licenceDefinitions();
  defs.form.fields.push({ key: 'minor', type: 'boolean', label: { en: 'The applicant is a minor' } });
  defs.service.documents = [
    { id: 'application', label: { en: 'Application' }, required: true },
    {
      id: 'consent',
      label: { en: "Guardian's consent" },
      required: true,
      condition: { en: 'when the applicant is a minor' },
      when: { field: 'minor', equals: true },
    },
  ];
  return defs;
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ definitions: licenceWithConsent() });
});
afterAll(() => server.close());

const api = () => request(server.app);
const staff = () => bearer(server.tokens.staff);

async function draft(data: Record<string, unknown>): Promise<string> {
  const res = await api().post('/api/cases').set(staff()).send({ service: 'licence', channel: 'office' });
  expect(res.status).toBe(201);
  expect((await api().put(`/api/cases/${res.body.id}/data`).set(staff()).send({ data })).status).toBe(200);
  return res.body.id as string;
}

const asked = async (id: string) =>
  ((await api().get(`/api/cases/${id}/attachments`).set(staff())).body.documents as { id: string }[]).map((d) => d.id);

describe('a required document with `when` (service documents[].when)', () => {
  it('when the data does not meet it, then it is not asked and the case submits without it', async () => {
    const id = await draft({ ...ADULT, minor: false });
    expect(await asked(id)).toEqual(['application']);
    expect((await api().post(`/api/cases/${id}/submit`).set(staff()).send({})).status).toBe(200);
  });

  it('when the data meets it and no file answers it, then the Desk lists it and the submit is refused at /documents/consent, in Russian for a Russian caller', async () => {
    const id = await draft({ ...ADULT, minor: true });
    expect(await asked(id)).toEqual(['application', 'consent']);
    const res = await api().post(`/api/cases/${id}/submit`).set(staff()).set('Accept-Language', 'ru').send({});
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([
      { path: '/documents/consent', message: 'необходим для этого заявления: приложите его' },
    ]);
    const still = await api().get(`/api/cases/${id}`).set(staff());
    expect(still.body.status).toBe('draft');
  });

  it('when the consent is attached, then the same case submits', async () => {
    const id = await draft({ ...ADULT, minor: true });
    const upload = await api()
      .post(`/api/cases/${id}/attachments`)
      .set(staff())
      .field('document', 'consent')
      .attach('file', pdfBytes(1500), { filename: 'consent.pdf' });
    expect(upload.status).toBe(201);
    expect((await api().post(`/api/cases/${id}/submit`).set(staff()).send({})).status).toBe(200);
  });
});
