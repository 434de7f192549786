import type { Calendar, LocalizedText } from '../../../runtime/definitions/types';

export type CalendarAction =
  | { type: 'addHoliday'; date: string; label: LocalizedText }
  | { type: 'removeHoliday'; date: string }
  | { type: 'setTransfer'; date: string; working: boolean; label: LocalizedText }
  | { type: 'removeTransfer'; date: string }
  | { type: 'moveWorkingDay'; from: string; to: string; label: LocalizedText }
  | { type: 'toggleWorkday'; weekday: number };

const byDate = <T extends { date: string }>(list: T[]) => [...list].sort((a, b) => a.date.localeCompare(b.date));

/**
 * Calendar edits an administrator makes while the system runs. Adding a holiday
 * on a date that was moved undoes the move first, so a date is never both.
 */
export function calendarReducer(calendar: Calendar, action: CalendarAction): Calendar {
  switch (action.type) {
    case 'addHoliday': {
      if (calendar.extraHolidays.some((h) => h.date === action.date)) return calendar;
      return {
        ...calendar,
        extraHolidays: byDate([...calendar.extraHolidays, { date: action.date, label: action.label }]),
        transfers: calendar.transfers.filter((t) => t.date !== action.date),
      };
    }
    case 'removeHoliday':
      return { ...calendar, extraHolidays: calendar.extraHolidays.filter((h) => h.date !== action.date) };
    case 'setTransfer': {
      const others = calendar.transfers.filter((t) => t.date !== action.date);
      return {
        ...calendar,
        transfers: byDate([...others, { date: action.date, working: action.working, label: action.label }]),
        extraHolidays: action.working
          ? calendar.extraHolidays.filter((h) => h.date !== action.date)
          : calendar.extraHolidays,
      };
    }
    case 'removeTransfer':
      return { ...calendar, transfers: calendar.transfers.filter((t) => t.date !== action.date) };
    case 'moveWorkingDay': {
      // "The working day of Friday moves to Saturday": Friday becomes a day off, Saturday a working day.
      const off = calendarReducer(calendar, {
        type: 'setTransfer',
        date: action.from,
        working: false,
        label: action.label,
      });
      return calendarReducer(off, { type: 'setTransfer', date: action.to, working: true, label: action.label });
    }
    case 'toggleWorkday': {
      const has = calendar.workWeek.includes(action.weekday);
      const workWeek = has
        ? calendar.workWeek.filter((d) => d !== action.weekday)
        : [...calendar.workWeek, action.weekday].sort();
      return workWeek.length ? { ...calendar, workWeek } : calendar;
    }
  }
}

/** The days of a month as weeks of ISO dates (null pads the first and last week), Monday first. */
export function monthGrid(year: number, month: number): (string | null)[][] {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7;
  const cells: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let d = 1; d <= days; d++) cells.push(`${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
  while (cells.length % 7) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}
