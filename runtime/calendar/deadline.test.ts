import { describe, expect, it } from 'vitest';
import kzJson from '../../definitions/calendars/kz.json';
import type { Calendar, Deadline, DurationUnit } from '../definitions/types';
import { calendarFor } from './calendarCache';
import { CalendarRangeError } from './calendarRangeError';
import { dueDate, dueDates } from './deadline';
import { WorkingCalendar } from './workingCalendar';

const kzDef = kzJson as Calendar;
const kz = calendarFor(kzDef);
const calendars: Record<string, WorkingCalendar> = {
  kz,
  // Saturday 3 January 2026 made a working day, Monday 5 January a day off (a made-up decree)
  'kz+transfers': WorkingCalendar.fromDefinition({
    ...kzDef,
    id: 'kz-transfers',
    transfers: [
      { date: '2026-01-03', working: true, label: { en: 'working Saturday' } },
      { date: '2026-01-05', working: false, label: { en: 'day off for 3 January' } },
    ],
  }),
  'kz-sameday': WorkingCalendar.fromDefinition({ ...kzDef, id: 'kz-sameday', afterHours: 'same-day' }),
  'kz-noroll': WorkingCalendar.fromDefinition({ ...kzDef, id: 'kz-noroll', rollCalendarDays: 'none' }),
};

const term = (amount: number, unit: DurationUnit, from = 'submitted'): Deadline => ({
  id: 'term',
  label: { en: 'term' },
  amount,
  unit,
  from,
});

