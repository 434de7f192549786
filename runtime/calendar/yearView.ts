import type { Calendar } from '../definitions/types';
import { daysFromCivil, daysInMonth, formatIsoDate } from './civil';
import { unconfirmedYears } from './holidays';
import type { DayInfo, WorkingCalendar } from './workingCalendar';

export interface MonthView {
  month: number;
  workingDays: number;
  /** every day that is not worked, with its reason, label and citation; weekends only by count */
  daysOff: DayInfo[];
  weekendDays: number;
  /** weekend days made working by a transfer order */
  workedWeekendDays: DayInfo[];
}

export interface YearView {
  year: number;
  confirmed: boolean;
  workingDays: number;
  months: MonthView[];
}

/**
 * A year at a glance for an administrator to compare with the official production calendar:
 * per month the working days, each day off other than a plain weekend with why and the act,
 * and whether the year's data is confirmed.
 */
export function yearView(def: Calendar, calendar: WorkingCalendar, year: number): YearView {
  const months: MonthView[] = [];
  for (let month = 1; month <= 12; month++) {
    const view: MonthView = { month, workingDays: 0, daysOff: [], weekendDays: 0, workedWeekendDays: [] };
    for (let day = 1; day <= daysInMonth(year, month); day++) {
      const info = calendar.info(formatIsoDate(daysFromCivil(year, month, day)));
      if (info.working) {
        view.workingDays++;
        if (info.reason === 'transfer') view.workedWeekendDays.push(info);
      } else if (info.reason === 'weekend') view.weekendDays++;
      else view.daysOff.push(info);
    }
    months.push(view);
  }
  return {
    year,
    confirmed: !unconfirmedYears(def).includes(year),
    workingDays: months.reduce((sum, m) => sum + m.workingDays, 0),
    months,
  };
}
