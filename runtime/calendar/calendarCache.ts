import type { Calendar } from '../definitions/types';
import type { Channel } from '../definitions/service';
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

/**
 * The calendar as a channel receives on it: a channel with its own cut-off (the portal accepts
 * applications until the end of working time, 18:30, 004/S1 p.8.2) counts an application after
 * that time, not after the calendar's reception hours, from the next working day.
 */
export function calendarForChannel(
  def: Calendar,
  channel: Pick<Channel, 'receivedUntil'> | undefined,
): WorkingCalendar {
  const until = channel?.receivedUntil?.time;
  if (until === undefined || until === def.receptionHours.end) return calendarFor(def);
  const variant: Calendar = { ...def, receptionHours: { ...def.receptionHours, end: until } };
  if (def.version === undefined) return WorkingCalendar.fromDefinition(variant);
  const key = `${def.id}@${def.version}~${until}`;
  let calendar = calendars.get(key);
  if (!calendar) {
    calendar = WorkingCalendar.fromDefinition(variant);
    calendars.set(key, calendar);
  }
  return calendar;
}
