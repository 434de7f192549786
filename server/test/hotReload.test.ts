import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { openDatabase, type Db } from '../db/connection';
import { ADULT, licenceDefinitions } from './fixtures';
import { bearer, startTestServer, type TestServer } from './harness';

let server: TestServer;
let secondDb: Db;
let second: ReturnType<typeof createApp>;
beforeAll(async () => {
  server = await startTestServer();
  // a second instance on the same database file, as behind a load balancer
  secondDb = await openDatabase(`sqlite:${server.file}`);
  second = createApp({ db: secondDb, now: () => server.clock.now });
});
afterAll(async () => {
  await secondDb.close();
  await server.close();
});

const as = (who: 'admin' | 'analyst' | 'staff') => bearer(server.tokens[who]);

/** The ruleset with the age limit raised from 18 to 35. */
function stricterRules() {
  const { ruleset } = licenceDefinitions();
  const [minor, ...rest] = ruleset.rules;
  return {
    ...ruleset,
    rules: [{ ...minor!, conditions: { all: [{ fact: 'age', operator: 'lessThan', value: 35 }] } }, ...rest],
  };
}

describe('publishing a ruleset while the server runs', () => {
  it('when a changed ruleset is published, then the next evaluation on every instance uses it, and a case started before keeps its version', async () => {
    const first = await request(server.app)
      .post('/api/rulesets/licence-rules/evaluate')
      .set(as('staff'))
      .send({ facts: { age: 30 } });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ version: 1, events: [] });
    // warm the second instance's cache with version 1
    expect(
      (
        await request(second)
          .post('/api/rulesets/licence-rules/evaluate')
          .set(as('staff'))
          .send({ facts: { age: 30 } })
      ).body.version,
    ).toBe(1);

    const pinned = await request(server.app)
      .post('/api/cases')
      .set(as('staff'))
      .send({ service: 'licence', channel: 'office', data: ADULT });
    expect(pinned.body.pins.rulesets).toEqual([{ id: 'licence-rules', version: 1 }]);

    // an analyst proposes, an admin publishes the revision reviewed (four eyes)
    const drafted = await request(server.app)
      .put('/api/definitions/ruleset/licence-rules/draft')
      .set(as('analyst'))
      .send(stricterRules());
    expect(drafted.status).toBe(200);
    const published = await request(server.app)
      .post('/api/definitions/ruleset/licence-rules/publish')
      .set(as('admin'))
      .set('If-Match', String(drafted.headers.etag));
    expect(published.status).toBe(201);
    expect(published.body.version).toBe(2);

    for (const app of [server.app, second]) {
      const next = await request(app)
        .post('/api/rulesets/licence-rules/evaluate')
        .set(as('staff'))
        .send({ facts: { age: 30 } });
      expect(next.body.version).toBe(2);
      expect(next.body.events).toEqual([{ type: 'minor', params: {}, rule: 'minor' }]);
    }

    // the case started under version 1: a 30-year-old is not a minor there
    const submitted = await request(second).post(`/api/cases/${pinned.body.id}/submit`).set(as('staff')).send({});
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ status: 'in-progress', step: 'review' });
    expect(submitted.body.outcomes[0]).toMatchObject({ ruleset: 'licence-rules', version: 1, events: [] });

    // a case started now pins version 2 and is refused
    const fresh = await request(server.app)
      .post('/api/cases')
      .set(as('staff'))
      .send({ service: 'licence', channel: 'office', data: ADULT });
    expect(fresh.body.pins.rulesets).toEqual([{ id: 'licence-rules', version: 2 }]);
    const refused = await request(server.app).post(`/api/cases/${fresh.body.id}/submit`).set(as('staff')).send({});
    expect(refused.body).toMatchObject({ status: 'done', outcome: 'refused' });
  });

  it('when an older version is asked for, then the dry run evaluates that version', async () => {
    const res = await request(server.app)
      .post('/api/rulesets/licence-rules/evaluate')
      .set(as('staff'))
      .send({ facts: { age: 30 }, version: 1 });
    expect(res.body).toMatchObject({ version: 1, events: [] });
  });

  it('when a calendar is published with an added holiday, then the deadline endpoint on both instances uses it', async () => {
    const { calendar } = licenceDefinitions();
    const query = '/api/calendars/kz/deadline?from=2025-06-02T10:00&amount=1&unit=working-days';
    expect((await request(second).get(query).set(as('staff'))).body.dueDate).toBe('2025-06-03');
    const changed = {
      ...calendar,
      extraHolidays: [...calendar.extraHolidays, { date: '2025-06-03', label: { en: 'Test day off' } }],
    };
    expect(
      (await request(server.app).put('/api/definitions/calendar/kz/draft').set(as('admin')).send(changed)).status,
    ).toBe(200);
    expect((await request(server.app).post('/api/definitions/calendar/kz/publish').set(as('admin'))).status).toBe(201);
    const after = await request(second).get(query).set(as('staff'));
    expect(after.body).toMatchObject({ version: 2, dueDate: '2025-06-04' });
  });
});
