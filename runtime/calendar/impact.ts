import type { Deadline } from '../definitions/types';
import { dueDate, dueEpochMs, type EventTimes } from './deadline';
import type { WorkingCalendar } from './workingCalendar';

/** A deadline of a case in flight, as stored: what it counts from, and the due instant it has now. */
export interface StoredDeadline {
  case: string;
  deadline: Deadline;
  events: EventTimes;
  due: string | null;
}

export interface DeadlineShift {
  case: string;
  deadline: string;
  before: string | null;
  after: string | null;
}

/**
 * The days whose working status differs between earlier calendars and a new one, on the new
 * one's day indexes: `prefix[i]` counts the changed days among [0, i), so a window holds one
 * iff its two prefix values differ. `all` when the change can move any deadline (another zone,
 * other hours or rules): then nothing may be skipped.
 */
export interface ChangedDays {
  all: boolean;
  prefix: Int32Array;
}

/** What moves a due instant other than which days are working: a change to any of these moves everything. */
const clockOf = (calendar: WorkingCalendar) => {
  const { timeZone, workingHours, receptionHours, afterHours, rollCalendarDays } = calendar.definition;
  return JSON.stringify([timeZone, workingHours, receptionHours, afterHours, rollCalendarDays]);
};

/**
 * The changed days of `next` against every calendar in `previous` (the versions the stored
 * deadlines may have been computed on): a day is changed when any of them has it otherwise, or
 * does not cover it.
 */
export function changedDays(
  previous: WorkingCalendar | readonly WorkingCalendar[],
  next: WorkingCalendar,
): ChangedDays {
  const earlier = Array.isArray(previous) ? previous : [previous as WorkingCalendar];
  const { firstDay, size, working } = next.days;
  const changed = new Uint8Array(size);
  let all = earlier.length === 0;
  const clock = clockOf(next);
  for (const old of earlier) {
    if (clockOf(old) !== clock) all = true;
    const days = old.days;
    for (let i = 0; i < size; i++) {
      const j = firstDay + i - days.firstDay;
      if (j < 0 || j >= days.size || days.working[j] !== working[i]) changed[i] = 1;
    }
  }
  const prefix = new Int32Array(size + 1);
  for (let i = 0; i < size; i++) prefix[i + 1] = (prefix[i] as number) + (changed[i] as number);
  return { all, prefix };
}

/**
 * Whether the new calendar cannot move this stored deadline: no changed day lies between its
 * event's local day and its stored due day (either way round, for `before` bounds). Periodic
 * dates, deadlines without a stored due and anything outside the calendar are recomputed.
 */
function untouched(stored: StoredDeadline, calendar: WorkingCalendar, changed: ChangedDays): boolean {
  const { deadline, due } = stored;
  if (changed.all || deadline.periodic || due === null) return false;
  const anchor = deadline.from ?? deadline.before;
  const event = anchor === undefined ? undefined : stored.events[anchor];
  if (event === undefined || event === null) return false;
  let eventMs: number;
  try {
    eventMs = (event instanceof Date ? event : calendar.toInstant(event)).getTime();
  } catch {
    return false;
  }
  return windowUntouched(calendar, changed, eventMs, Date.parse(due));
}

/**
 * Whether no changed day lies between two instants' local days (either way round): a deadline
 * counted from one and due at the other cannot move. False when either is outside the calendar
 * (or not an instant): such a deadline is recomputed. In epoch milliseconds, so a caller going
 * through a hundred thousand stored deadlines makes no Date for the ones that cannot move.
 */
export function windowUntouched(
  calendar: WorkingCalendar,
  changed: ChangedDays,
  fromMs: number,
  toMs: number,
): boolean {
  if (changed.all) return false;
  try {
    const a = calendar.dayIndexOfMs(fromMs);
    const b = calendar.dayIndexOfMs(toMs);
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    return changed.prefix[hi + 1] === changed.prefix[lo];
  } catch {
    return false;
  }
}

/** The stored deadline's due instant on `calendar`, through the epoch-milliseconds API (dueEpochMs). */
function recomputedMs(stored: StoredDeadline, calendar: WorkingCalendar): number | null {
  const { deadline, events } = stored;
  if (deadline.periodic) return dueDate(calendar, deadline, events)?.getTime() ?? null;
  const anchor = deadline.from ?? deadline.before;
  const event = anchor === undefined ? undefined : events[anchor];
  const eventMs =
    event === undefined || event === null
      ? null
      : event instanceof Date
        ? event.getTime()
        : calendar.toInstant(event).getTime();
  const due = dueEpochMs(calendar, deadline, anchor === undefined ? {} : { [anchor]: eventMs });
  // as dueDate(...).toISOString() did: an instant the calendar cannot give is an error, not a shift
  if (due !== null && Number.isNaN(due)) throw new RangeError(`deadline ${deadline.id}: no due instant`);
  return due;
}

/**
 * The deadlines that a changed calendar would move: each stored deadline is recomputed on the
 * new calendar and kept when its due instant differs. Given the days the change touches
 * (changedDays against the calendar the deadlines were computed on), a deadline whose window
 * holds none of them is not recomputed: it cannot move. Meant to run before a calendar is
 * published, over every case in flight, and when it is published, to move them.
 */
export function deadlineShifts(
  deadlines: Iterable<StoredDeadline>,
  calendar: WorkingCalendar,
  changed?: ChangedDays,
): DeadlineShift[] {
  const shifts: DeadlineShift[] = [];
  for (const stored of deadlines) {
    if (changed && untouched(stored, calendar, changed)) continue;
    // compared as epoch milliseconds; text is made only for the deadlines that move
    const afterMs = recomputedMs(stored, calendar);
    const beforeMs = stored.due === null ? null : new Date(stored.due).getTime();
    if (afterMs !== beforeMs) {
      const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
      shifts.push({ case: stored.case, deadline: stored.deadline.id, before: iso(beforeMs), after: iso(afterMs) });
    }
  }
  return shifts;
}
