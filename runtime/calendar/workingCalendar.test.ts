import { describe, expect, it } from 'vitest';
import kzJson from '../../definitions/calendars/kz.json';
import { validate } from '../definitions/index';
import type { Calendar } from '../definitions/types';
import { CalendarRangeError } from './calendarRangeError';
import { calendarFor } from './calendarCache';
import { WorkingCalendar } from './workingCalendar';

const kzDef = kzJson as Calendar;
const kz = calendarFor(kzDef);
/** A copy of kz with decree transfers, as a test calendar: Saturday 3 January 2026 worked, Monday 5 January off. */
const withTransfers = WorkingCalendar.fromDefinition({
  ...kzDef,
  id: 'kz-transfers',
  transfers: [
    { date: '2026-01-03', working: true, label: { en: 'working Saturday' } },
    { date: '2026-01-05', working: false, label: { en: 'day off for 3 January' } },
  ],
  extraHolidays: [{ date: '2025-11-14', label: { en: 'extra holiday' } }],
});

describe('definitions/calendars/kz.json', () => {
  it('is a valid calendar definition', () => {
    expect(validate(kzJson)).toEqual([]);
  });
});

describe('isWorkingDay()', () => {
  it.each([
    // 2025
    ['2025-01-01', false, 'holiday'], // New Year, Wed
    ['2025-01-02', false, 'holiday'],
    ['2025-01-03', false, 'transfer'], // the 2025 transfer order: the day off of Sunday 5 January moved here
    ['2025-01-05', true, 'transfer'],
    ['2025-01-07', false, 'holiday'], // Orthodox Christmas, Tue
    ['2025-03-08', false, 'holiday'], // Sat
    ['2025-03-10', false, 'substitute'], // for 8 March
    ['2025-03-21', false, 'holiday'], // Nauryz Fri, Sat, Sun
    ['2025-03-24', false, 'substitute'],
    ['2025-03-25', false, 'substitute'],
    ['2025-03-26', true, 'working-day'],
    ['2025-05-01', false, 'holiday'],
    ['2025-05-07', false, 'holiday'],
    ['2025-05-09', false, 'holiday'],
    ['2025-06-06', false, 'holiday'], // Kurban ait, Fri
    ['2025-07-07', false, 'substitute'], // Astana day fell on Sunday
    ['2025-09-01', false, 'substitute'], // Constitution Day (30 August, until 2025) fell on Saturday
    ['2025-10-27', false, 'substitute'], // Republic day fell on Saturday
    ['2025-12-16', false, 'holiday'],
    ['2025-12-17', true, 'working-day'],
    // 2026
    ['2026-01-02', false, 'holiday'],
    ['2026-01-05', true, 'working-day'],
    ['2026-03-09', false, 'substitute'], // 8 March was a Sunday
    ['2026-03-21', false, 'holiday'], // Nauryz Sat, Sun, Mon → off through Wed 25
    ['2026-03-23', false, 'holiday'],
    ['2026-03-24', false, 'substitute'],
    ['2026-03-25', false, 'substitute'], // the library's substitute on 23 collided with Nauryz itself
    ['2026-03-26', true, 'working-day'],
    ['2026-03-16', true, 'working-day'], // 15 March is Constitution Day only from 2027: no substitute in 2026
    ['2026-05-11', false, 'substitute'], // 9 May was a Saturday
    ['2026-05-27', false, 'holiday'], // Kurban ait
    ['2026-07-06', false, 'holiday'],
    ['2026-10-26', false, 'substitute'],
    ['2026-08-31', true, 'working-day'], // 30 August is no longer a holiday from 2026
    ['2026-12-16', false, 'holiday'],
    // 2027
    ['2027-03-15', false, 'holiday'], // Constitution Day
    ['2027-01-04', false, 'substitute'], // 2 January was a Saturday
    ['2027-01-05', true, 'working-day'],
    ['2027-03-22', false, 'holiday'], // Nauryz Sun, Mon, Tue → Wed 24 off too
    ['2027-03-24', false, 'substitute'],
    ['2027-03-25', true, 'working-day'],
    ['2027-05-03', false, 'substitute'], // 1 May was a Saturday
    ['2027-05-10', false, 'substitute'], // 9 May was a Sunday
    ['2027-05-17', true, 'working-day'], // Kurban ait on Sunday 16 May has no substitute
    ['2027-12-16', false, 'holiday'],
    // religious holidays get no substitute
    ['2024-01-08', true, 'working-day'], // 7 January 2024 was a Sunday
    // weekends
    ['2025-02-15', false, 'weekend'],
    ['2025-02-16', false, 'weekend'],
    ['2025-02-17', true, 'working-day'],
  ])('%s is working: %s (%s)', (date, working, reason) => {
    expect(kz.isWorkingDay(date)).toBe(working);
    expect(kz.info(date).reason).toBe(reason);
  });

  it('names the holiday in kk, ru and en', () => {
    expect(kz.info('2026-03-25')).toEqual({
      date: '2026-03-25',
      weekday: 3,
      working: false,
      reason: 'substitute',
      label: { kk: 'Наурыз мейрамы', ru: 'Наурыз мейрамы', en: 'Nauryz' },
      source: {
        doc: 'kz-holidays-law',
        para: '5',
        note: expect.stringContaining('substitute for 2026-03-22') as string,
      },
    });
    expect(kz.info('2025-12-16').label?.en).toBe('Independence Day');
  });

  it('takes the local day of an instant in Asia/Almaty', () => {
    // 19:30 UTC on Friday 7 March 2025 is already Saturday 8 March 00:30 in Almaty (UTC+5).
    expect(kz.isWorkingDay(new Date('2025-03-07T18:59:00Z'))).toBe(true);
    expect(kz.isWorkingDay(new Date('2025-03-07T19:30:00Z'))).toBe(false);
  });

  it('follows decree transfers: a Saturday made a working day, a Monday made a day off', () => {
    expect(withTransfers.isWorkingDay('2026-01-03')).toBe(true);
    expect(withTransfers.info('2026-01-03')).toMatchObject({ working: true, reason: 'transfer' });
    expect(withTransfers.isWorkingDay('2026-01-05')).toBe(false);
    expect(withTransfers.info('2026-01-05')).toMatchObject({
      reason: 'transfer',
      label: { en: 'day off for 3 January' },
    });
    expect(withTransfers.isWorkingDay('2025-11-14')).toBe(false);
    expect(withTransfers.info('2025-11-14').reason).toBe('extra-holiday');
    expect(kz.isWorkingDay('2026-01-03')).toBe(false);
  });

  it('applies a statutory holiday only in the years it is in force', () => {
    expect(kz.info('2025-08-30').reason).toBe('holiday');
    expect(kz.info('2026-08-30').reason).toBe('weekend');
    expect(kz.info('2021-12-17').reason).toBe('holiday');
    expect(kz.info('2022-12-17').reason).toBe('weekend');
  });

  it('gives no substitutes when the law lists none as substituting', () => {
    const law = kzDef.law!;
    const noSubstitutes = WorkingCalendar.fromDefinition({
      ...kzDef,
      id: 'kz-nosub',
      law: { ...law, holidays: law.holidays.map((h) => ({ ...h, substitute: false })) },
    });
    expect(noSubstitutes.isWorkingDay('2026-03-24')).toBe(true);
    expect(noSubstitutes.isWorkingDay('2026-03-23')).toBe(false);
  });
});

