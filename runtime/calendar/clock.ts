import type { Hours } from '../definitions/types';

/** A span of local clock time in minutes after midnight, [start, end). */
export interface Span {
  start: number;
  end: number;
}

/** The open spans of a day's schedule and their total length. */
export interface Schedule {
  start: number;
  end: number;
  spans: readonly Span[];
  /** minutes of open time per day (working hours minus breaks) */
  length: number;
}

export function minutesOf(clock: string): number {
  const [h, m] = clock.split(':');
  return Number(h) * 60 + Number(m);
}

/** Hours with breaks → the disjoint open spans; rejects breaks outside the hours or overlapping. */
export function scheduleOf(hours: Hours, what: string): Schedule {
  const start = minutesOf(hours.start);
  const end = minutesOf(hours.end);
  if (end <= start) throw new RangeError(`${what}: end ${hours.end} must be after start ${hours.start}`);
  const breaks = (hours.breaks ?? [])
    .map((b) => ({ start: minutesOf(b.start), end: minutesOf(b.end), text: `${b.start}–${b.end}` }))
    .sort((a, b) => a.start - b.start);
  const spans: Span[] = [];
  let cursor = start;
  for (const pause of breaks) {
    if (pause.end <= pause.start || pause.start < cursor || pause.end > end) {
      throw new RangeError(`${what}: break ${pause.text} must lie inside the hours and not overlap another break`);
    }
    if (pause.start > cursor) spans.push({ start: cursor, end: pause.start });
    cursor = pause.end;
  }
  if (end > cursor) spans.push({ start: cursor, end });
  return { start, end, spans, length: spans.reduce((sum, s) => sum + s.end - s.start, 0) };
}

/** Open minutes of the schedule from `minute` to the end of the day. */
export function openAfter(schedule: Schedule, minute: number): number {
  let total = 0;
  for (const span of schedule.spans) {
    if (minute < span.end) total += span.end - Math.max(span.start, minute);
  }
  return total;
}

/**
 * The clock minute at which `amount` open minutes, counted from `minute`, are used up,
 * or null when the day's open time after `minute` is shorter. Ending exactly at a break
 * or at closing gives the end of that span (13:00, 18:30), not the next opening.
 */
export function forwardWithin(schedule: Schedule, minute: number, amount: number): number | null {
  let left = amount;
  for (const span of schedule.spans) {
    if (minute >= span.end) continue;
    const from = Math.max(span.start, minute);
    if (left <= span.end - from) return from + left;
    left -= span.end - from;
  }
  return left === 0 ? minute : null;
}

/** Open minutes of the schedule from the start of the day up to `minute`. */
export function openBefore(schedule: Schedule, minute: number): number {
  return schedule.length - openAfter(schedule, minute);
}

/** The mirror of forwardWithin: the minute lying `amount` open minutes before `minute`, or null. */
export function backwardWithin(schedule: Schedule, minute: number, amount: number): number | null {
  let left = amount;
  for (let i = schedule.spans.length - 1; i >= 0; i--) {
    const span = schedule.spans[i] as Span;
    if (minute <= span.start) continue;
    const to = Math.min(span.end, minute);
    if (left <= to - span.start) return to - left;
    left -= to - span.start;
  }
  return left === 0 ? minute : null;
}

/** Whether `minute` lies inside one of the schedule's open spans. */
export function isOpen(schedule: Schedule, minute: number): boolean {
  return schedule.spans.some((s) => minute >= s.start && minute < s.end);
}
