import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADULT } from './fixtures';
import { bearer, DEMO_PASSWORD, startTestServer, type TestServer } from './harness';

let server: TestServer;
let clerk: string;
beforeAll(async () => {
  server = await startTestServer();
  const created = await request(server.app)
    .post('/api/users')
    .set(bearer(server.tokens.admin))
    .send({ username: 'clerk', password: DEMO_PASSWORD, role: 'staff' });
  expect(created.status).toBe(201);
  clerk = (await request(server.app).post('/api/auth/login').send({ username: 'clerk', password: DEMO_PASSWORD })).body
    .token as string;
});
afterAll(() => server.close());

const api = () => request(server.app);
const start = async (token: string) =>
  (await api().post('/api/cases').set(bearer(token)).send({ service: 'licence', channel: 'office', data: ADULT })).body
    .id as string;
const mine = async (token: string) =>
  ((await api().get('/api/cases?assignee=me').set(bearer(token))).body.cases as { id: string }[]).map((c) => c.id);

describe('GET /api/cases?assignee=me', () => {
  it('when two clerks start cases, then each sees only the cases they started', async () => {
    const ofStaff = await start(server.tokens.staff);
    const ofClerk = await start(clerk);
    expect(await mine(server.tokens.staff)).toContain(ofStaff);
    expect(await mine(server.tokens.staff)).not.toContain(ofClerk);
    expect(await mine(clerk)).toEqual([ofClerk]);
    // without the filter, everyone sees both
    const all = (await api().get('/api/cases').set(bearer(clerk))).body.cases.map((c: { id: string }) => c.id);
    expect(all).toEqual(expect.arrayContaining([ofStaff, ofClerk]));
  });

  it('when a clerk acts on a case someone else started, then it becomes one of theirs too', async () => {
    const id = await start(server.tokens.staff);
    expect(await mine(clerk)).not.toContain(id);
    expect((await api().post(`/api/cases/${id}/submit`).set(bearer(clerk)).send({})).status).toBe(200);
    expect(await mine(clerk)).toContain(id);
    expect(await mine(server.tokens.staff)).toContain(id);
  });

  it('when the assignee is anyone but "me", then answers 400', async () => {
    const res = await api().get('/api/cases?assignee=staff').set(bearer(clerk));
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([{ path: '/assignee', message: 'must be "me"' }]);
  });
});
