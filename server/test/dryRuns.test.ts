import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { calendarFor } from '../../runtime/calendar/index';
import { kzCalendar } from './fixtures';
import { bearer, useTestServer } from './harness';

const server = useTestServer();

const api = () => request(server.app);
const staff = () => bearer(server.tokens.staff);

describe('POST /api/rulesets/:id/evaluate', () => {
  it('when given facts, then answers the events fired and, per rule, the facts it read', async () => {
    const res = await api()
      .post('/api/rulesets/licence-rules/evaluate')
      .set(staff())
      .send({ facts: { age: 12, documentsComplete: false } });
    expect(res.status).toBe(200);
    expect(res.body.events.map((e: { type: string }) => e.type)).toEqual(['minor', 'documents-missing']);
    expect(res.body.rules).toContainEqual({ id: 'minor', fired: true, facts: { age: 12 } });
  });

  it('when given form data instead, then the declared facts are read from it', async () => {
    const res = await api()
      .post('/api/rulesets/licence-rules/evaluate')
      .set(staff())
      .send({ facts: {}, data: { age: 40, documentsComplete: false } });
    expect(res.body.events.map((e: { type: string }) => e.type)).toEqual(['documents-missing']);
  });

  it('when the ruleset is unknown, then answers 404; facts missing 422; malformed JSON 400; no token 401', async () => {
    expect((await api().post('/api/rulesets/none/evaluate').set(staff()).send({ facts: {} })).status).toBe(404);
    const missing = await api().post('/api/rulesets/licence-rules/evaluate').set(staff()).send({});
    expect(missing.status).toBe(422);
    expect(missing.body.error.details).toContainEqual({ path: '/facts', message: 'is required' });
    const malformed = await api()
      .post('/api/rulesets/licence-rules/evaluate')
      .set(staff())
      .set('Content-Type', 'application/json')
      .send('{facts');
    expect(malformed.status).toBe(400);
    expect((await api().post('/api/rulesets/licence-rules/evaluate').send({ facts: {} })).status).toBe(401);
  });

  it('when evaluating, then nothing is stored', async () => {
    const before = await server.db.models.Audit.count();
    await api()
      .post('/api/rulesets/licence-rules/evaluate')
      .set(staff())
      .send({ facts: { age: 1 } });
    expect(await server.db.models.Audit.count()).toBe(before);
  });
});

describe('POST /api/checklists/:id/evaluate', () => {
  it('when answers are given, then answers the score, the recommendations and a dated roadmap', async () => {
    const res = await api()
      .post('/api/checklists/review/evaluate')
      .set(staff())
      .send({ answers: { online: false, free: true }, from: '2025-01-10' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ checklist: 'review', score: 1, maxScore: 2 });
    expect(res.body.recommendations).toEqual([expect.objectContaining({ action: 'digitise', section: 'channels' })]);
    expect(res.body.roadmap).toEqual([
      expect.objectContaining({ activity: 'digitise', due: expect.stringMatching(/^2025-04-1/) }),
    ]);
  });

  it('when the checklist is unknown, then answers 404; answers missing 422', async () => {
    expect((await api().post('/api/checklists/none/evaluate').set(staff()).send({ answers: {} })).status).toBe(404);
    expect((await api().post('/api/checklists/review/evaluate').set(staff()).send({ from: '2025-01-01' })).status).toBe(
      422,
    );
  });
});

describe('GET /api/calendars/:id/deadline', () => {
  it('when a term crosses Nauryz, then the holidays are skipped', async () => {
    // Thursday 20 March 2025; 21–25 March are Nauryz days off, so the first working day after is Wednesday 26 March
    const res = await api()
      .get('/api/calendars/kz/deadline?from=2025-03-20T10:00&amount=1&unit=working-days')
      .set(staff());
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ dueDate: '2025-03-26', due: '2025-03-26T13:30:00.000Z' });
  });

  it('when the query is incomplete or wrong, then answers 422 naming each parameter', async () => {
    const res = await api().get('/api/calendars/kz/deadline?amount=-1&unit=weeks').set(staff());
    expect(res.status).toBe(422);
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual(['/from', '/amount', '/unit']);
    const outside = await api()
      .get('/api/calendars/kz/deadline?from=1999-01-01&amount=1&unit=working-days')
      .set(staff());
    expect(outside.status).toBe(422);
  });

  it('when the calendar is unknown, then answers 404; without credentials 401', async () => {
    expect(
      (await api().get('/api/calendars/mars/deadline?from=2025-01-01&amount=1&unit=working-days').set(staff())).status,
    ).toBe(404);
    expect((await api().get('/api/calendars/kz/deadline?from=2025-01-01&amount=1&unit=working-days')).status).toBe(401);
  });

  it('when asked about dates it has not seen, then agrees with counting working days one by one', async () => {
    const calendar = calendarFor(kzCalendar());
    let seed = 20250602;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let i = 0; i < 25; i++) {
      const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(random() * 3 * 365) * 86_400_000);
      const date = day.toISOString().slice(0, 10);
      const amount = 1 + Math.floor(random() * 30);
      const res = await api()
        .get(`/api/calendars/kz/deadline?from=${date}T12:00&amount=${amount}&unit=working-days`)
        .set(staff());
      expect(res.status).toBe(200);
      // by hand: the received day is the day itself if working (noon is within reception hours), else the next
      // working day; then count `amount` working days after it
      let cursor = date;
      const next = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      if (!calendar.isWorkingDay(cursor)) {
        while (!calendar.isWorkingDay(cursor)) cursor = next(cursor);
      }
      for (let n = 0; n < amount;) {
        cursor = next(cursor);
        if (calendar.isWorkingDay(cursor)) n++;
      }
      expect(res.body.dueDate, `${amount} working days from ${date}`).toBe(cursor);
      // 18:30 in Almaty: UTC+6 until 1 March 2024, UTC+5 since
      expect(res.body.due).toBe(`${cursor}T${cursor < '2024-03-01' ? '12' : '13'}:30:00.000Z`);
    }
  });
});
