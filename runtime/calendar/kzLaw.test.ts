import { describe, expect, it } from 'vitest';
import kzJson from '../../definitions/calendars/kz.json';
import type { Calendar } from '../definitions/types';
import { daysFromCivil, formatIsoDate, isoWeekday } from './civil';
import { unconfirmedYears } from './holidays';
import { WorkingCalendar } from './workingCalendar';
import { yearView } from './yearView';

const kzDef = kzJson as Calendar;
const kz = WorkingCalendar.fromDefinition(kzDef);

/**
 * The cited law, year by year: every weekday that is a day off (holiday, substitute, religious
 * day off, transfer) and every weekend day that is worked. Each other day is working exactly
 * when it is Monday to Friday. Worked out by hand from the Law "On holidays" (art. 2, 3, 5),
 * the Labour Code (art. 84 p.5), the 2025 transfer order and the Labour Ministry's 2026 notice.
 */
const YEARS: Record<number, { off: Record<string, string>; worked: string[]; workingDays: number; months: number[] }> =
  {
    2025: {
      off: {
        '01-01': 'holiday',
        '01-02': 'holiday',
        '01-03': 'transfer', // the day off of Sunday 5 January moved to Friday 3 January
        '01-07': 'holiday', // Orthodox Christmas
        '03-10': 'substitute', // 8 March was a Saturday
        '03-21': 'holiday', // Nauryz Fri–Sun
        '03-24': 'substitute',
        '03-25': 'substitute',
        '05-01': 'holiday',
        '05-07': 'holiday',
        '05-09': 'holiday',
        '06-06': 'holiday', // Kurban ait
        '07-07': 'substitute', // Capital Day on Sunday
        '09-01': 'substitute', // Constitution Day on Saturday 30 August, its last year
        '10-27': 'substitute', // Republic Day on Saturday
        '12-16': 'holiday',
      },
      worked: ['01-05'],
      workingDays: 246,
      months: [20, 20, 17, 22, 19, 20, 22, 21, 21, 22, 20, 22],
    },
    2026: {
      off: {
        '01-01': 'holiday',
        '01-02': 'holiday',
        '01-07': 'holiday',
        '03-09': 'substitute', // 8 March was a Sunday
        '03-23': 'holiday', // Nauryz Sat–Mon
        '03-24': 'substitute',
        '03-25': 'substitute',
        '05-01': 'holiday',
        '05-07': 'holiday',
        '05-11': 'substitute', // 9 May was a Saturday
        '05-27': 'holiday', // Kurban ait
        '07-06': 'holiday',
        '10-26': 'substitute', // Republic Day on Sunday
        '12-16': 'holiday',
      },
      worked: [],
      workingDays: 247,
      months: [19, 20, 18, 22, 17, 22, 22, 21, 22, 21, 21, 22],
    },
    2027: {
      off: {
        '01-01': 'holiday',
        '01-04': 'substitute', // 2 January was a Saturday
        '01-07': 'holiday',
        '03-08': 'holiday',
        '03-15': 'holiday', // Constitution Day, from 2027
        '03-22': 'holiday', // Nauryz Sun–Tue
        '03-23': 'holiday',
        '03-24': 'substitute',
        '05-03': 'substitute', // 1 May was a Saturday
        '05-07': 'holiday',
        '05-10': 'substitute', // 9 May was a Sunday
        '07-06': 'holiday',
        '10-25': 'holiday',
        '12-16': 'holiday',
      },
      worked: [],
      workingDays: 247,
      months: [18, 20, 18, 22, 18, 22, 21, 22, 22, 20, 22, 22],
    },
  };

describe('the kz calendar follows the cited law day by day', () => {
  for (const [year, expected] of Object.entries(YEARS).map(([y, e]) => [Number(y), e] as const)) {
    it(`when every day of ${year} is checked, then it is a working day exactly as the law says`, () => {
      const wrong: string[] = [];
      for (let day = daysFromCivil(year, 1, 1); day < daysFromCivil(year + 1, 1, 1); day++) {
        const date = formatIsoDate(day);
        const key = date.slice(5);
        const weekday = isoWeekday(day) <= 5;
        const working = expected.worked.includes(key) ? true : key in expected.off ? false : weekday;
        const info = kz.info(date);
        const reason = expected.worked.includes(key)
          ? 'transfer'
          : (expected.off[key] ?? (weekday ? 'working-day' : undefined));
        if (info.working !== working || (reason !== undefined && info.reason !== reason)) {
          wrong.push(`${date}: ${info.working ? 'working' : 'off'} (${info.reason})`);
        }
      }
      expect(wrong).toEqual([]);
    });

    it(`when ${year}'s working days are counted, then they match the production calendar`, () => {
      const months = expected.months.map((_, m) => {
        const first = daysFromCivil(year, m + 1, 1);
        const last = daysFromCivil(m === 11 ? year + 1 : year, m === 11 ? 1 : m + 2, 1) - 1;
        return kz.workingDaysBetween(formatIsoDate(first - 1), formatIsoDate(last));
      });
      expect(months).toEqual(expected.months);
      expect(months.reduce((a, b) => a + b, 0)).toBe(expected.workingDays);
    });
  }

  it('when a day off is asked about, then it carries its citation', () => {
    expect(kz.info('2025-01-03').source).toEqual({ doc: 'kz-transfer-2025', para: '1' });
    expect(kz.info('2027-03-15').source?.doc).toBe('kz-constitution-2026');
    expect(kz.info('2026-05-27').source).toMatchObject({ doc: 'kz-labour-code', para: '84.5' });
  });

  it('when a year has no confirmed data, then it is flagged', () => {
    const flagged = unconfirmedYears(kzDef);
    expect(flagged).not.toContain(2025);
    expect(flagged).not.toContain(2026);
    expect(flagged).toContain(2027);
  });
});

describe('yearView()', () => {
  it('when 2025 is viewed, then each month gives its working days and its days off with reason and citation', () => {
    const view = yearView(kzDef, kz, 2025);
    expect(view).toMatchObject({ year: 2025, confirmed: true, workingDays: 246 });
    expect(view.months.map((m) => m.workingDays)).toEqual(YEARS[2025]!.months);
    const january = view.months[0]!;
    expect(january.daysOff.map((d) => [d.date, d.reason])).toEqual([
      ['2025-01-01', 'holiday'],
      ['2025-01-02', 'holiday'],
      ['2025-01-03', 'transfer'],
      ['2025-01-07', 'holiday'],
    ]);
    expect(january.workedWeekendDays.map((d) => [d.date, d.source?.doc])).toEqual([['2025-01-05', 'kz-transfer-2025']]);
    expect(yearView(kzDef, kz, 2027).confirmed).toBe(false);
  });
});
