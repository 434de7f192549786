import { describe, expect, it } from 'vitest';
import kzJson from '../../definitions/calendars/kz.json';
import type { Calendar, Deadline } from '../definitions/types';
import { calendarForChannel } from './calendarCache';
import { dueDate } from './deadline';
import { explainDeadline } from './explain';
import { WorkingCalendar } from './workingCalendar';

const kzDef = kzJson as Calendar;
const kz = WorkingCalendar.fromDefinition(kzDef);
const term = (amount: number, unit: Deadline['unit'], extra: Partial<Deadline> = {}): Deadline => ({
  id: `t-${amount}-${unit}`,
  label: { en: 'term' },
  amount,
  unit,
  from: 'submitted',
  ...extra,
});

describe('explainDeadline()', () => {
  it('when an application comes after reception hours before Nauryz, then it says so and lists the holidays skipped with their citations', () => {
    // Friday 20 March 2026, 17:45 Almaty (UTC+5): after reception closes at 17:30
    const x = explainDeadline(kz, term(3, 'working-days'), { submitted: '2026-03-20T17:45:00+05:00' })!;
    expect(x.countsFromReason).toBe('after-hours');
    expect(x.countsFrom).toBe('2026-03-26');
    expect(x.receivedAt).toBe('2026-03-26T04:00:00.000Z');
    expect(x.counted).toEqual(['2026-03-27', '2026-03-30', '2026-03-31']);
    expect(x.skipped.map((d) => [d.date, d.reason])).toEqual([
      ['2026-03-28', 'weekend'],
      ['2026-03-29', 'weekend'],
    ]);
    expect(x.due).toBe('2026-03-31T13:30:00.000Z');
  });

  it('when the count crosses holidays, then each is skipped with its label and source', () => {
    const x = explainDeadline(kz, term(2, 'working-days'), { submitted: '2026-03-20T10:00:00+05:00' })!;
    expect(x.countsFromReason).toBe('on-time');
    expect(x.counted).toEqual(['2026-03-26', '2026-03-27']);
    const nauryz = x.skipped.find((d) => d.date === '2026-03-23')!;
    expect(nauryz).toMatchObject({ reason: 'holiday', label: { en: 'Nauryz' }, source: { doc: 'kz-holidays-law' } });
    expect(x.skipped.find((d) => d.date === '2026-03-24')).toMatchObject({ reason: 'substitute' });
  });

  it('when the portal channel carries its own cut-off, then 18:00 is on time there and after hours at the office', () => {
    const portal = calendarForChannel(kzDef, {
      receivedUntil: { time: '18:30', source: { doc: '004/S1', para: '8.2' } },
    });
    const at = { submitted: '2026-03-20T18:00:00+05:00' };
    expect(explainDeadline(portal, term(1, 'working-days'), at)!.countsFromReason).toBe('on-time');
    expect(explainDeadline(kz, term(1, 'working-days'), at)!.countsFromReason).toBe('after-hours');
    expect(dueDate(portal, term(1, 'working-days'), at)!.toISOString()).toBe('2026-03-26T13:30:00.000Z');
    expect(dueDate(kz, term(1, 'working-days'), at)!.toISOString()).toBe('2026-03-27T13:30:00.000Z');
  });

  it('when a calendar-day term ends on a day off, then its days are counted and the roll is skipped', () => {
    // received Wednesday 4 March 2026; +3 calendar days = Saturday 7 March → Sun 8 (holiday), Mon 9 (substitute) → Tue 10
    const x = explainDeadline(kz, term(3, 'calendar-days'), { submitted: '2026-03-04T10:00:00+05:00' })!;
    expect(x.counted).toEqual(['2026-03-05', '2026-03-06', '2026-03-07']);
    expect(x.skipped.map((d) => d.reason)).toEqual(['holiday', 'substitute']);
    expect(x.due).toBe(
      dueDate(kz, term(3, 'calendar-days'), { submitted: '2026-03-04T10:00:00+05:00' })!.toISOString(),
    );
  });

  it('when the event has not happened, then there is nothing to explain', () => {
    expect(explainDeadline(kz, term(3, 'working-days'), {})).toBeNull();
  });

  it('agrees with dueDate for 3000 random events and terms, day by day', () => {
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const start = Date.UTC(2025, 0, 1);
    const span = Date.UTC(2027, 10, 1) - start;
    const units: Deadline['unit'][] = ['working-days', 'calendar-days', 'months', 'hours', 'working-hours'];
    const problems: string[] = [];
    for (let n = 0; n < 3000; n++) {
      const at = new Date(start + Math.floor((random() * span) / 60_000) * 60_000);
      const unit = units[n % units.length]!;
      const amount = Math.floor(random() * (unit === 'months' ? 3 : 30));
      const deadline = term(amount, unit);
      const x = explainDeadline(kz, deadline, { submitted: at })!;
      const due = dueDate(kz, deadline, { submitted: at })!;
      if (x.due !== due.toISOString())
        problems.push(`${at.toISOString()} ${amount} ${unit}: ${x.due} ≠ ${due.toISOString()}`);
      if (x.skipped.some((d) => kz.isWorkingDay(d.date))) problems.push(`${at.toISOString()}: skipped a working day`);
      if (unit === 'working-days') {
        if (x.counted.length !== amount) problems.push(`${at.toISOString()} ${amount} wd: counted ${x.counted.length}`);
        if (x.counted.some((d) => !kz.isWorkingDay(d))) problems.push(`${at.toISOString()}: counted a day off`);
        const last = x.counted.at(-1) ?? x.countsFrom;
        if (last !== kz.localDate(due))
          problems.push(`${at.toISOString()}: last counted ${last}, due ${kz.localDate(due)}`);
      }
      if (unit === 'calendar-days' && x.counted.length !== amount)
        problems.push(`${at.toISOString()} ${amount} cd: counted ${x.counted.length}`);
    }
    expect(problems).toEqual([]);
  });
});
