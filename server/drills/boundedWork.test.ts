import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { MAX_ERROR_DETAILS } from '../http/errorHandler';
import { bearer, startTestServer, type TestServer } from '../test/harness';

let server: TestServer;
let caseId = '';
beforeAll(async () => {
  server = await startTestServer();
  const started = await request(server.app)
    .post('/api/cases')
    .set(bearer(server.tokens.staff))
    .send({ service: 'licence', channel: 'office' });
  caseId = started.body.id;
});
afterAll(() => server.close());

const as = (who: 'admin' | 'analyst' | 'staff') => bearer(server.tokens[who]);

describe('bounded work drill', () => {
  it('when a user runs more dry runs than the limit allows, then the next is refused with 429 and Retry-After', async () => {
    const app = createApp({ db: server.db, now: () => server.clock.now, expensivePerMinute: 3 });
    const dryRun = () =>
      request(app)
        .post('/api/rulesets/licence-rules/evaluate')
        .set(as('analyst'))
        .send({ facts: { age: 30 } });
    for (let i = 0; i < 3; i++) expect((await dryRun()).status).toBe(200);
    const refused = await dryRun();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // another user has their own allowance; reports count too
    expect((await request(app).get('/api/reports/cases-by-status').set(as('admin'))).status).toBe(200);
  });

  it('when staff save case data with 20 000 keys, then it is refused at save and nothing is stored', async () => {
    const data = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, i]));
    const res = await request(server.app).put(`/api/cases/${caseId}/data`).set(as('staff')).send({ data });
    expect(res.status).toBe(422);
    const stored = await request(server.app).get(`/api/cases/${caseId}`).set(as('staff'));
    expect(Object.keys(stored.body.data ?? {})).not.toContain('k1');
  });

  it('when saved data has a key the pinned form lacks or an over-long value, then it is refused at save; a partial draft is saved', async () => {
    const put = (data: Record<string, unknown>) =>
      request(server.app).put(`/api/cases/${caseId}/data`).set(as('staff')).send({ data });
    const unknown = await put({ applicantName: 'A', notAField: 1 });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.details.map((d: { path: string }) => d.path)).toContain('/notAField');
    expect((await put({ applicantName: 'x'.repeat(201) })).status).toBe(422);
    expect((await put({ applicantName: 'Partial' })).status).toBe(200);
  });

  it('when a request has thousands of problems, then the error body is capped', async () => {
    const data = Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`k${i}`, i]));
    const res = await request(server.app).put(`/api/cases/${caseId}/data`).set(as('staff')).send({ data });
    expect(res.status).toBe(422);
    expect(res.body.error.details.length).toBeLessThanOrEqual(MAX_ERROR_DETAILS + 1);
    expect(res.text.length).toBeLessThan(20_000);
  });
});