describe('nextWorkingDay()', () => {
  it.each([
    ['2026-03-20', '2026-03-26'], // over Nauryz
    ['2026-03-19', '2026-03-20'],
    ['2026-12-31', '2027-01-05'], // over New Year and its substitute
    ['2025-02-14', '2025-02-17'], // over a weekend
  ])('after %s is %s', (date, next) => {
    expect(kz.nextWorkingDay(date)).toBe(next);
  });

  it('counts a transferred Saturday', () => {
    expect(withTransfers.nextWorkingDay('2025-12-31')).toBe('2026-01-03');
    expect(withTransfers.nextWorkingDay('2026-01-03')).toBe('2026-01-06');
  });
});

describe('workingDaysBetween()', () => {
  it.each([
    ['2025-03-19', '2025-03-27', 3], // Thu 20, Wed 26, Thu 27: Nauryz 21–25 skipped
    ['2025-03-27', '2025-03-19', -3],
    ['2025-03-19', '2025-03-19', 0],
    ['2025-12-31', '2026-01-09', 4], // Mon 5, Tue 6, Thu 8, Fri 9: 1–2 and 7 January are holidays
  ])('from %s to %s is %i (first day excluded, last included)', (a, b, n) => {
    expect(kz.workingDaysBetween(a, b)).toBe(n);
  });
});

describe('receivedAt()', () => {
  it.each([
    ['2025-02-14T12:00:00+05:00', '2025-02-14T12:00:00+05:00'], // inside reception hours
    ['2025-02-14T13:30:00+05:00', '2025-02-14T13:30:00+05:00'], // lunch is not after hours
    ['2025-02-14T17:45:00+05:00', '2025-02-17T09:00:00+05:00'], // Friday after 17:30 → Monday
    ['2025-02-15T11:00:00+05:00', '2025-02-17T09:00:00+05:00'], // Saturday → Monday
    ['2025-02-17T08:00:00+05:00', '2025-02-17T09:00:00+05:00'], // before opening → opening
    ['2026-03-20T18:00:00+05:00', '2026-03-26T09:00:00+05:00'], // Friday evening before Nauryz
    ['2023-02-13T17:45:00+06:00', '2023-02-14T09:00:00+06:00'], // UTC+6 before March 2024
  ])('an event at %s counts from %s', (event, received) => {
    expect(kz.receivedAt(new Date(event)).toISOString()).toBe(new Date(received).toISOString());
  });
});

describe('localDate()', () => {
  it('uses UTC+6 before 1 March 2024 and UTC+5 after', () => {
    expect(kz.localDate(new Date('2023-06-01T18:30:00Z'))).toBe('2023-06-02'); // 00:30 at UTC+6
    expect(kz.localDate(new Date('2025-06-01T18:30:00Z'))).toBe('2025-06-01'); // 23:30 at UTC+5
  });
});

describe('range', () => {
  it('covers the definition years and rejects dates outside them clearly', () => {
    expect(kz.range).toEqual({ from: '2015-01-01', to: '2040-12-31' });
    expect(() => kz.isWorkingDay('2014-12-31')).toThrow(CalendarRangeError);
    expect(() => kz.isWorkingDay('2041-01-02')).toThrow(/covers 2015-01-01 to 2040-12-31.*2041-01-02 is outside/);
    expect(() => kz.nextWorkingDay('2040-12-31')).toThrow(CalendarRangeError);
    expect(() => kz.isWorkingDay('2025-02-30')).toThrow(/YYYY-MM-DD/);
  });
});

describe('calendarFor()', () => {
  it('builds one calendar per id@version and keeps old versions', () => {
    const v2 = { ...kzDef, version: 2, transfers: [{ date: '2026-01-03', working: true, label: { en: 'x' } }] };
    expect(calendarFor(kzDef)).toBe(kz);
    const second = calendarFor(v2);
    expect(second).not.toBe(kz);
    expect(calendarFor(v2)).toBe(second);
    expect(second.isWorkingDay('2026-01-03')).toBe(true);
    expect(calendarFor(kzDef).isWorkingDay('2026-01-03')).toBe(false);
  });
});
