import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarImpact, rulesetImpact } from '../usecases/impact';
import { ADULT, kzCalendar, licenceDefinitions } from './fixtures';
import { bearer, startTestServer, type TestServer } from './harness';

let server: TestServer;
let inReview: string;
beforeAll(async () => {
  // Monday 2 June 2025, 10:00 in Astana: the result is due Tuesday 10 June, the review step Wednesday 4 June
  server = await startTestServer({ now: '2025-06-02T05:00:00Z' });
  const staff = bearer(server.tokens.staff);
  const created = await request(server.app)
    .post('/api/cases')
    .set(staff)
    .send({ service: 'licence', channel: 'office', data: ADULT });
  await request(server.app).post(`/api/cases/${created.body.id}/submit`).set(staff).send({});
  inReview = created.body.id;
});
afterAll(() => server.close());

const api = () => request(server.app);
const admin = () => bearer(server.tokens.admin);
const withHoliday = () => ({
  ...kzCalendar(),
  extraHolidays: [{ date: '2025-06-03', label: { en: 'Extra day off' } }],
});
const stricter = () => {
  const ruleset = licenceDefinitions().ruleset;
  return {
    ...ruleset,
    rules: ruleset.rules.map((r) =>
      r.id === 'minor' ? { ...r, conditions: { all: [{ fact: 'age', operator: 'lessThan', value: 40 }] } } : r,
    ),
  };
};

describe('POST /api/calendars/:id/impact', () => {
  it('when a holiday is added inside the terms, then lists each deadline of the case in flight it moves', async () => {
    const res = await api().post('/api/calendars/kz/impact').set(admin()).send({ definition: withHoliday() });
    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      {
        case: inReview,
        service: 'licence',
        deadline: 'result',
        before: '2025-06-10T13:30:00.000Z',
        after: '2025-06-11T13:30:00.000Z',
      },
      {
        case: inReview,
        service: 'licence',
        deadline: 'step:review',
        before: '2025-06-04T13:30:00.000Z',
        after: '2025-06-05T13:30:00.000Z',
      },
    ]);
    // nothing was written
    expect((await api().get(`/api/cases/${inReview}`).set(admin())).body.deadlines[0].due).toBe(
      '2025-06-10T13:30:00.000Z',
    );
  });

  it('when the calendar is unchanged, then lists nothing; the use case answers the same without HTTP', async () => {
    expect((await api().post('/api/calendars/kz/impact').set(admin()).send({ definition: kzCalendar() })).body).toEqual(
      [],
    );
    expect(await calendarImpact(server.app.locals.ctx, 'kz', kzCalendar())).toEqual([]);
  });

  it('when the candidate is invalid or another id, then answers 422 with pointers into /definition', async () => {
    const broken = await api()
      .post('/api/calendars/kz/impact')
      .set(admin())
      .send({ definition: { ...kzCalendar(), timeZone: 42 } });
    expect(broken.status).toBe(422);
    expect(broken.body.error.details.map((d: { path: string }) => d.path)).toContain('/definition/timeZone');
    const other = await api().post('/api/calendars/other/impact').set(admin()).send({ definition: kzCalendar() });
    expect(other.status).toBe(422);
    expect(other.body.error.details).toContainEqual(expect.objectContaining({ path: '/definition/id' }));
  });

  it('when staff or an analyst asks, then answers 403; without a body 422', async () => {
    expect(
      (await api().post('/api/calendars/kz/impact').set(bearer(server.tokens.staff)).send({ definition: kzCalendar() }))
        .status,
    ).toBe(403);
    expect((await api().post('/api/calendars/kz/impact').set(admin()).send({})).status).toBe(422);
  });
});

describe('POST /api/rulesets/:id/impact', () => {
  it('when a stricter rule would fire on a case in flight, then lists it with the events before and after', async () => {
    const res = await api().post('/api/rulesets/licence-rules/impact').set(admin()).send({ definition: stricter() });
    expect(res.status).toBe(200);
    expect(res.body).toEqual([{ case: inReview, before: [], after: ['minor'] }]);
    expect(await rulesetImpact(server.app.locals.ctx, 'licence-rules', licenceDefinitions().ruleset)).toEqual([]);
  });

  it('when the candidate has an unknown operator, then answers 422; staff gets 403', async () => {
    const ruleset = licenceDefinitions().ruleset;
    const broken = {
      ...ruleset,
      rules: [
        { id: 'x', conditions: { all: [{ fact: 'age', operator: 'older', value: 1 }] }, event: { type: 'minor' } },
      ],
    };
    const res = await api().post('/api/rulesets/licence-rules/impact').set(admin()).send({ definition: broken });
    expect(res.status).toBe(422);
    expect(res.body.error.details[0].path).toMatch(/^\/definition/);
    expect(
      (
        await api()
          .post('/api/rulesets/licence-rules/impact')
          .set(bearer(server.tokens.staff))
          .send({ definition: stricter() })
      ).status,
    ).toBe(403);
  });
});
