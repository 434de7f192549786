import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casesRepository } from '../repositories/cases';
import { ADULT, kzCalendar } from './fixtures';
import { bearer, DEMO_PASSWORD, startTestServer, type TestServer } from './harness';

let server: TestServer;
const api = () => request(server.app);
const admin = () => bearer(server.tokens.admin);
const staff = () => bearer(server.tokens.staff);

/** A licence case submitted now: 5 working days for the result, 2 for the review step. */
async function submitted(): Promise<string> {
  const created = await api()
    .post('/api/cases')
    .set(staff())
    .send({ service: 'licence', channel: 'office', data: ADULT });
  await api().post(`/api/cases/${created.body.id}/submit`).set(staff()).send({});
  return created.body.id;
}

let touched: string;
let later: string;
let done: string;
beforeAll(async () => {
  // Monday 2 June 2025, 10:00 in Astana: result due Tue 10 June, review due Wed 4 June
  server = await startTestServer({ now: '2025-06-02T05:00:00Z' });
  touched = await submitted();
  done = await submitted();
  const issued = await api().post(`/api/cases/${done}/actions/issue`).set(staff()).send({});
  expect(issued.status).toBeLessThan(300);
  // Thursday 5 June: result due Thu 12 June, review due Mon 9 June, both after the holiday
  server.clock.now = new Date('2025-06-05T05:00:00Z');
  // the sessions of Monday have expired by Thursday
  for (const username of ['admin', 'staff'] as const) {
    const res = await api().post('/api/auth/login').send({ username, password: DEMO_PASSWORD });
    server.tokens[username] = res.body.token;
  }
  later = await submitted();
});
afterAll(() => server.close());

const withHoliday = () => ({
  ...kzCalendar(),
  version: undefined,
  extraHolidays: [...kzCalendar().extraHolidays, { date: '2025-06-03', label: { en: 'Extra day off' } }],
});
const caseOf = async (id: string) => (await api().get(`/api/cases/${id}`).set(admin())).body;

describe('POST /api/definitions/calendar/:id/publish applies the calendar to the cases in flight', () => {
  let preview: { case: string; deadline: string; before: string; after: string }[];
  let before: Record<string, { deadlines: unknown; pins: { calendar: { version: number } }; nextDueAt: string }>;

  beforeAll(async () => {
    before = { [touched]: await caseOf(touched), [later]: await caseOf(later), [done]: await caseOf(done) };
    preview = (await api().post('/api/calendars/kz/impact').set(admin()).send({ definition: withHoliday() })).body;
    expect((await api().put('/api/definitions/calendar/kz/draft').set(admin()).send(withHoliday())).status).toBe(200);
    const published = await api().post('/api/definitions/calendar/kz/publish').set(admin()).send({});
    expect(published.status).toBe(201);
    expect(published.body.version).toBe(2);
  });

  it('moves the deadlines of a case whose term holds the holiday, as the preview listed them', async () => {
    expect(preview.map((p) => [p.case, p.deadline])).toEqual([
      [touched, 'result'],
      [touched, 'step:review'],
    ]);
    const after = await caseOf(touched);
    expect(after.deadlines).toContainEqual(expect.objectContaining({ id: 'result', due: '2025-06-11T13:30:00.000Z' }));
    expect(after.nextDueAt).toBe('2025-06-05T13:30:00.000Z');
    expect(after.pins.calendar).toEqual({ id: 'kz', version: 2 });
    // the preview now sees nothing left to move: the stored deadlines are the new calendar's
    expect(
      (await api().post('/api/calendars/kz/impact').set(admin()).send({ definition: withHoliday() })).body,
    ).toEqual([]);
  });

  it('records a deadline-moved event per moved deadline and one audit entry by the publisher', async () => {
    const events = (await casesRepository(server.db).events(touched)).filter((e) => e.type === 'deadline-moved');
    expect(events.map((e) => ({ actor: e.actor, ...e.payload }))).toEqual(
      preview.map((p) => ({
        actor: 'admin',
        deadline: p.deadline,
        before: p.before,
        after: p.after,
        calendar: { id: 'kz', version: 2 },
      })),
    );
    const audit = await api().get('/api/audit').query({ entity: 'case', entityId: touched }).set(admin());
    const moved = audit.body.entries.filter((e: { action: string }) => e.action === 'case.deadlines-moved');
    expect(moved).toHaveLength(1);
    expect(moved[0]).toMatchObject({ actor: 'admin', details: { calendar: 'kz', version: 2 } });
    expect((await api().get('/api/audit/verify').set(admin())).body).toMatchObject({ ok: true });
  });

  it('only re-pins a case in flight whose term the holiday does not touch', async () => {
    const after = await caseOf(later);
    expect(after.deadlines).toEqual(before[later]?.deadlines);
    expect(after.nextDueAt).toBe(before[later]?.nextDueAt);
    expect(after.pins.calendar).toEqual({ id: 'kz', version: 2 });
    expect((await casesRepository(server.db).events(later)).some((e) => e.type === 'deadline-moved')).toBe(false);
  });

  it('leaves a case that is done as it was, pinned to the calendar it ran on', async () => {
    const after = await caseOf(done);
    expect(after.status).toBe('done');
    expect(after.deadlines).toEqual(before[done]?.deadlines);
    expect(after.pins.calendar).toEqual({ id: 'kz', version: 1 });
    expect((await casesRepository(server.db).events(done)).some((e) => e.type === 'deadline-moved')).toBe(false);
  });
});
