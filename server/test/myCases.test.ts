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
  ((await api().get('/api/cases?assignee=acted').set(bearer(token))).body.cases as { id: string }[]).map((c) => c.id);

describe('GET /api/cases?assignee=acted', () => {
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

  it('when a case is claimed, then assignee=me lists it for the claimer, a username finds it, and assignee=none no longer does', async () => {
    const id = await start(server.tokens.staff);
    expect((await api().post(`/api/cases/${id}/submit`).set(bearer(clerk)).send({})).status).toBe(200);
    const claimed = await api().post(`/api/cases/${id}/claim`).set(bearer(clerk));
    expect(claimed.status).toBe(200);
    expect(claimed.body).toMatchObject({ id, assignee: 'clerk', overdue: false });
    const ids = async (query: string, token = clerk) =>
      ((await api().get(`/api/cases?${query}`).set(bearer(token))).body.cases as { id: string }[]).map((c) => c.id);
    expect(await ids('assignee=me')).toEqual([id]);
    expect(await ids('assignee=clerk', server.tokens.staff)).toEqual([id]);
    expect(await ids('assignee=none&status=in-progress')).not.toContain(id);
  });

  it('when someone else holds a case, then claiming or releasing it is 409, and an admin takes it over', async () => {
    const id = await start(server.tokens.staff);
    await api().post(`/api/cases/${id}/submit`).set(bearer(server.tokens.staff)).send({});
    expect((await api().post(`/api/cases/${id}/claim`).set(bearer(clerk))).status).toBe(200);
    const taken = await api().post(`/api/cases/${id}/claim`).set(bearer(server.tokens.staff));
    expect(taken.status).toBe(409);
    expect(taken.body.error.details).toEqual([{ path: '/assignee', message: 'is clerk' }]);
    expect((await api().post(`/api/cases/${id}/release`).set(bearer(server.tokens.staff))).status).toBe(409);
    const admin = await api().post(`/api/cases/${id}/claim`).set(bearer(server.tokens.admin));
    expect(admin.body.assignee).toBe('admin');
    const released = await api().post(`/api/cases/${id}/release`).set(bearer(server.tokens.admin));
    expect(released.body.assignee).toBeNull();
    const events = (await api().get(`/api/cases/${id}`).set(bearer(clerk))).body.events as { type: string }[];
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['claimed', 'released']));
  });

  it('when the sort or order is unknown, then answers 400 naming the parameter', async () => {
    const res = await api().get('/api/cases?sort=password').set(bearer(clerk));
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toBe('/sort');
    expect((await api().get('/api/cases?order=sideways').set(bearer(clerk))).body.error.details[0].path).toBe('/order');
    expect((await api().get('/api/cases?limit=0').set(bearer(clerk))).body.error.details[0].path).toBe('/limit');
  });
});