// Every expectation below was worked out by hand from the KZ calendar; times are Almaty local,
// UTC+6 before 1 March 2024 and UTC+5 since.
describe('dueDate() of a term from an event', () => {
  it.each([
    // calendar, event, amount, unit, due
    ['kz', '2025-02-17T10:00+05:00', 1, 'working-days', '2025-02-18T18:30+05:00'], // Mon → Tue, end of the working day
    ['kz', '2025-02-14T10:00+05:00', 1, 'working-days', '2025-02-17T18:30+05:00'], // Fri → Mon over the weekend
    ['kz', '2025-02-14T17:45+05:00', 1, 'working-days', '2025-02-18T18:30+05:00'], // Fri after 17:30: received Mon, due Tue
    ['kz', '2025-02-15T11:00+05:00', 1, 'working-days', '2025-02-18T18:30+05:00'], // Saturday: received Mon, due Tue
    ['kz-sameday', '2025-02-14T17:45+05:00', 1, 'working-days', '2025-02-17T18:30+05:00'], // no after-hours shift
    ['kz-sameday', '2025-02-15T11:00+05:00', 1, 'working-days', '2025-02-17T18:30+05:00'], // counts from Saturday
    ['kz', '2025-02-17T08:00+05:00', 1, 'working-days', '2025-02-18T18:30+05:00'], // before opening: received Mon itself
    ['kz', '2025-03-19T10:00+05:00', 3, 'working-days', '2025-03-27T18:30+05:00'], // Thu 20, (Nauryz 21–25), Wed 26, Thu 27
    ['kz', '2026-03-20T10:00+05:00', 1, 'working-days', '2026-03-26T18:30+05:00'], // Nauryz 2026 is off 21–25 March
    ['kz', '2026-05-08T10:00+05:00', 1, 'working-days', '2026-05-12T18:30+05:00'], // 9 May on Saturday → Mon 11 off
    ['kz', '2025-06-05T10:00+05:00', 1, 'working-days', '2025-06-09T18:30+05:00'], // Kurban ait Fri 6 June 2025
    ['kz', '2027-05-14T10:00+05:00', 1, 'working-days', '2027-05-17T18:30+05:00'], // Kurban ait on Sunday: no substitute
    ['kz', '2026-12-31T10:00+05:00', 1, 'working-days', '2027-01-05T18:30+05:00'], // 1–2 Jan, weekend, 4 Jan substitute
    ['kz', '2025-12-26T10:00+05:00', 5, 'working-days', '2026-01-06T18:30+05:00'], // 29, 30, 31 Dec, 5, 6 Jan
    ['kz', '2025-02-17T10:00+05:00', 20, 'working-days', '2025-03-18T18:30+05:00'], // Mon 10 March (for Sat 8) skipped
    ['kz+transfers', '2025-12-31T10:00+05:00', 1, 'working-days', '2026-01-03T18:30+05:00'], // the worked Saturday
    ['kz+transfers', '2025-12-31T10:00+05:00', 2, 'working-days', '2026-01-06T18:30+05:00'], // Mon 5 made a day off
    ['kz+transfers', '2025-12-31T10:00+05:00', 3, 'working-days', '2026-01-08T18:30+05:00'], // 7 January holiday
    ['kz', '2025-12-31T10:00+05:00', 1, 'working-days', '2026-01-05T18:30+05:00'], // the same without the decree
    ['kz', '2025-12-31T10:00+05:00', 2, 'working-days', '2026-01-06T18:30+05:00'],
    // the UTC+6 → UTC+5 change
    ['kz', '2023-02-13T10:00+06:00', 1, 'working-days', '2023-02-14T18:30+06:00'],
    ['kz', '2023-02-13T11:45:00Z', 1, 'working-days', '2023-02-15T18:30+06:00'], // 17:45 at UTC+6: after hours
    ['kz', '2025-02-17T11:45:00Z', 1, 'working-days', '2025-02-18T18:30+05:00'], // 16:45 at UTC+5: in hours
    ['kz', '2024-02-28T10:00+06:00', 1, 'working-days', '2024-02-29T18:30+06:00'], // the 25-hour day of the change
    ['kz', '2024-02-29T10:00+06:00', 1, 'working-days', '2024-03-01T18:30+05:00'],
    // calendar days
    ['kz', '2025-02-17T10:00+05:00', 30, 'calendar-days', '2025-03-19T18:30+05:00'], // a Wednesday, stays
    ['kz', '2025-02-19T10:00+05:00', 30, 'calendar-days', '2025-03-26T18:30+05:00'], // 21 March, Nauryz → Wed 26
    ['kz', '2025-02-20T10:00+05:00', 30, 'calendar-days', '2025-03-26T18:30+05:00'], // Saturday 22 March → Wed 26
    ['kz-noroll', '2025-02-19T10:00+05:00', 30, 'calendar-days', '2025-03-21T18:30+05:00'], // no roll: ends on Nauryz
    ['kz', '2025-12-20T10:00+05:00', 12, 'calendar-days', '2026-01-05T18:30+05:00'], // Sat: received Mon 22; +12 = Sat 3 Jan → Mon 5
    // months and years
    ['kz', '2025-01-31T10:00+05:00', 1, 'months', '2025-02-28T18:30+05:00'], // 31 January + 1 month = end of February
    ['kz', '2024-01-31T10:00+06:00', 1, 'months', '2024-02-29T18:30+06:00'], // leap year
    ['kz', '2025-02-21T10:00+05:00', 1, 'months', '2025-03-26T18:30+05:00'], // 21 March is Nauryz
    ['kz', '2025-01-15T10:00+05:00', 6, 'months', '2025-07-15T18:30+05:00'],
    ['kz', '2024-02-29T10:00+06:00', 1, 'years', '2025-02-28T18:30+05:00'],
    // working hours: only 09:00–13:00 and 14:30–18:30 count (8 hours a day)
    ['kz', '2025-02-17T12:30+05:00', 2, 'working-hours', '2025-02-17T16:00+05:00'], // across lunch
    ['kz', '2025-02-17T13:30+05:00', 1, 'working-hours', '2025-02-17T15:30+05:00'], // starts in lunch
    ['kz', '2025-02-17T11:00+05:00', 2, 'working-hours', '2025-02-17T13:00+05:00'], // ends as lunch starts
    ['kz', '2025-02-17T17:00+05:00', 3, 'working-hours', '2025-02-18T10:30+05:00'], // overnight
    ['kz', '2025-02-17T09:00+05:00', 16, 'working-hours', '2025-02-18T18:30+05:00'], // two whole days
    ['kz', '2025-02-14T17:00+05:00', 3, 'working-hours', '2025-02-17T10:30+05:00'], // over the weekend
    ['kz', '2025-02-14T17:45+05:00', 1, 'working-hours', '2025-02-17T10:00+05:00'], // after hours: counts from Mon 09:00
    ['kz', '2025-03-20T17:00+05:00', 2, 'working-hours', '2025-03-26T09:30+05:00'], // over Nauryz
    ['kz', '2025-02-17T10:00+05:00', 40, 'working-hours', '2025-02-24T10:00+05:00'], // five working days later
    // plain elapsed time
    ['kz', '2025-02-14T17:50+05:00', 30, 'minutes', '2025-02-14T18:20+05:00'],
    ['kz', '2025-02-15T10:00+05:00', 24, 'hours', '2025-02-16T10:00+05:00'],
    ['kz', '2024-02-29T22:00+06:00', 2, 'hours', '2024-02-29T23:00+05:00'], // clocks went back at midnight
  ] as const)('%s: %s + %i %s → %s', (calendar, event, amount, unit, due) => {
    const result = dueDate(calendars[calendar] as WorkingCalendar, term(amount, unit), { submitted: event });
    expect(result?.toISOString()).toBe(new Date(due).toISOString());
  });

  it('is null while the event has not happened', () => {
    expect(dueDate(kz, term(20, 'working-days'), {})).toBeNull();
    expect(dueDate(kz, term(20, 'working-days'), { submitted: null })).toBeNull();
  });

  it('reads a local date as that day (counted from reception opening)', () => {
    expect(dueDate(kz, term(1, 'working-days'), { submitted: '2026-03-20' })?.toISOString()).toBe(
      new Date('2026-03-26T18:30+05:00').toISOString(),
    );
  });

  it('throws a clear error outside the precomputed years', () => {
    expect(() => dueDate(kz, term(1, 'working-days'), { submitted: '2041-01-05T10:00+05:00' })).toThrow(
      CalendarRangeError,
    );
    expect(() => dueDate(kz, term(1, 'working-days'), { submitted: '2040-12-31T10:00+05:00' })).toThrow(
      /covers 2015-01-01 to 2040-12-31/,
    );
    expect(() => dueDate(kz, term(20000, 'calendar-days'), { submitted: '2025-01-01' })).toThrow(CalendarRangeError);
  });
});

