import { describe, expect, it } from 'vitest';
import kzJson from '../../definitions/calendars/kz.json';
import type { Calendar, Deadline, DurationUnit } from '../definitions/types';
import { calendarFor } from './calendarCache';
import { dueDate, dueEpochMs } from './deadline';
import { WorkingCalendar } from './workingCalendar';

const kzDef = kzJson as Calendar;
const calendars = {
  kz: calendarFor(kzDef),
  'kz-sameday': WorkingCalendar.fromDefinition({ ...kzDef, id: 'kz-sameday', afterHours: 'same-day' }),
};
const UNITS: DurationUnit[] = ['working-days', 'calendar-days', 'months', 'years', 'minutes', 'hours', 'working-hours'];

/** A small deterministic generator: the same instants every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (state * 1_664_525 + 1_013_904_223) >>> 0) / 2 ** 32;
}

describe('dueEpochMs, the epoch-milliseconds API for bulk callers', () => {
  for (const [name, calendar] of Object.entries(calendars)) {
    it(`when given the same events as numbers, then it gives the instant dueDate gives, for every unit (${name})`, () => {
      const next = random(16);
      const start = Date.parse('2025-01-01T00:00:00+05:00');
      const span = Date.parse('2029-06-30T00:00:00+05:00') - start;
      let compared = 0;
      for (let i = 0; i < 3_000; i++) {
        const unit = UNITS[i % UNITS.length] as DurationUnit;
        // within the calendar's years (2015–2040) both ways
        const amount = 1 + Math.floor(next() * (unit === 'years' ? 3 : unit === 'months' ? 12 : 30));
        const before = i % 5 === 0;
        const deadline: Deadline = {
          id: 'd',
          label: { en: 'term' },
          amount,
          unit,
          ...(before ? { before: 'hearing' } : { from: 'submitted' }),
        };
        const at = start + Math.floor(next() * span);
        const anchor = before ? 'hearing' : 'submitted';
        const expected = dueDate(calendar, deadline, { [anchor]: new Date(at) });
        expect(
          dueEpochMs(calendar, deadline, { [anchor]: at }),
          `${unit} ${amount} ${new Date(at).toISOString()}`,
        ).toBe(expected?.getTime() ?? null);
        compared++;
      }
      expect(compared).toBe(3_000);
    });
  }

  it('when the event has not happened, then null; a periodic date is the one dueDate gives', () => {
    const kz = calendars.kz;
    const term: Deadline = { id: 't', label: { en: 't' }, amount: 5, unit: 'working-days', from: 'decided' };
    expect(dueEpochMs(kz, term, { submitted: Date.now() })).toBeNull();
    const periodic: Deadline = { id: 'p', label: { en: 'p' }, periodic: { every: 'year', month: 3, day: 30 } };
    const from = Date.parse('2026-02-01T10:00:00+05:00');
    expect(dueEpochMs(kz, periodic, { from })).toBe(dueDate(kz, periodic, { from: new Date(from) })?.getTime());
  });
});

describe('the folded working-day path (addWorkingDaysEpochMs)', () => {
  // around the days where its tables could be off by one: reception closing, days off, a decreed
  // transfer, the move of Almaty's offset from +6 to +5 (1 March 2024), the table's last years
  const SPANS = [
    ['2024-02-26', 10],
    ['2025-03-05', 20],
    ['2025-12-28', 14],
    ['2040-12-20', 12],
  ] as const;
  for (const [name, calendar] of Object.entries(calendars)) {
    it(`when an event falls at a boundary of the day, then it ends where the general path ends (${name})`, () => {
      let compared = 0;
      for (const [first, days] of SPANS) {
        for (let d = 0; d < days; d++) {
          const midnight = Date.parse(`${first}T00:00:00+05:00`) + d * 86_400_000;
          // reception closes at 17:30 local (14:30 on short days); just before and at both, and around midnight
          const close = midnight + 17.5 * 3_600_000;
          const short = midnight + 14.5 * 3_600_000;
          for (const at of [midnight - 1, midnight, short - 1, short, close - 1, close, midnight + 86_399_999]) {
            for (const amount of [0, 1, 2, 5, 30]) {
              let general: number;
              try {
                general = calendar.add(new Date(at), { amount, unit: 'working-days' }).getTime();
              } catch (error) {
                expect(() => calendar.addWorkingDaysEpochMs(at, amount)).toThrow((error as Error).message);
                compared++;
                continue;
              }
              expect(calendar.addWorkingDaysEpochMs(at, amount), `${amount} from ${new Date(at).toISOString()}`).toBe(
                general,
              );
              compared++;
            }
          }
        }
      }
      expect(compared).toBe(56 * 7 * 5);
    });
  }
});
