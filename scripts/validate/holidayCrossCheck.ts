import Holidays from 'date-holidays';
import { WorkingCalendar } from '../../runtime/calendar';
import type { Calendar } from '../../runtime/definitions/types';

export interface Disagreement {
  date: string;
  /** what the calendar's cited law says */
  calendar: 'working' | 'off';
  /** what date-holidays says, with its holiday's name when it has one */
  library: 'working' | 'off';
  libraryName?: string;
}

/**
 * Where the date-holidays package disagrees with a calendar's cited law about a day being worked.
 * Only a cross-check for people to read: the law in the calendar decides, the library never does
 * (it knows no transfer orders, and no holiday changed by a referendum until it is updated).
 */
export function holidayCrossCheck(def: Calendar, country: string, years: readonly number[]): Disagreement[] {
  const calendar = WorkingCalendar.fromDefinition(def);
  const library = new Holidays(country, { types: ['public'] });
  const workWeek = new Set(def.workWeek);
  const result: Disagreement[] = [];
  for (const year of years) {
    const names = new Map(library.getHolidays(year, 'en').map((h) => [h.date.slice(0, 10), h.name]));
    for (let d = new Date(Date.UTC(year, 0, 1)); d.getUTCFullYear() === year; d.setUTCDate(d.getUTCDate() + 1)) {
      const date = d.toISOString().slice(0, 10);
      const libraryName = names.get(date);
      const weekday = ((d.getUTCDay() + 6) % 7) + 1;
      const libraryWorking = libraryName === undefined && workWeek.has(weekday);
      const lawWorking = calendar.isWorkingDay(date);
      if (libraryWorking !== lawWorking) {
        result.push({
          date,
          calendar: lawWorking ? 'working' : 'off',
          library: libraryWorking ? 'working' : 'off',
          ...(libraryName ? { libraryName } : {}),
        });
      }
    }
  }
  return result;
}
