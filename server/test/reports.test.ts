import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADULT } from './fixtures';
import { bearer, startTestServer, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  const staff = bearer(server.tokens.staff);
  for (const action of ['issue', null]) {
    const created = await request(server.app)
      .post('/api/cases')
      .set(staff)
      .send({ service: 'licence', channel: 'office', data: ADULT });
    await request(server.app).post(`/api/cases/${created.body.id}/submit`).set(staff).send({});
    if (action) await request(server.app).post(`/api/cases/${created.body.id}/actions/${action}`).set(staff).send({});
  }
});
afterAll(() => server.close());

const api = () => request(server.app);

describe('GET /api/reports/:report', () => {
  it('when cases-by-status is asked, then counts cases per service and status (the seeded demo case included)', async () => {
    const res = await api().get('/api/reports/cases-by-status').set(bearer(server.tokens.staff));
    expect(res.status).toBe(200);
    expect(res.body.rows).toEqual([
      { service: 'licence', status: 'done', count: 1 },
      { service: 'licence', status: 'draft', count: 1 },
      { service: 'licence', status: 'in-progress', count: 1 },
    ]);
  });

  it('when asked as CSV, then answers text/csv with a header row', async () => {
    const res = await api().get('/api/reports/cases-by-status?format=csv').set(bearer(server.tokens.staff));
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    expect(res.text).toBe('service,status,count\r\nlicence,done,1\r\nlicence,draft,1\r\nlicence,in-progress,1\r\n');
  });

  it('when on-time is asked, then gives the share of closed cases that met every deadline', async () => {
    const res = await api().get('/api/reports/on-time').set(bearer(server.tokens.staff));
    expect(res.body.rows).toEqual([{ service: 'licence', closed: 1, onTime: 1, rate: 1 }]);
  });

  it('when the report is unknown, then answers 404; without credentials 401', async () => {
    expect((await api().get('/api/reports/horoscope').set(bearer(server.tokens.staff))).status).toBe(404);
    expect((await api().get('/api/reports/on-time')).status).toBe(401);
  });
});
