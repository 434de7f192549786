import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { licenceDefinitions } from '../test/fixtures';
import { bearer, DEMO_PASSWORD, startTestServer, type TestServer } from '../test/harness';
import { databaseDigest } from './databaseDigest';

let server: TestServer;
/** the admin's and the staff member's session cookies, as a browser holds them */
const cookies = { admin: '', staff: '', analyst: '' };
let caseId = '';

beforeAll(async () => {
  server = await startTestServer();
  for (const who of ['admin', 'staff', 'analyst'] as const) {
    const res = await request(server.app).post('/api/auth/login').send({ username: who, password: DEMO_PASSWORD });
    cookies[who] = String(res.headers['set-cookie']?.[0] ?? '').split(';')[0] as string;
  }
  // a ruleset draft waiting for the admin's publication, and a submitted case waiting to be issued
  const ruleset = { ...licenceDefinitions().ruleset, title: { en: 'Licence rules, reviewed' } };
  await request(server.app)
    .put('/api/definitions/ruleset/licence-rules/draft')
    .set(bearer(server.tokens.analyst))
    .send(ruleset);
  const started = await request(server.app)
    .post('/api/cases')
    .set(bearer(server.tokens.staff))
    .send({
      service: 'licence',
      channel: 'office',
      data: { applicantName: 'Aruzhan', age: 30, documentsComplete: true },
    });
  caseId = started.body.id;
  await request(server.app).post(`/api/cases/${caseId}/submit`).set(bearer(server.tokens.staff)).send({});
});
afterAll(() => server.close());

const digest = () => databaseDigest(server.db, [{ table: 'sessions', where: '1 = 1' }]);

/** What a page on another origin can make a signed-in browser send: a form or fetch without custom headers. */
const FORGED: { what: string; headers: Record<string, string>; body?: string }[] = [
  {
    what: 'a text/plain form POST from another port',
    headers: { Origin: 'http://127.0.0.1:9999', 'Content-Type': 'text/plain' },
    body: '{"x":1}',
  },
  {
    what: 'a text/plain form POST from another port without a body',
    headers: { Origin: 'http://127.0.0.1:9999', 'Content-Type': 'text/plain' },
  },
  {
    what: 'an urlencoded form POST from another origin',
    headers: { Origin: 'https://evil.example', 'Content-Type': 'application/x-www-form-urlencoded' },
    body: 'a=1',
  },
  {
    what: 'a POST marked cross-site by the browser, without Origin',
    headers: { 'Sec-Fetch-Site': 'cross-site', 'Content-Type': 'text/plain' },
    body: 'x',
  },
  { what: 'a POST marked same-site (another port) by the browser', headers: { 'Sec-Fetch-Site': 'same-site' } },
  {
    what: 'a POST with no Origin and no proof it comes from the app',
    headers: { 'Content-Type': 'text/plain' },
    body: '{}',
  },
  { what: 'a POST with no Origin, no proof and no body', headers: {} },
];

describe('CSRF drill: a page on another origin cannot write with the session cookie', () => {
  const targets = () => [
    { who: 'admin' as const, path: '/api/definitions/ruleset/licence-rules/publish' },
    { who: 'staff' as const, path: `/api/cases/${caseId}/actions/issue` },
  ];

  for (const forged of FORGED) {
    it(`when ${forged.what} publishes a ruleset and issues a case, then both are refused with 403 and nothing changes`, async () => {
      const before = await digest();
      for (const { who, path } of targets()) {
        let req = request(server.app).post(path).set('Cookie', cookies[who]);
        for (const [name, value] of Object.entries(forged.headers)) req = req.set(name, value);
        const res = forged.body === undefined ? await req : await req.send(forged.body);
        expect(res.status, `${path}: ${JSON.stringify(res.body)}`).toBe(403);
        expect(res.body.error.code).toBe('CSRF');
      }
      expect(await digest()).toBe(before);
    });
  }

  it('when the app itself writes with the cookie (same origin, its request header), then the write goes through', async () => {
    const res = await request(server.app)
      .post(`/api/cases/${caseId}/actions/issue`)
      .set('Cookie', cookies.staff)
      .set('Origin', 'http://127.0.0.1')
      .set('Host', '127.0.0.1')
      .set('Sec-Fetch-Site', 'same-origin')
      .set('X-Qagida-Request', '1')
      .send({});
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  });

  it('when the session cookie is set, then it is SameSite=Strict and httpOnly', async () => {
    const res = await request(server.app).post('/api/auth/login').send({ username: 'staff', password: DEMO_PASSWORD });
    const cookie = String(res.headers['set-cookie']?.[0]);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/HttpOnly/);
  });

  it('when a write whose schema expects a body comes without one, then it is refused and nothing changes', async () => {
    const before = await digest();
    const res = await request(server.app).post('/api/cases').set(bearer(server.tokens.staff));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('BODY_REQUIRED');
    const plain = await request(server.app)
      .post(`/api/cases/${caseId}/survey`)
      .set(bearer(server.tokens.staff))
      .set('Content-Type', 'text/plain')
      .send('{"answers":{}}');
    expect(plain.status).toBe(415);
    expect(await digest()).toBe(before);
  });
});
