import type { Deadline } from '../definitions/types';
import { dueDate, type EventTimes } from './deadline';
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
 * The deadlines that a changed calendar would move: each stored deadline is
 * recomputed on the new calendar and kept when its due instant differs. Meant to
 * run before a calendar is published, over every case in flight.
 */
export function deadlineShifts(deadlines: Iterable<StoredDeadline>, calendar: WorkingCalendar): DeadlineShift[] {
  const shifts: DeadlineShift[] = [];
  for (const stored of deadlines) {
    const after = dueDate(calendar, stored.deadline, stored.events)?.toISOString() ?? null;
    const before = stored.due === null ? null : new Date(stored.due).toISOString();
    if (after !== before) shifts.push({ case: stored.case, deadline: stored.deadline.id, before, after });
  }
  return shifts;
}