describe('dueDate() of a "no later than N before" deadline', () => {
  const before = (amount: number, unit: DurationUnit): Deadline => ({
    id: 'notice',
    label: { en: 'notice' },
    amount,
    unit,
    before: 'hearing',
  });

  it.each([
    ['2025-03-26T10:00+05:00', 3, 'working-days', '2025-03-18T18:30+05:00'], // Thu 20, Wed 19, Tue 18 (Nauryz skipped)
    ['2025-03-26T10:00+05:00', 5, 'calendar-days', '2025-03-20T18:30+05:00'], // 21 March is Nauryz → earlier, Thu 20
    ['2025-02-17T10:00+05:00', 1, 'calendar-days', '2025-02-14T18:30+05:00'], // Sunday → Friday
    ['2025-03-10T10:00+05:00', 1, 'months', '2025-02-10T18:30+05:00'],
    ['2025-02-17T10:00+05:00', 2, 'hours', '2025-02-17T08:00+05:00'],
    ['2025-02-17T10:00+05:00', 2, 'working-hours', '2025-02-14T17:30+05:00'], // Mon 09–10, then Fri 17:30–18:30
    ['2025-02-17T15:00+05:00', 2, 'working-hours', '2025-02-17T11:30+05:00'], // 14:30–15:00, then 11:30–13:00
  ] as const)('hearing %s, %i %s before → %s', (hearing, amount, unit, due) => {
    expect(dueDate(kz, before(amount, unit), { hearing })?.toISOString()).toBe(new Date(due).toISOString());
  });

  it('is null until the event is scheduled', () => {
    expect(dueDate(kz, before(3, 'working-days'), { submitted: '2025-03-01' })).toBeNull();
  });
});

