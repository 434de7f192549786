import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADULT, licenceDefinitions, MINOR } from './fixtures';
import { bearer, DEMO_PASSWORD, startTestServer, type TestServer } from './harness';
import { shippedDefinitions } from './shippedDefinitions';

let server: TestServer;
beforeAll(async () => {
  // Monday 2 June 2025, 10:00 in Astana
  server = await startTestServer({
    now: '2025-06-02T05:00:00Z',
    definitions: { ...licenceDefinitions(), ...shippedDefinitions('ucc-report') },
  });
  const staff = bearer(server.tokens.staff);
  // June: one issued, one refused by the rules at once, one still in review
  for (const [data, action] of [
    [ADULT, 'issue'],
    [MINOR, null],
    [ADULT, null],
  ] as const) {
    const created = await request(server.app)
      .post('/api/cases')
      .set(staff)
      .send({ service: 'licence', channel: 'office', data });
    await request(server.app).post(`/api/cases/${created.body.id}/submit`).set(staff).send({});
    if (action) await request(server.app).post(`/api/cases/${created.body.id}/actions/${action}`).set(staff).send({});
  }
});
afterAll(() => server.close());

const api = () => request(server.app);
const staff = () => bearer(server.tokens.staff);

describe('GET /api/reports/ucc-monthly', () => {
  it('when June is asked, then gives a row of Appendix 2 per application received, columns labelled by the form', async () => {
    const res = await api().get('/api/reports/ucc-monthly?month=2025-06').set(staff());
    expect(res.status).toBe(200);
    expect(res.body.form.id).toBe('ucc-report');
    expect(res.body.columns).toEqual(
      expect.arrayContaining(['receivedAt', 'region', 'applicant', 'nature', 'measures']),
    );
    expect(res.body.labels.region).toEqual({ kk: 'Өңір', ru: 'Регион', en: 'Region' });
    expect(res.body.rows).toHaveLength(3);
    expect(res.body.rows.map((r: { applicant: string }) => r.applicant).sort()).toEqual(
      ['Aigerim Nurlanovna', 'Aigerim Nurlanovna', 'Dana'].sort(),
    );
    expect(res.body.rows.every((r: { nature: string }) => r.nature === 'Licence')).toBe(true);
    expect(res.body.summary.rows).toEqual([
      { service: 'Licence', received: 3, handled: 2, refused: 1, overdue: 0, onTime: 2 },
    ]);
    expect(res.body.summary.labels.received).toMatchObject({ kk: expect.any(String), ru: expect.any(String) });
  });

  it('when the month is later and the review is overdue by then, then the open case counts as overdue', async () => {
    server.clock.now = new Date('2025-08-05T05:00:00Z');
    try {
      // the morning session has expired by then: sign in again
      const login = await api().post('/api/auth/login').send({ username: 'staff', password: DEMO_PASSWORD });
      const res = await api().get('/api/reports/ucc-monthly?month=2025-07').set(bearer(login.body.token));
      expect(res.body.rows).toEqual([]);
      expect(res.body.summary.rows).toEqual([
        { service: 'Licence', received: 0, handled: 0, refused: 0, overdue: 1, onTime: 0 },
      ]);
    } finally {
      server.clock.now = new Date('2025-06-02T05:00:00Z');
    }
  });

  it('when asked as CSV, then answers UTF-8 with a byte-order mark and Kazakh headers', async () => {
    const res = await api().get('/api/reports/ucc-monthly?month=2025-06&format=csv').buffer(true).set(staff());
    expect(res.headers['content-type']).toMatch(/text\/csv; charset=utf-8/);
    const text = res.text;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('Өңір');
    const ru = await api().get('/api/reports/ucc-monthly?month=2025-06&format=csv&lang=ru').set(staff());
    expect(ru.text).toContain('Регион');
  });

  it('when the month is missing or malformed, then answers 400 at /month; without credentials 401', async () => {
    const missing = await api().get('/api/reports/ucc-monthly').set(staff());
    expect(missing.status).toBe(400);
    expect(missing.body.error.details[0].path).toBe('/month');
    expect((await api().get('/api/reports/ucc-monthly?month=2025-13').set(staff())).status).toBe(400);
    expect((await api().get('/api/reports/ucc-monthly?month=2025-06')).status).toBe(401);
  });
});

describe('GET /api/reports', () => {
  it('when listed, then names the monthly report with its title from the form and its month parameter', async () => {
    const res = await api().get('/api/reports').set(staff());
    expect(res.status).toBe(200);
    const monthly = res.body.reports.find((r: { id: string }) => r.id === 'ucc-monthly');
    expect(monthly.parameters).toEqual([{ name: 'month', format: 'YYYY-MM', required: true }]);
    expect(monthly.title.kk).toBeTruthy();
    expect(res.body.reports.map((r: { id: string }) => r.id)).toEqual(
      expect.arrayContaining(['cases-by-status', 'on-time']),
    );
  });
});
