import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADULT, licenceDefinitions } from './fixtures';
import { bearer, startTestServer, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  const definitions = licenceDefinitions();
  // the licence service also takes applications on a portal whose cut-off is the end of working time
  definitions.service.channels.push({
    id: 'portal',
    type: 'portal',
    label: { en: 'Portal' },
    process: 'licence-process',
    receivedUntil: { time: '18:30', source: { doc: '004/S1', para: '8.2' } },
  });
  // Wednesday 4 June 2025, 18:00 in Almaty (UTC+5): after reception (17:30), before the end of work (18:30)
  server = await startTestServer({ now: '2025-06-04T13:00:00Z', definitions });
});
afterAll(() => server.close());

const api = () => request(server.app);
const staff = () => bearer(server.tokens.staff);

async function submitted(channel: string) {
  const created = await api().post('/api/cases').set(staff()).send({ service: 'licence', channel });
  const res = await api().post(`/api/cases/${created.body.id}/submit`).set(staff()).send({ data: ADULT });
  expect(res.status).toBe(200);
  return res.body as { id: string; deadlines: { id: string; due: string }[] };
}

describe('GET /api/cases/:id/deadlines/:deadlineId/explanation', () => {
  it('when an office application comes at 18:00, then it counts from the next working day and skips Kurban ait with its citation', async () => {
    const c = await submitted('office');
    const res = await api().get(`/api/cases/${c.id}/deadlines/result/explanation`).set(staff());
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: 'result',
      term: { amount: 5, unit: 'working-days' },
      countsFromReason: 'after-hours',
      countsFrom: '2025-06-05',
      counted: ['2025-06-09', '2025-06-10', '2025-06-11', '2025-06-12', '2025-06-13'],
    });
    expect(res.body.skipped[0]).toMatchObject({
      date: '2025-06-06',
      reason: 'holiday',
      label: { en: 'Kurban ait' },
      source: { doc: 'kz-labour-code', para: '84.5' },
    });
    expect(res.body.due).toBe(c.deadlines.find((d) => d.id === 'result')!.due);
  });

  it('when a portal application comes at 18:00, then it is on time: the portal receives until 18:30', async () => {
    const c = await submitted('portal');
    const res = await api().get(`/api/cases/${c.id}/deadlines/result/explanation`).set(staff());
    expect(res.body).toMatchObject({ countsFromReason: 'on-time', countsFrom: '2025-06-04' });
    expect(res.body.counted).toEqual(['2025-06-05', '2025-06-09', '2025-06-10', '2025-06-11', '2025-06-12']);
    expect(res.body.due).toBe(c.deadlines.find((d) => d.id === 'result')!.due);
    expect(res.body.due).toBe('2025-06-12T13:30:00.000Z');
  });

  it('when the deadline is unknown, then answers 404', async () => {
    const c = await submitted('office');
    const res = await api().get(`/api/cases/${c.id}/deadlines/nothing/explanation`).set(staff());
    expect(res.status).toBe(404);
  });

  it('when nobody is signed in, then answers 401', async () => {
    const res = await api().get('/api/cases/x/deadlines/result/explanation');
    expect(res.status).toBe(401);
  });
});

describe('GET /api/acts/coverage', () => {
  it('when no act is published, then the list is empty; without a session, 401', async () => {
    const res = await api().get('/api/acts/coverage').set(staff());
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ acts: [] });
    expect((await api().get('/api/acts/coverage')).status).toBe(401);
  });
});
