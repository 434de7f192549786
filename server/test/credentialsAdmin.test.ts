import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, startTestServer, type TestServer } from './harness';
import { shippedDefinitions } from './shippedDefinitions';
import { startRegisterServer, type RegisterServer } from './support/registerServer';

let server: TestServer;
let register: RegisterServer;
const api = () => request(server.app);
const admin = () => bearer(server.tokens.admin);
const SECRET = 'stored-token-0f3c';

beforeAll(async () => {
  register = await startRegisterServer();
  const definitions = shippedDefinitions('archival-reference', 'individuals-register', 'kz');
  const connector = definitions['connector/individuals-register'] as unknown as { url: string };
  connector.url = connector.url.replace('https://registers.example.kz', register.url);
  process.env.QAGIDA_CREDENTIAL_KEY = 'ab'.repeat(32);
  delete process.env.QAGIDA_CREDENTIAL_REGISTERS_TOKEN;
  server = await startTestServer({ definitions, now: '2026-03-02T05:00:00Z' });
  await api().put('/api/connector-hosts').set(admin()).send({ host: '127.0.0.1', allowPrivate: true });
});
afterAll(async () => {
  delete process.env.QAGIDA_CREDENTIAL_KEY;
  await server.close();
  await register.close();
});

const prefill = async () => {
  const started = await api()
    .post('/api/cases')
    .set(bearer(server.tokens.staff))
    .send({ service: 'archival-reference', channel: 'psc' });
  return api()
    .post(`/api/cases/${started.body.id as string}/prefill`)
    .set(bearer(server.tokens.staff))
    .send({ prefill: 0, data: { applicantIin: '900101300011' } });
};

describe('connector credentials stored sealed by the administrator', () => {
  it('when the admin sets a credential, then its name is listed, its value never comes back, and connectors send it', async () => {
    const set = await api().put('/api/connector-credentials/REGISTERS_TOKEN').set(admin()).send({ value: SECRET });
    expect(set.status).toBe(200);
    expect(JSON.stringify(set.body)).not.toContain(SECRET);
    const listed = await api().get('/api/connector-credentials').set(admin());
    expect(listed.body).toEqual([expect.objectContaining({ name: 'REGISTERS_TOKEN', updatedBy: 'admin' })]);
    expect(JSON.stringify(listed.body)).not.toContain(SECRET);
    const res = await prefill();
    expect(res.body.call).toMatchObject({ ok: true });
    expect(register.requests.at(-1)?.headers.authorization).toBe(`Bearer ${SECRET}`);
  });

  it('when the admin replaces the value, then connectors send the new one', async () => {
    await api().put('/api/connector-credentials/REGISTERS_TOKEN').set(admin()).send({ value: 'replaced-1' });
    await prefill();
    expect(register.requests.at(-1)?.headers.authorization).toBe('Bearer replaced-1');
  });

  it('when staff try to delete a credential, then they are refused and it stays', async () => {
    const res = await api().delete('/api/connector-credentials/REGISTERS_TOKEN').set(bearer(server.tokens.staff));
    expect(res.status).toBe(403);
    expect((await api().get('/api/connector-credentials').set(admin())).body).toHaveLength(1);
  });

  it('when the admin deletes it, then it is gone, a call fails as "credential missing", and deleting again is a 404', async () => {
    expect((await api().delete('/api/connector-credentials/REGISTERS_TOKEN').set(admin())).status).toBe(204);
    expect((await api().get('/api/connector-credentials').set(admin())).body).toEqual([]);
    const res = await prefill();
    expect(res.body.call).toMatchObject({ ok: false, failure: 'credential-missing' });
    const again = await api().delete('/api/connector-credentials/REGISTERS_TOKEN').set(admin());
    expect(again.status).toBe(404);
  });
});
