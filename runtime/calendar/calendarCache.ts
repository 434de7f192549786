import type { Calendar } from '../definitions/types';
import { WorkingCalendar } from './workingCalendar';

const calendars = new Map<string, WorkingCalendar>();

/**
 * The WorkingCalendar of a calendar definition, built once per `id@version`: precomputing the day
 * tables takes tens of milliseconds, a deadline microseconds. Publishing a calendar gives it a new
 * version and therefore a new entry; older versions stay for cases pinned to them. A definition
 * without a version (a draft) is built afresh each time, as its content may still change.
 */
export function calendarFor(def: Calendar): WorkingCalendar {
  if (def.version === undefined) return WorkingCalendar.fromDefinition(def);
  const key = `${def.id}@${def.version}`;
  let calendar = calendars.get(key);
  if (!calendar) {
    calendar = WorkingCalendar.fromDefinition(def);
    calendars.set(key, calendar);
  }
  return calendar;
}

/** Forgets every cached calendar (tests, or a store that was reset). */
export function clearCalendarCache(): void {
  calendars.clear();
}