describe('dueDate() of a periodic deadline', () => {
  const yearly: Deadline = { id: 'annual', label: { en: 'annual' }, periodic: { every: 'year', month: 3, day: 30 } };
  const monthly: Deadline = {
    id: 'monthly',
    label: { en: 'monthly' },
    periodic: { every: 'month', day: 5, monthsAfter: 1 },
  };
  const monthEnd: Deadline = { id: 'month-end', label: { en: 'month end' }, periodic: { every: 'month', day: 31 } };

  it.each([
    [yearly, '2025-01-15T10:00+05:00', '2025-03-31T18:30+05:00'], // 30 March 2025 is a Sunday → Monday
    [yearly, '2025-04-01T10:00+05:00', '2026-03-30T18:30+05:00'], // this year's is past: next year, a Monday
    [yearly, '2026-03-30T19:00+05:00', '2027-03-30T18:30+05:00'], // after 18:30 on the day itself
    [yearly, '2026-03-30T18:00+05:00', '2026-03-30T18:30+05:00'], // on the day, still in time
    [monthly, '2025-03-15T10:00+05:00', '2025-04-07T18:30+05:00'], // 5 April is a Saturday → Monday 7
    [monthly, '2025-04-06T10:00+05:00', '2025-04-07T18:30+05:00'], // the rolled date is still ahead
    [monthly, '2025-12-20T10:00+05:00', '2026-01-05T18:30+05:00'], // across the year end
    [monthly, '2025-02-03T10:00+05:00', '2025-02-05T18:30+05:00'],
    [monthEnd, '2025-02-10T10:00+05:00', '2025-02-28T18:30+05:00'], // day 31 in February = its last day
    [monthEnd, '2025-05-10T10:00+05:00', '2025-06-02T18:30+05:00'], // 31 May 2025 is a Saturday
  ])('%o from %s → %s', (deadline, from, due) => {
    expect(dueDate(kz, deadline, { from })?.toISOString()).toBe(new Date(due).toISOString());
  });

  it('counts from opts.now when events.from is absent', () => {
    const due = dueDate(kz, yearly, {}, { now: new Date('2025-01-15T10:00+05:00') });
    expect(due?.toISOString()).toBe(new Date('2025-03-31T18:30+05:00').toISOString());
  });
});

describe('dueDates()', () => {
  it('gives each deadline an ISO instant, or null while its event is pending', () => {
    const deadlines: Deadline[] = [
      { id: 'decision', label: { en: 'decision' }, amount: 30, unit: 'calendar-days', from: 'submitted' },
      { id: 'result', label: { en: 'result' }, amount: 5, unit: 'working-days', from: 'approved' },
    ];
    expect(dueDates(kz, deadlines, { submitted: '2025-02-19T10:00+05:00' })).toEqual({
      decision: '2025-03-26T13:30:00.000Z',
      result: null,
    });
  });

  it('rejects a deadline of no known shape', () => {
    expect(() =>
      dueDate(kz, { id: 'broken', label: { en: 'x' }, from: 'submitted' }, { submitted: '2025-02-19' }),
    ).toThrow(/deadline broken/);
  });
});

