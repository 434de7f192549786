import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ruleset } from '../../runtime/definitions/index';
import { createApp } from '../app';
import { ROOT } from '../drills/serverProcess';
import { ADULT, licenceDefinitions } from './fixtures';
import { bearer, startTestServer, type TestServer } from './harness';
import { TestCa, type Holder } from './testCa';

const IIN = '900101400123';

/** The licence service decided by the archival reference's EDS ruleset, as shipped, at a signing step. */
function licenceSignedWithEds() {
  const defs = licenceDefinitions();
  const eds = JSON.parse(fs.readFileSync(path.join(ROOT, 'rules/archival-reference-eds.json'), 'utf8')) as Ruleset;
  delete eds.version;
  const review = defs.process.steps.find((s) => s.id === 'review');
  if (!review?.actions) throw new Error('fixture changed');
  review.actions.push({ id: 'sign', label: { en: 'Sign' }, to: 'eds-check' });
  defs.process.steps.push({
    id: 'eds-check',
    type: 'auto',
    actor: 'system',
    label: { en: 'EDS check' },
    next: [
      { to: 'refused', when: { all: [{ fact: 'events', operator: 'contains', value: 'eds-not-confirmed' }] } },
      { to: 'issued' },
    ],
  });
  defs.service.rulesets.push(eds.id);
  return { ...defs, eds };
}

let server: TestServer;
let ca: TestCa;
let holders: Record<'valid' | 'expired' | 'revoked' | 'other', Holder>;
const api = () => request(server.app);
const staff = () => bearer(server.tokens.staff);
const admin = () => bearer(server.tokens.admin);

beforeAll(async () => {
  server = await startTestServer({ definitions: licenceSignedWithEds(), now: new Date().toISOString() });
  ca = new TestCa();
  holders = {
    valid: ca.issue('valid', `/C=KZ/CN=ASEL/serialNumber=IIN${IIN}`),
    expired: ca.issue('expired', `/C=KZ/CN=OLD/serialNumber=IIN${IIN}`, '20200101000000Z', '20210101000000Z'),
    revoked: ca.issue('revoked', `/C=KZ/CN=LOST/serialNumber=IIN${IIN}`),
    other: ca.issue('other', '/C=KZ/CN=SOMEONE/serialNumber=IIN850505300111'),
  };
  ca.revoke(holders.revoked);
  expect((await api().post('/api/trust/roots').set(admin()).send({ pem: ca.rootPem })).status).toBe(201);
  expect((await api().post('/api/trust/crls').set(admin()).send({ pem: ca.crl() })).status).toBe(201);
});
afterAll(async () => {
  await server.close();
  ca?.remove();
});

/** A submitted case signed by `holder` over its signing payload; `input` is what the caller asserts. */
async function signWith(holder: Holder, input: Record<string, unknown> = { requestIin: IIN }) {
  const started = await api()
    .post('/api/cases')
    .set(staff())
    .send({ service: 'licence', channel: 'office', data: ADULT });
  const id = started.body.id as string;
  expect((await api().post(`/api/cases/${id}/submit`).set(staff()).send({})).status).toBe(200);
  const payload = await api().get(`/api/cases/${id}/signing-payload`).set(staff()).buffer(true);
  const signature = ca.sign(holder, Buffer.from(payload.text, 'utf8')).toString('base64');
  const res = await api().post(`/api/cases/${id}/actions/sign`).set(staff()).send({ signature, input });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { id: string; outcome: string; facts: Record<string, unknown> };
}

describe('a signed action: the EDS facts come from the checked signature', () => {
  it('when the applicant signs with a valid certificate naming the IIN of the request, then the case is issued', async () => {
    const done = await signWith(holders.valid);
    expect(done.outcome).toBe('issued');
    expect(done.facts).toMatchObject({ certificateIin: IIN, certificateRevoked: false, signatureVerified: true });
  });

  it('when the certificate names another IIN, then the EDS is not confirmed and the case is refused', async () => {
    expect((await signWith(holders.other)).outcome).toBe('refused');
  });

  it('when the certificate had expired, then the case is refused', async () => {
    expect((await signWith(holders.expired)).outcome).toBe('refused');
  });

  it('when the certificate is on the uploaded CRL, then the case is refused even if the caller asserts otherwise', async () => {
    const done = await signWith(holders.revoked, {
      requestIin: IIN,
      certificateIin: IIN,
      certificateRevoked: false,
      signatureVerified: true,
    });
    expect(done.outcome).toBe('refused');
    expect(done.facts.certificateRevoked).toBe(true);
  });

  it('when the signature is over other data than the case, then it is not verified and the case is refused', async () => {
    const started = await api()
      .post('/api/cases')
      .set(staff())
      .send({ service: 'licence', channel: 'office', data: ADULT });
    await api().post(`/api/cases/${started.body.id}/submit`).set(staff()).send({});
    const signature = ca.sign(holders.valid, Buffer.from('{"something":"else"}')).toString('base64');
    const res = await api()
      .post(`/api/cases/${started.body.id}/actions/sign`)
      .set(staff())
      .send({ signature, input: { requestIin: IIN } });
    expect(res.body.outcome).toBe('refused');
    expect(res.body.facts.signatureVerified).toBe(false);
  });
});

describe('trusted roots and CRLs', () => {
  it('when staff tries to add a root, then answers 403; when the PEM is no certificate, then 422 at /pem', async () => {
    expect((await api().post('/api/trust/roots').set(staff()).send({ pem: ca.rootPem })).status).toBe(403);
    const bad = await api().post('/api/trust/roots').set(admin()).send({ pem: 'not a certificate' });
    expect(bad.status).toBe(422);
    expect(bad.body.error.details[0].path).toBe('/pem');
    const list = await api().get('/api/trust').set(admin());
    expect(list.body.entries.map((e: { kind: string }) => e.kind)).toEqual(['root', 'crl']);
  });
});

describe('GET /api/cases/:id/documents/:output/signature', () => {
  it("when the provider signs a result PDF, then openssl cms -verify accepts the signature over the PDF's bytes", async () => {
    const provider = ca.issue('provider', '/C=KZ/O=Ministry of Tests/OU=BIN123456789021/CN=PROVIDER');
    const app = createApp({
      db: server.db,
      now: () => server.clock.now,
      signer: { keyPem: provider.keyPem, certPem: provider.certPem },
    });
    const done = await signWith(holders.valid);
    const binary = (r: request.Response, cb: (e: Error | null, b: Buffer) => void) => {
      const stream = r as unknown as NodeJS.ReadableStream;
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => cb(null, Buffer.concat(chunks)));
    };
    const pdf = await request(app)
      .get(`/api/cases/${done.id}/documents/licence?format=pdf&lang=en`)
      .set(staff())
      .buffer(true)
      .parse(binary);
    const sig = await request(app)
      .get(`/api/cases/${done.id}/documents/licence/signature?lang=en`)
      .set(staff())
      .buffer(true)
      .parse(binary);
    expect(sig.status).toBe(200);
    expect(sig.headers['content-type']).toBe('application/pkcs7-signature');
    expect(ca.opensslVerifies(sig.body as Buffer, pdf.body as Buffer)).toBe(true);
    expect(ca.opensslVerifies(sig.body as Buffer, Buffer.concat([pdf.body as Buffer, Buffer.from(' ')]))).toBe(false);
  });

  it('when no signing key is configured, then answers 503 NOT_CONFIGURED', async () => {
    const done = await signWith(holders.valid);
    const res = await api().get(`/api/cases/${done.id}/documents/licence/signature`).set(staff());
    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe('NOT_CONFIGURED');
  });
});
