import request from 'supertest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bearer, startTestServer, type TestServer } from './harness';
import { shippedDefinitions } from './shippedDefinitions';
import { startRegisterServer, type RegisterServer } from './support/registerServer';

let server: TestServer;
let register: RegisterServer;
const api = () => request(server.app);

beforeAll(async () => {
  register = await startRegisterServer();
  const definitions = shippedDefinitions('archival-reference', 'individuals-register', 'kz');
  const connector = definitions['connector/individuals-register'] as unknown as { url: string };
  connector.url = connector.url.replace('https://registers.example.kz', register.url);
  process.env.QAGIDA_CREDENTIAL_REGISTERS_TOKEN = 'test-token';
  server = await startTestServer({ definitions, now: '2026-03-02T05:00:00Z' });
});
afterAll(async () => {
  delete process.env.QAGIDA_CREDENTIAL_REGISTERS_TOKEN;
  await server.close();
  await register.close();
});
beforeEach(() => register.fault(null));

const allow = (allowPrivate: boolean) =>
  api().put('/api/connector-hosts').set(bearer(server.tokens.admin)).send({ host: '127.0.0.1', allowPrivate });
const startCase = async () => {
  const res = await api()
    .post('/api/cases')
    .set(bearer(server.tokens.staff))
    .send({ service: 'archival-reference', channel: 'psc' });
  expect(res.status).toBe(201);
  return res.body.id as string;
};
const prefill = (id: string, data: Record<string, unknown>, lang = 'en') =>
  api()
    .post(`/api/cases/${id}/prefill`)
    .set(bearer(server.tokens.staff))
    .set('Accept-Language', lang)
    .send({ prefill: 0, data });

describe('POST /api/cases/:id/prefill (the archival reference fills the applicant from the individuals register)', () => {
  it('when the register host is not allowlisted, then nothing is called and the call is recorded as refused', async () => {
    const id = await startCase();
    const res = await prefill(id, { applicantIin: '900101300011' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ filled: [], call: { ok: false, failure: 'refused-host' } });
    expect(register.requests).toHaveLength(0);
  });

  it('when only staff ask to open the allowlist, then they are refused', async () => {
    const res = await api()
      .put('/api/connector-hosts')
      .set(bearer(server.tokens.staff))
      .send({ host: '127.0.0.1', allowPrivate: true });
    expect(res.status).toBe(403);
  });

  it('when the admin allows the register, then the applicant name and address are filled, and the call is recorded with version and digest', async () => {
    expect((await allow(true)).status).toBe(200);
    const id = await startCase();
    const res = await prefill(id, { applicantIin: '900101300011', purpose: 'kept' });
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({
      applicantIin: '900101300011',
      purpose: 'kept',
      applicantName: 'Ахметова Айгерим Серікқызы',
      applicantAddress: 'Астана қ., Мәңгілік Ел даңғылы, 8, 12-пәтер',
    });
    expect(res.body.filled).toEqual(['applicantName', 'applicantAddress']);
    expect(register.requests.at(-1)?.headers.authorization).toBe('Bearer test-token');
    const calls = (await api().get(`/api/cases/${id}/connector-calls`).set(bearer(server.tokens.staff))).body;
    expect(calls).toEqual([
      expect.objectContaining({
        purpose: 'prefill',
        connector: 'individuals-register',
        version: 1,
        ok: true,
        answerDigest: expect.stringMatching(/^[0-9a-f]{64}$/),
        at: '2026-03-02T05:00:00.000Z',
        record: expect.objectContaining({ filled: ['applicantName', 'applicantAddress'] }),
      }),
    ]);
  });

  it('when the register fails, then the answer is still 200, the data is unchanged and the failure is recorded', async () => {
    register.fault('500');
    const id = await startCase();
    const res = await prefill(id, { applicantIin: '900101300011' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      data: { applicantIin: '900101300011' },
      filled: [],
      call: { ok: false, failure: 'unavailable' },
    });
  });

  it('when the form has no such prefill or the body is malformed, then the error names it', async () => {
    const id = await startCase();
    const none = await api()
      .post(`/api/cases/${id}/prefill`)
      .set(bearer(server.tokens.staff))
      .send({ prefill: 5, data: {} });
    expect(none.status).toBe(404);
    const bad = await api()
      .post(`/api/cases/${id}/prefill`)
      .set(bearer(server.tokens.staff))
      .send({ prefill: 'x', data: {} });
    expect(bad.status).toBe(422);
    expect(bad.body.error.details).toEqual([expect.objectContaining({ path: '/prefill' })]);
  });

  it('when an analyst tries a draft connector, then the mapped outputs come back; a broken draft is refused naming the field', async () => {
    const draft = {
      kind: 'connector',
      id: 'try-people',
      title: { en: 'Try' },
      method: 'GET',
      url: `${register.url}/individuals/{iin}`,
      inputs: [{ name: 'iin', label: { en: 'IIN' } }],
      timeoutMs: 1000,
      retries: 0,
      responseSchema: { type: 'object' },
      outputs: [{ name: 'born', label: { en: 'Born' }, from: '/birthDate' }],
    };
    const ok = await api()
      .post('/api/connectors/try')
      .set(bearer(server.tokens.analyst))
      .send({ connector: draft, inputs: { iin: '850715400022' } });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ ok: true, outputs: { born: '1985-07-15' } });
    const broken = await api()
      .post('/api/connectors/try')
      .set(bearer(server.tokens.analyst))
      .send({ connector: { ...draft, timeoutMs: 5 }, inputs: {} });
    expect(broken.status).toBe(422);
    expect(broken.body.error.details).toEqual([expect.objectContaining({ path: '/connector/timeoutMs' })]);
  });

  it('when an admin stores a credential without a server key, then it is refused and no value is ever listed', async () => {
    const res = await api()
      .put('/api/connector-credentials/REGISTERS_TOKEN')
      .set(bearer(server.tokens.admin))
      .send({ value: 'x' });
    expect(res.status).toBe(409);
    const listed = await api().get('/api/connector-credentials').set(bearer(server.tokens.admin));
    expect(listed.body).toEqual([]);
  });
});
