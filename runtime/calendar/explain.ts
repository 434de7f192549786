import type { Deadline, Duration, LocalizedText } from '../definitions/types';
import { addMonths, formatIsoDate, parseIsoDate } from './civil';
import { dueDate, type DueDateOptions, type EventTimes } from './deadline';
import type { DeadlineExplanation, SkippedDay } from './explanationSchema';
import type { WorkingCalendar } from './workingCalendar';

export type { CountsFromReason, DeadlineExplanation, SkippedDay } from './explanationSchema';

export interface ExplainOptions extends DueDateOptions {
  /**
   * When the term counts from an event that is itself a received time (a case's `received`), the
   * instant the application actually arrived: the reason is told from it (at 18:00 it came after hours).
   */
  arrivedAt?: Date;
}

const WEEKEND: LocalizedText = { kk: 'Демалыс күні', ru: 'Выходной день', en: 'Weekend' };
const WORKING_DAY_UNITS = new Set<Duration['unit']>(['working-days', 'working-hours']);
const ELAPSED_UNITS = new Set<Duration['unit']>(['minutes', 'hours']);

/**
 * How the due date of `deadline` was counted, or null while its event has not happened.
 * The due instant is dueDate's own; the days are read off the calendar between the day the
 * count starts from and the due day, so counted + skipped cover that span exactly.
 */
export function explainDeadline(
  calendar: WorkingCalendar,
  deadline: Deadline,
  events: EventTimes,
  opts: ExplainOptions = {},
): DeadlineExplanation | null {
  const due = dueDate(calendar, deadline, events, opts);
  if (due === null) return null;
  const anchor = deadline.from ?? deadline.before ?? 'from';
  const raw = events[anchor] ?? opts.now ?? due;
  const at = calendar.toInstant(raw);
  const term: Duration = { amount: deadline.amount ?? 0, unit: deadline.unit ?? 'calendar-days' };
  const base = { id: deadline.id, term, from: { event: anchor, at: at.toISOString() }, due: due.toISOString() };

  if (deadline.periodic) {
    const day = calendar.localDate(due);
    return {
      ...base,
      receivedAt: at.toISOString(),
      countsFrom: day,
      countsFromReason: 'periodic',
      counted: [],
      skipped: [],
    };
  }
  if (ELAPSED_UNITS.has(term.unit)) {
    return {
      ...base,
      receivedAt: at.toISOString(),
      countsFrom: calendar.localDate(at),
      countsFromReason: 'elapsed-time',
      counted: [],
      skipped: [],
    };
  }
  if (deadline.before !== undefined) {
    // counted backwards: from the bound's day up to the event's day
    const workingUnit = WORKING_DAY_UNITS.has(term.unit);
    const { counted, skipped } = daysBetween(
      calendar,
      calendar.localDate(due),
      calendar.localDate(at),
      term.unit,
      workingUnit ? undefined : parseIsoDate(calendar.localDate(at)),
    );
    return {
      ...base,
      receivedAt: at.toISOString(),
      countsFrom: calendar.localDate(at),
      countsFromReason: 'before-event',
      counted: counted.reverse(),
      skipped: skipped.reverse(),
    };
  }
  const received = calendar.receivedAt(at);
  // A term counts from the received day; that day is never counted.
  const countsFrom = calendar.localDate(received);
  const end = WORKING_DAY_UNITS.has(term.unit) ? undefined : termEndDay(countsFrom, term);
  const { counted, skipped } = daysBetween(calendar, countsFrom, calendar.localDate(due), term.unit, end);
  return {
    ...base,
    receivedAt: received.toISOString(),
    countsFrom,
    countsFromReason: calendar.receivedBecause(opts.arrivedAt ?? at),
    counted,
    skipped,
  };
}

/**
 * The days after `from` up to and including `to`. Working-day units count the working days and
 * skip the days off. Calendar units count every day up to the term's own last day `end`; when
 * that was a day off the term rolled on to `to`, and the days off after `end` are skipped.
 */
function daysBetween(calendar: WorkingCalendar, from: string, to: string, unit: Duration['unit'], end?: number) {
  const counted: string[] = [];
  const skipped: SkippedDay[] = [];
  const last = parseIsoDate(to);
  for (let day = parseIsoDate(from) + 1; day <= last; day++) {
    const info = calendar.info(formatIsoDate(day));
    if (end === undefined ? info.working : day <= end) counted.push(info.date);
    else if (day < last) skipped.push(dayOff(info));
  }
  return { counted, skipped };
}

function dayOff(info: ReturnType<WorkingCalendar['info']>): SkippedDay {
  return {
    date: info.date,
    reason: info.reason,
    label: info.label ?? WEEKEND,
    ...(info.source ? { source: info.source } : {}),
  };
}

/** The day number a calendar-day, month or year term from `countsFrom` ends on, before any roll. */
function termEndDay(countsFrom: string, term: Duration): number {
  const start = parseIsoDate(countsFrom);
  if (term.unit === 'calendar-days') return start + term.amount;
  return addMonths(start, term.unit === 'years' ? term.amount * 12 : term.amount);
}
