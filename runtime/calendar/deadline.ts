import type { Deadline, Periodic } from '../definitions/types';
import { daysFromCivil, daysInMonth, formatIsoDate } from './civil';
import type { WorkingCalendar } from './workingCalendar';

/** When each case event happened: a Date, an ISO instant, or a local 'YYYY-MM-DD'; absent = not yet. */
export type EventTimes = Record<string, Date | string | null | undefined>;

export interface DueDateOptions {
  /** the reference instant of periodic deadlines when `events.from` is absent; defaults to the clock */
  now?: Date;
}

const NO_OPTIONS: DueDateOptions = Object.freeze({});

/**
 * The instant a deadline falls due, or null when the event it counts from has not happened.
 *
 * - A term from an event ({amount, unit, from}): WorkingCalendar.add from the event. For day-based
 *   units (working-days, calendar-days, months, years) the count starts from the day the event is
 *   received (after reception hours or on a day off: the next working day), that day is never
 *   counted, and the term ends at the end of the working day (18:30 local) of its last day:
 *   working-days → the N-th working day after the received day; calendar-days and months → the
 *   received day + N, on the next working day when that is a day off (rollCalendarDays).
 *   minutes and hours are plain elapsed time from the event; working-hours count only time inside
 *   working hours less breaks, from the received instant.
 * - "No later than N before" an event ({amount, unit, before}): WorkingCalendar.before; a bound that
 *   falls on a day off moves EARLIER to the previous working day, never past the event.
 * - A periodic date ({periodic}): the first occurrence whose due instant is on or after the
 *   reference instant, which is `events.from` when the caller gives it (e.g. the submission of the
 *   case), else `opts.now`, else the current time. "by 30 March each year" = {every: 'year',
 *   month: 3, day: 30}; "by the 5th of the month after the reporting month" = {every: 'month',
 *   day: 5, monthsAfter: 1}: monthsAfter names which month is reported on and does not move the
 *   due dates, which are the 5th of every month. A day past the month's end (31) means its last
 *   day; an occurrence on a day off rolls like a calendar-day term.
 */
export function dueDate(
  calendar: WorkingCalendar,
  deadline: Deadline,
  events: EventTimes,
  opts: DueDateOptions = NO_OPTIONS,
): Date | null {
  // The common case, a working-day term from an event given as a Date, skips the generic dispatch.
  if (deadline.unit === 'working-days' && deadline.from !== undefined && deadline.amount !== undefined) {
    const event = events[deadline.from];
    if (event instanceof Date && !deadline.periodic) return calendar.addWorkingDays(event, deadline.amount);
  }
  if (deadline.periodic) {
    const reference = events.from ?? opts.now ?? new Date();
    return nextOccurrence(calendar, deadline.periodic, calendar.toInstant(reference));
  }
  const anchor = deadline.from ?? deadline.before;
  if (anchor === undefined || deadline.amount === undefined || deadline.unit === undefined) {
    throw new TypeError(`deadline ${deadline.id}: give amount and unit with "from" or "before", or "periodic"`);
  }
  const event = events[anchor];
  if (event === undefined || event === null) return null;
  const duration = { amount: deadline.amount, unit: deadline.unit };
  const at = calendar.toInstant(event);
  return deadline.from !== undefined ? calendar.add(at, duration) : calendar.before(at, duration);
}

/** When each case event happened, in epoch milliseconds; absent = not yet. */
export type EventMs = Record<string, number | null | undefined>;

/**
 * dueDate on epoch milliseconds, for callers that compute many deadlines at once (the impact replay,
 * the overdue sweep): events in, due instant out as numbers, no Date or string made on the way.
 * The same instant dueDate gives (null while the event has not happened; NaN where it gives an
 * Invalid Date). Periodic dates, rare in bulk, go through dueDate.
 */
export function dueEpochMs(
  calendar: WorkingCalendar,
  deadline: Deadline,
  events: EventMs,
  opts: DueDateOptions = NO_OPTIONS,
): number | null {
  // the common case, a working-day term from an event, without the generic dispatch
  if (
    deadline.unit === 'working-days' &&
    deadline.from !== undefined &&
    deadline.amount !== undefined &&
    !deadline.periodic
  ) {
    const event = events[deadline.from];
    return event === undefined || event === null ? null : calendar.addWorkingDaysEpochMs(event, deadline.amount);
  }
  if (deadline.periodic) {
    const from = events.from;
    const due = dueDate(calendar, deadline, from === undefined || from === null ? {} : { from: new Date(from) }, opts);
    return due === null ? null : due.getTime();
  }
  const anchor = deadline.from ?? deadline.before;
  if (anchor === undefined || deadline.amount === undefined || deadline.unit === undefined) {
    throw new TypeError(`deadline ${deadline.id}: give amount and unit with "from" or "before", or "periodic"`);
  }
  const event = events[anchor];
  if (event === undefined || event === null) return null;
  const duration = { amount: deadline.amount, unit: deadline.unit };
  return deadline.from !== undefined ? calendar.addEpochMs(event, duration) : calendar.beforeEpochMs(event, duration);
}

/** Every deadline's due instant as an ISO string (UTC), null while its event has not happened. */
export function dueDates(
  calendar: WorkingCalendar,
  deadlines: readonly Deadline[],
  events: EventTimes,
  opts: DueDateOptions = {},
): Record<string, string | null> {
  const result: Record<string, string | null> = {};
  for (const deadline of deadlines)
    result[deadline.id] = dueDate(calendar, deadline, events, opts)?.toISOString() ?? null;
  return result;
}

function nextOccurrence(calendar: WorkingCalendar, periodic: Periodic, reference: Date): Date {
  const [year, month] = calendar.localDate(reference).split('-').map(Number) as [number, number];
  // The previous period's date may roll past the reference (31 December → 3 January); the
  // reference's own one may be past already; the next one cannot be.
  for (let step = -1; step <= 1; step++) {
    const due =
      periodic.every === 'year'
        ? calendar.termEnd(dateIn(year + step, periodic.month ?? 1, periodic.day))
        : calendar.termEnd(monthDate(year, month + step, periodic.day));
    if (due.getTime() >= reference.getTime()) return due;
  }
  throw new RangeError('unreachable: the next period always ends after the reference');
}

/** The day of month `month` of `year`, where month may run past 1–12 into the neighbouring years. */
function monthDate(year: number, month: number, day: number): string {
  const index = year * 12 + month - 1;
  return dateIn(Math.floor(index / 12), (index % 12) + 1, day);
}

function dateIn(year: number, month: number, day: number): string {
  return formatIsoDate(daysFromCivil(year, month, Math.min(day, daysInMonth(year, month))));
}