describe('dueDate() of a working-day term from an event given as a Date', () => {
  // Worked out the slow way, one step at a time: receivedAt, then N times nextWorkingDay, then
  // the end of that working day. dueDate takes its own route for a Date event (precomputed
  // instants of reception closing and of the end of each working day), so the two must agree.
  const stepwise = (calendar: WorkingCalendar, event: Date, amount: number): string => {
    let day = calendar.localDate(calendar.receivedAt(event));
    for (let n = 0; n < amount; n++) day = calendar.nextWorkingDay(day);
    return calendar.endOfDay(day).toISOString();
  };
  // The clocks change on Sundays there: made working days, so reception closes on a 23- and a 25-hour day.
  const berlin = WorkingCalendar.fromDefinition({
    ...kzDef,
    id: 'kz-in-berlin',
    timeZone: 'Europe/Berlin',
    transfers: [
      { date: '2025-03-30', working: true, label: { en: 'working Sunday, clocks forward' } },
      { date: '2025-10-26', working: true, label: { en: 'working Sunday, clocks back' } },
    ],
  });
  const sweeps: [string, WorkingCalendar, string, string][] = [
    ['kz across the 25-hour day of the UTC+6 → UTC+5 change', kz, '2024-02-27T00:00Z', '2024-03-04T00:00Z'],
    ['kz over Nauryz', kz, '2025-03-19T00:00Z', '2025-03-27T00:00Z'],
    [
      'kz with decree transfers',
      calendars['kz+transfers'] as WorkingCalendar,
      '2025-12-30T00:00Z',
      '2026-01-09T00:00Z',
    ],
    [
      'kz without the after-hours shift',
      calendars['kz-sameday'] as WorkingCalendar,
      '2025-02-13T00:00Z',
      '2025-02-19T00:00Z',
    ],
    ['a zone with summer time (spring)', berlin, '2025-03-27T00:00Z', '2025-04-01T00:00Z'],
    ['a zone with summer time (autumn)', berlin, '2025-10-23T00:00Z', '2025-10-28T00:00Z'],
  ];

  it.each(sweeps)('%s: every 7 minutes and around reception closing', (_, calendar, from, to) => {
    const mismatches: string[] = [];
    const instants: number[] = [];
    for (let ms = Date.parse(from); ms < Date.parse(to); ms += 7 * 60_000) instants.push(ms);
    // the last millisecond before reception closes and the closing itself, each day
    for (let day = Date.parse(from); day < Date.parse(to); day += 86_400_000) {
      const close = calendar.toInstant(`${calendar.localDate(new Date(day + 43_200_000))}T17:30`).getTime();
      instants.push(close - 1, close);
    }
    for (const ms of instants) {
      for (const amount of [0, 1, 2, 5]) {
        const event = new Date(ms);
        const fast = dueDate(calendar, term(amount, 'working-days'), { submitted: event })?.toISOString();
        const slow = stepwise(calendar, event, amount);
        const generic = dueDate(calendar, term(amount, 'working-days'), { submitted: event.toISOString() });
        if (fast !== slow || generic?.toISOString() !== slow) {
          mismatches.push(`${event.toISOString()} + ${amount}: ${fast} / ${generic?.toISOString()}, expected ${slow}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('rejects an invalid Date and one outside the precomputed years clearly', () => {
    expect(() => dueDate(kz, term(1, 'working-days'), { submitted: new Date(NaN) })).toThrow(/invalid date/);
    expect(() => dueDate(kz, term(1, 'working-days'), { submitted: new Date('2041-01-05T10:00+05:00') })).toThrow(
      /covers 2015-01-01 to 2040-12-31/,
    );
    expect(() => dueDate(kz, term(5, 'working-days'), { submitted: new Date('2040-12-29T10:00+05:00') })).toThrow(
      /5 working days after 2040-12-31 falls outside it/,
    );
  });

  it('still takes a periodic deadline as periodic', () => {
    const both: Deadline = { ...term(1, 'working-days', 'from'), periodic: { every: 'year', month: 3, day: 30 } };
    expect(dueDate(kz, both, { from: new Date('2025-01-15T10:00+05:00') })?.toISOString()).toBe(
      new Date('2025-03-31T18:30+05:00').toISOString(),
    );
  });
});
