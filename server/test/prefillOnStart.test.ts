import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector, Prefill } from '../../runtime/definitions/connector';
import { bearer, startTestServer, type TestServer } from './harness';
import { shippedDefinitions } from './shippedDefinitions';
import { startRegisterServer, type RegisterServer } from './support/registerServer';

let server: TestServer;
let register: RegisterServer;
const api = () => request(server.app);
let connectorV1: Connector;

/** the archival reference's form with a second prefill: the applicant filled when the case starts */
const onStart: Prefill = {
  connector: 'individuals-register',
  on: 'start',
  inputs: { iin: 'applicantIin' },
  fill: { fullName: 'applicantName', address: 'applicantAddress' },
};

beforeAll(async () => {
  register = await startRegisterServer();
  const definitions = shippedDefinitions('archival-reference', 'individuals-register', 'kz');
  const connector = definitions['connector/individuals-register'] as unknown as Connector;
  connector.url = connector.url.replace('https://registers.example.kz', register.url);
  connectorV1 = { ...connector };
  const form = definitions['form/archival-reference-application'] as unknown as { prefill: Prefill[] };
  form.prefill = [...form.prefill, onStart];
  process.env.QAGIDA_CREDENTIAL_REGISTERS_TOKEN = 'test-token';
  server = await startTestServer({ definitions, now: '2026-03-02T05:00:00Z' });
  const allowed = await api()
    .put('/api/connector-hosts')
    .set(bearer(server.tokens.admin))
    .send({ host: '127.0.0.1', allowPrivate: true });
  expect(allowed.status).toBe(200);
});
afterAll(async () => {
  delete process.env.QAGIDA_CREDENTIAL_REGISTERS_TOKEN;
  await server.close();
  await register.close();
});

const start = (data?: Record<string, unknown>) =>
  api()
    .post('/api/cases')
    .set(bearer(server.tokens.staff))
    .send({ service: 'archival-reference', channel: 'psc', ...(data ? { data } : {}) });
const callsOf = async (id: string) =>
  (await api().get(`/api/cases/${id}/connector-calls`).set(bearer(server.tokens.staff))).body as {
    purpose: string;
    version: number;
    ok: boolean;
    record: { filled: string[]; on?: string; outputs?: Record<string, unknown> };
  }[];

describe('prefill on case start (POST /api/cases with the IIN)', () => {
  it('when staff start a case with the IIN, then the applicant is filled from the register and the call is recorded as a prefill on start', async () => {
    const res = await start({ applicantIin: '900101300011' });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({
      applicantIin: '900101300011',
      applicantName: 'Ахметова Айгерим Серікқызы',
      applicantAddress: 'Астана қ., Мәңгілік Ел даңғылы, 8, 12-пәтер',
    });
    const stored = await api()
      .get(`/api/cases/${res.body.id as string}`)
      .set(bearer(server.tokens.staff));
    expect(stored.body.data ?? stored.body.case?.data).toMatchObject({ applicantName: 'Ахметова Айгерим Серікқызы' });
    expect(await callsOf(res.body.id as string)).toEqual([
      expect.objectContaining({
        purpose: 'prefill',
        version: 1,
        ok: true,
        record: expect.objectContaining({ on: 'start', filled: ['applicantName', 'applicantAddress'] }),
      }),
    ]);
  });

  it('when the IIN is not given, then no call is made and the case starts as before', async () => {
    const before = register.requests.length;
    const res = await start();
    expect(res.status).toBe(201);
    expect(res.body.data.applicantName ?? null).toBeNull();
    expect(register.requests.length).toBe(before);
    expect(await callsOf(res.body.id as string)).toEqual([]);
  });

  it('when the register fails at start, then the case still starts, its data unchanged, and the failure is recorded', async () => {
    register.fault('500', { times: 10 });
    try {
      const res = await start({ applicantIin: '900101300011' });
      expect(res.status).toBe(201);
      expect(res.body.data).toEqual({ applicantIin: '900101300011' });
      expect(await callsOf(res.body.id as string)).toEqual([
        expect.objectContaining({ ok: false, record: expect.objectContaining({ on: 'start', filled: [] }) }),
      ]);
    } finally {
      register.fault(null);
    }
  });
});

describe('a case keeps the connector version it started with', () => {
  it('when a new connector version is published after a case started, then that case still calls the old one and a new case the new one', async () => {
    const old = await start();
    expect(old.body.pins.connectors).toEqual([{ id: 'individuals-register', version: 1 }]);
    // version 2 reads the full name from another place in the answer (the acts are not loaded here: no citation)
    const { source: _source, version: _version, ...rest } = connectorV1;
    const v2 = {
      ...rest,
      outputs: connectorV1.outputs.map((o) => (o.name === 'fullName' ? { ...o, from: '/surname' } : o)),
    };
    const admin = bearer(server.tokens.admin);
    expect((await api().put('/api/definitions/connector/individuals-register/draft').set(admin).send(v2)).status).toBe(
      200,
    );
    const published = await api().post('/api/definitions/connector/individuals-register/publish').set(admin).send({});
    expect(published.status).toBe(201);
    expect(published.body.version).toBe(2);

    const prefill = (id: string) =>
      api()
        .post(`/api/cases/${id}/prefill`)
        .set(bearer(server.tokens.staff))
        .send({ prefill: 0, data: { applicantIin: '900101300011' } });
    const inFlight = await prefill(old.body.id as string);
    expect(inFlight.body).toMatchObject({
      data: { applicantName: 'Ахметова Айгерим Серікқызы' },
      call: { version: 1 },
    });
    const fresh = await start();
    expect(fresh.body.pins.connectors).toEqual([{ id: 'individuals-register', version: 2 }]);
    const later = await prefill(fresh.body.id as string);
    expect(later.body).toMatchObject({ data: { applicantName: 'Ахметова' }, call: { version: 2 } });
  });
});
