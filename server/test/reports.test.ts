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

  it('when asked as CSV in English, then answers text/csv with labelled headings, services and statuses', async () => {
    const res = await api().get('/api/reports/cases-by-status?format=csv&lang=en').set(bearer(server.tokens.staff));
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    const [heading, ...rows] = res.text.replace('\uFEFF', '').trimEnd().split('\r\n');
    expect(heading).toBe('Service,Status,Count');
    expect(rows.map((r) => r.split(',').slice(1).join(','))).toEqual(['Done,1', 'Draft,1', 'In progress,1']);
    expect(rows.some((r) => r.startsWith('licence,'))).toBe(false);
  });

  it('when asked as CSV in Russian, then nothing in it is an id', async () => {
    const res = await api()
      .get('/api/reports/cases-by-status?format=csv')
      .set(bearer(server.tokens.staff))
      .set('Accept-Language', 'ru');
    const text = res.text.replace('\uFEFF', '');
    expect(text.split('\r\n')[0]).toBe('Услуга,Статус,Количество');
    expect(text).toContain('В работе');
    expect(text).not.toMatch(/in-progress|licence/);
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
