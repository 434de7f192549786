import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inForce } from '../usecases/pinning';
import { licenceDefinitions } from './fixtures';
import { bearer, startTestServer, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ now: '2025-06-02T05:00:00Z' });
  // version 2 of the ruleset is in force from 2026; version 2 of the form only until the end of 2024
  const { ruleset, form } = licenceDefinitions();
  for (const [kind, body] of [
    ['ruleset', { ...ruleset, validity: { from: '2026-01-01' } }],
    ['form', { ...form, validity: { from: '2020-01-01', to: '2024-12-31' } }],
  ] as const) {
    // the analyst drafts, the admin publishes the revision drafted (four eyes on rulesets)
    const drafted = await request(server.app)
      .put(`/api/definitions/${kind}/${body.id}/draft`)
      .set(bearer(server.tokens.analyst))
      .send(body);
    expect(drafted.status).toBeLessThan(300);
    const published = await request(server.app)
      .post(`/api/definitions/${kind}/${body.id}/publish`)
      .set(bearer(server.tokens.admin))
      .set('If-Match', String(drafted.headers.etag))
      .send({});
    expect(published.status).toBe(201);
  }
});
afterAll(() => server.close());

const start = (body: Record<string, unknown>) =>
  request(server.app)
    .post('/api/cases')
    .set(bearer(server.tokens.staff))
    .send({ service: 'licence', channel: 'office', ...body });

describe('inForce()', () => {
  it('holds without validity, and inside from/to inclusive only', () => {
    expect(inForce(undefined, '2025-01-01')).toBe(true);
    expect(inForce({ from: '2025-01-01', to: '2025-12-31' }, '2025-12-31')).toBe(true);
    expect(inForce({ from: '2025-01-01' }, '2024-12-31')).toBe(false);
    expect(inForce({ repealedBy: 'x' }, '2030-01-01')).toBe(true);
  });
});

describe('POST /api/cases pins the versions in force on the application date', () => {
  it('when no date is given, then today counts: the ruleset of 2026 is not yet in force and the form of 2024 no longer', async () => {
    const res = await start({});
    expect(res.status).toBe(201);
    expect(res.body.pins.rulesets).toEqual([{ id: 'licence-rules', version: 1 }]);
    expect(res.body.pins.form).toEqual({ id: 'licence-form', version: 1 });
  });

  it('when the application date is in 2026, then the ruleset version 2 is pinned', async () => {
    const res = await start({ applicationDate: '2026-02-01' });
    expect(res.body.pins.rulesets).toEqual([{ id: 'licence-rules', version: 2 }]);
  });

  it('when the application date is in 2024, then the form version 2 is pinned', async () => {
    const res = await start({ applicationDate: '2024-06-01T10:00:00+05:00' });
    expect(res.body.pins.form).toEqual({ id: 'licence-form', version: 2 });
  });

  it('when the application date is not a date, then answers 422 at /applicationDate', async () => {
    const res = await start({ applicationDate: 'yesterday' });
    expect(res.status).toBe(422);
    expect(res.body.error.details[0].path).toBe('/applicationDate');
  });
});
