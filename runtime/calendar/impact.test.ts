import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Calendar, Deadline } from '../definitions/types';
import { dueDate } from './deadline';
import { changedDays, deadlineShifts, type StoredDeadline } from './impact';
import { WorkingCalendar } from './workingCalendar';

const kz = JSON.parse(
  readFileSync(new URL('../../definitions/calendars/kz.json', import.meta.url), 'utf8'),
) as Calendar;
const term: Deadline = { id: 'result', label: { en: 'Result' }, amount: 10, unit: 'working-days', from: 'received' };

describe('deadlineShifts()', () => {
  const current = WorkingCalendar.fromDefinition(kz);
  const stored = (id: string, received: string) => ({
    case: id,
    deadline: term,
    events: { received },
    due: dueDate(current, term, { received })!.toISOString(),
  });

  it('lists nothing when the calendar is unchanged', () => {
    expect(deadlineShifts([stored('a', '2026-11-02T10:00:00+05:00')], current)).toEqual([]);
  });

  it('lists the deadline a new holiday inside its term moves, and not one outside it', () => {
    const withHoliday = WorkingCalendar.fromDefinition({
      ...kz,
      version: 2,
      extraHolidays: [{ date: '2026-11-06', label: { en: 'Extra day off' } }],
    });
    // received Mon 2 Nov: the 10th working day is Mon 16 Nov; with Fri 6 Nov off it is Tue 17 Nov
    const shifts = deadlineShifts(
      [stored('inside', '2026-11-02T10:00:00+05:00'), stored('after', '2026-11-09T10:00:00+05:00')],
      withHoliday,
    );
    expect(shifts).toEqual([
      { case: 'inside', deadline: 'result', before: '2026-11-16T13:30:00.000Z', after: '2026-11-17T13:30:00.000Z' },
    ]);
  });

  it('lists the deadline a Saturday made a working day pulls earlier', () => {
    const withTransfer = WorkingCalendar.fromDefinition({
      ...kz,
      version: 3,
      transfers: [{ date: '2026-11-07', working: true, label: { en: 'Working Saturday' } }],
    });
    // with Sat 7 Nov working, the 10th working day after Mon 2 Nov is Fri 13 Nov
    const [shift] = deadlineShifts([stored('a', '2026-11-02T10:00:00+05:00')], withTransfer);
    expect(shift).toEqual({
      case: 'a',
      deadline: 'result',
      before: '2026-11-16T13:30:00.000Z',
      after: '2026-11-13T13:30:00.000Z',
    });
  });
});

describe('changedDays()', () => {
  const current = WorkingCalendar.fromDefinition(kz);
  const next = WorkingCalendar.fromDefinition({
    ...kz,
    version: 2,
    extraHolidays: [...kz.extraHolidays, { date: '2026-11-06', label: { en: 'Extra day off' } }],
    transfers: [...kz.transfers, { date: '2026-11-14', working: true, label: { en: 'Working Saturday' } }],
  });
  const index = (date: string) => next.dayIndexOf(next.toInstant(date));
  const changedIn = (from: string, to: string, c = changedDays(current, next)) =>
    (c.prefix[index(to) + 1] as number) - (c.prefix[index(from)] as number);

  it('counts the days whose working status differs, and only those', () => {
    const changed = changedDays(current, next);
    expect(changed.all).toBe(false);
    expect(changed.prefix[changed.prefix.length - 1]).toBe(2);
    expect(changedIn('2026-11-06', '2026-11-06')).toBe(1);
    expect(changedIn('2026-11-01', '2026-11-30')).toBe(2);
    expect(changedIn('2026-11-07', '2026-11-13')).toBe(0);
  });

  it('marks everything changed when the hours change, or when there is no earlier calendar', () => {
    const later = WorkingCalendar.fromDefinition({ ...kz, version: 3, afterHours: 'same-day' });
    expect(changedDays(current, later).all).toBe(true);
    expect(changedDays([], next).all).toBe(true);
  });

  it('counts a day changed against any of several earlier versions', () => {
    expect(changedIn('2026-11-06', '2026-11-06', changedDays([next, current], next))).toBe(1);
    expect(changedDays(next, next).prefix.every((n) => n === 0)).toBe(true);
  });
});

describe('deadlineShifts() given the changed days', () => {
  const current = WorkingCalendar.fromDefinition(kz);
  const next = WorkingCalendar.fromDefinition({
    ...kz,
    version: 2,
    extraHolidays: [...kz.extraHolidays, { date: '2026-11-06', label: { en: 'Extra day off' } }],
    transfers: [...kz.transfers, { date: '2026-11-21', working: true, label: { en: 'Working Saturday' } }],
  });
  const terms: Deadline[] = [
    term,
    { id: 'short', label: { en: 'Short' }, amount: 2, unit: 'working-days', from: 'received' },
    { id: 'month', label: { en: 'Month' }, amount: 1, unit: 'months', from: 'received' },
    { id: 'days', label: { en: 'Days' }, amount: 4, unit: 'calendar-days', from: 'received' },
    { id: 'hours', label: { en: 'Hours' }, amount: 12, unit: 'working-hours', from: 'received' },
    { id: 'elapsed', label: { en: 'Elapsed' }, amount: 30, unit: 'hours', from: 'received' },
    { id: 'notice', label: { en: 'Notice' }, amount: 3, unit: 'working-days', before: 'hearing' },
    { id: 'report', label: { en: 'Report' }, periodic: { every: 'month', day: 5 } },
    { id: 'later', label: { en: 'Later' }, amount: 5, unit: 'working-days', from: 'decided' },
  ];
  // every 7 hours over October–December: events before, around and after the changed days
  const mixed: StoredDeadline[] = [];
  for (let t = Date.parse('2026-10-01T00:00:00Z'); t < Date.parse('2026-12-20T00:00:00Z'); t += 7 * 3_600_000) {
    const events = {
      received: new Date(t),
      hearing: new Date(t + 9 * 86_400_000),
      from: new Date(t),
      decided: null,
    };
    for (const deadline of terms) {
      const due = dueDate(current, deadline, events)?.toISOString() ?? null;
      mixed.push({ case: `c${t}`, deadline, events, due });
    }
  }

  it('finds exactly the shifts a full recomputation finds, on a mixed set', () => {
    const full = deadlineShifts(mixed, next);
    const skipping = deadlineShifts(mixed, next, changedDays(current, next));
    expect(full.length).toBeGreaterThan(100);
    expect(full.length).toBeLessThan(mixed.length / 2);
    expect(new Set(full.map((s) => s.deadline))).toEqual(
      new Set(['result', 'short', 'month', 'days', 'hours', 'notice']),
    );
    expect(skipping).toEqual(full);
  });

  it('does not recompute a deadline whose window holds no changed day', () => {
    // a due that no calendar gives, outside the changed days: only a recomputation would notice
    const stale = {
      case: 'x',
      deadline: term,
      events: { received: '2026-10-05T10:00:00+05:00' },
      due: '2026-10-30T13:30:00.000Z',
    };
    expect(deadlineShifts([stale], next)).toHaveLength(1);
    expect(deadlineShifts([stale], next, changedDays(current, next))).toEqual([]);
    // periodic dates are always recomputed
    const report = mixed.find((s) => s.deadline.id === 'report') as StoredDeadline;
    const wrong = { ...report, due: '2020-01-01T00:00:00.000Z' };
    expect(deadlineShifts([wrong], next, changedDays(current, next))).toHaveLength(1);
  });
});
