import request from 'supertest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Service } from '../../runtime/definitions/index';
import { licenceDefinitions } from './fixtures';
import { bearer, startTestServer, type TestServer } from './harness';
import { shippedConnector } from './support/registerConnectors';
import { startRegisterServer, type RegisterServer } from './support/registerServer';
import { submittedLicence } from './support/submittedLicence';

let server: TestServer;
let register: RegisterServer;
const api = () => request(server.app);

beforeAll(async () => {
  register = await startRegisterServer();
  const base = licenceDefinitions();
  const entities = { ...shippedConnector('legal-entities-register', register.url), credential: undefined };
  const service: Service = {
    ...base.service,
    documents: [
      ...base.service.documents,
      {
        id: 'registration',
        label: { en: 'Certificate of state registration' },
        required: true,
        fetchedByProvider: true,
        connector: { id: 'legal-entities-register', inputs: { bin: 'data.applicantName' } },
      },
    ],
  };
  server = await startTestServer({ definitions: { ...base, service, entities } });
  await api()
    .put('/api/connector-hosts')
    .set(bearer(server.tokens.admin))
    .send({ host: '127.0.0.1', allowPrivate: true });
});
afterAll(async () => {
  await server.close();
  await register.close();
});
beforeEach(() => register.fault(null));

const submit = async (bin: string) => (await submittedLicence(server, bin)).id;
const documentCalls = async (id: string) =>
  (
    (await api().get(`/api/cases/${id}/connector-calls`).set(bearer(server.tokens.staff))).body as {
      purpose: string;
      ok: boolean;
      record: { document: string; outputs?: Record<string, unknown>; failure?: string };
    }[]
  ).filter((c) => c.purpose === 'document');

describe('documents the provider obtains itself through a connector', () => {
  it('when a case is submitted, then the document is obtained and what came back is kept with the case', async () => {
    const id = await submit('050140000017');
    const calls = await documentCalls(id);
    expect(calls).toEqual([
      expect.objectContaining({
        ok: true,
        record: expect.objectContaining({
          document: 'registration',
          outputs: expect.objectContaining({ name: '«Сауда Сервис» ЖШС' }),
        }),
      }),
    ]);
  });

  it('when the register fails at submission, then the case is submitted, the document shows as failed, and a staff retry obtains it', async () => {
    register.fault('garbage');
    const id = await submit('050140000017');
    expect((await documentCalls(id)).map((c) => [c.ok, c.record.failure])).toEqual([[false, 'bad-answer']]);
    register.fault(null);
    const retried = await api()
      .post(`/api/cases/${id}/fetched-documents/registration`)
      .set(bearer(server.tokens.staff))
      .send({});
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ document: 'registration', call: { ok: true } });
    expect((await documentCalls(id)).map((c) => c.ok)).toEqual([false, true]);
  });

  it('when staff retry a document the service does not fetch, then the answer is 404', async () => {
    const id = await submit('050140000017');
    const res = await api()
      .post(`/api/cases/${id}/fetched-documents/nothing`)
      .set(bearer(server.tokens.staff))
      .send({});
    expect(res.status).toBe(404);
  });
});
