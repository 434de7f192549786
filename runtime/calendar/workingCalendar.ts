import { DateTime } from 'luxon';
import type { Calendar, Duration, LocalizedText, Source } from '../definitions/types';
import { addMonths, formatIsoDate, isoWeekday, parseIsoDate } from './civil';
import { CalendarRangeError } from './calendarRangeError';
import { backwardWithin, forwardWithin, openAfter, openBefore, scheduleOf, type Schedule } from './clock';
import { buildDayTable, reasonName, type DayReason, type DayTable } from './dayTable';
import { LocalTime } from './localTime';

/** Why an event counts from the instant receivedAt gives. */
export type ReceivedReason = 'on-time' | 'before-opening' | 'after-hours' | 'non-working-day';

/** A local date 'YYYY-MM-DD' in the calendar's zone, or an instant (a Date) whose local date is meant. */
export type DateInput = string | Date;

export interface DayInfo {
  date: string;
  /** ISO weekday, 1 = Monday */
  weekday: number;
  working: boolean;
  /** 'transfer' is a decree: working tells which way the day was moved */
  reason: DayReason;
  /** the holiday's or transfer's name */
  label?: LocalizedText;
  /** the act and paragraph that make the day what it is (holidays, substitutes, transfers) */
  source?: Source;
}

const MINUTE_MS = 60_000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The working calendar of one calendar definition, precomputed over its `years`: which local days
 * are working days, working and reception hours, and deadline arithmetic on top. Loaded once per
 * definition version (see calendarFor); every query is O(1) or O(log n) on typed arrays.
 */
export class WorkingCalendar {
  readonly id: string;
  readonly version: number | undefined;
  readonly timeZone: string;
  private readonly time: LocalTime;
  private readonly work: Schedule;
  private readonly reception: Schedule;
  // Per-calendar constants of the day-term hot path (receivedDay, dueDay), hoisted once.
  private readonly sameDay: boolean;
  private readonly receptionEnd: number;
  private readonly working: Uint8Array;
  private readonly nextWorking: Int32Array;
  private readonly prefix: Int32Array;
  private readonly workingDays: Int32Array;
  private readonly size: number;
  /**
   * Per day, the instant reception closes: -Infinity on a day off, NaN where minuteOf must decide
   * (a day whose offset changes), so receivedDay compares instants instead of converting to clock time.
   */
  private readonly receptionCloses: Float64Array;
  /** Per day, the end of the working day: where every day-based term ends. */
  private readonly workEnds: Float64Array;
  /**
   * The working-day hot path folded into three reads (addWorkingDaysEpochMs): per day, the instant
   * before which an event counts as received that day (+Infinity when the calendar receives after
   * hours on the same day, NaN where the offset moves), the index into the working days of the day
   * before the term's first one, either way; and per working day, where a term ending on it ends.
   */
  private readonly receivedUntil: Float64Array;
  private readonly sameDayBase: Int32Array;
  private readonly nextDayBase: Int32Array;
  private readonly workingDayEnds: Float64Array;

  private constructor(
    readonly definition: Calendar,
    private readonly table: DayTable,
  ) {
    this.id = definition.id;
    this.version = definition.version;
    this.timeZone = definition.timeZone;
    const name = `${definition.id}@${definition.version ?? 'draft'}`;
    this.time = new LocalTime(table, definition.timeZone, name);
    this.work = scheduleOf(definition.workingHours, `calendar ${name} workingHours`);
    this.reception = scheduleOf(definition.receptionHours, `calendar ${name} receptionHours`);
    if (this.work.length === 0) throw new RangeError(`calendar ${name}: working hours leave no working time`);
    this.sameDay = definition.afterHours === 'same-day';
    this.receptionEnd = this.reception.end;
    this.working = table.working;
    this.nextWorking = table.nextWorking;
    this.prefix = table.prefix;
    this.workingDays = table.workingDays;
    this.size = table.size;
    this.receptionCloses = new Float64Array(table.size);
    this.workEnds = new Float64Array(table.size);
    // Exact as long as the minute is whole (the definition's HH:MM): then ms < close ⇔ minuteOf(ms) < end.
    const closeMs = Number.isInteger(this.receptionEnd) ? this.receptionEnd * MINUTE_MS : NaN;
    for (let i = 0; i < table.size; i++) {
      this.workEnds[i] = this.time.instantAt(i, this.work.end);
      if (!table.working[i]) this.receptionCloses[i] = -Infinity;
      else this.receptionCloses[i] = table.irregular[i] ? NaN : (table.midnight[i] as number) + closeMs;
    }
    this.receivedUntil = this.sameDay ? this.sameDayUntil(table) : this.receptionCloses;
    this.sameDayBase = new Int32Array(table.size);
    this.nextDayBase = new Int32Array(table.size);
    for (let i = 0; i < table.size; i++) {
      this.sameDayBase[i] = (table.prefix[i + 1] as number) - 1;
      const next = table.nextWorking[i + 1] ?? table.size;
      // past the table: a negative index, so the read misses and the slow path reports the range error
      this.nextDayBase[i] = next < table.size ? (table.prefix[next + 1] as number) - 1 : -(2 ** 30);
    }
    this.workingDayEnds = Float64Array.from(table.workingDays, (day) => this.workEnds[day] as number);
  }

  /** receivedUntil of a calendar that receives after hours on the same day: always, but where the offset moves. */
  private sameDayUntil(table: DayTable): Float64Array {
    const until = new Float64Array(table.size);
    for (let i = 0; i < table.size; i++) until[i] = table.irregular[i] ? NaN : Infinity;
    return until;
  }

  static fromDefinition(def: Calendar): WorkingCalendar {
    return new WorkingCalendar(def, buildDayTable(def));
  }

  /** First and last local dates covered. */
  get range(): { from: string; to: string } {
    return { from: formatIsoDate(this.table.firstDay), to: formatIsoDate(this.table.firstDay + this.table.size - 1) };
  }

  /** The precomputed days, read-only: day i is the civil day `firstDay + i` (impact.ts compares versions on it). */
  get days(): { readonly firstDay: number; readonly size: number; readonly working: Uint8Array } {
    return this.table;
  }

  /** The index into `days` of an instant's local day; a CalendarRangeError outside them. */
  dayIndexOf(instant: Date): number {
    return this.time.dayOf(instant.getTime());
  }

  /** dayIndexOf for an instant in epoch milliseconds, for bulk callers that never make a Date (impact.ts). */
  dayIndexOfMs(epochMs: number): number {
    return this.time.dayOf(epochMs);
  }

  isWorkingDay(date: DateInput): boolean {
    return this.table.working[this.dayIndex(date)] === 1;
  }

  /** The first working day strictly after `date`. */
  nextWorkingDay(date: DateInput): string {
    const i = this.dayIndex(date);
    return this.dateOf(
      this.time.check(this.table.nextWorking[i + 1] ?? this.table.size, `the working day after ${this.dateOf(i)}`),
    );
  }

  /** The last working day strictly before `date`. */
  previousWorkingDay(date: DateInput): string {
    const i = this.dayIndex(date);
    return this.dateOf(
      this.time.check(
        i > 0 ? (this.table.prevWorking[i - 1] as number) : -1,
        `the working day before ${this.dateOf(i)}`,
      ),
    );
  }

  /**
   * Working days after `a` up to and including `b` (a excluded, b included), the way a term
   * counts them: `workingDaysBetween(d, add(d, N working days))` is N. Negative when b < a.
   */
  workingDaysBetween(a: DateInput, b: DateInput): number {
    const { prefix } = this.table;
    return (prefix[this.dayIndex(b) + 1] as number) - (prefix[this.dayIndex(a) + 1] as number);
  }

  /** The local date of an instant in the calendar's zone. */
  localDate(instant: Date): string {
    return this.dateOf(this.time.dayOf(instant.getTime()));
  }

  /** Why a day is working or not. */
  info(date: DateInput): DayInfo {
    const i = this.dayIndex(date);
    const label = this.table.labels.get(i);
    const source = this.table.sources.get(i);
    return {
      date: this.dateOf(i),
      weekday: isoWeekday(this.table.firstDay + i),
      working: this.table.working[i] === 1,
      reason: reasonName(this.table.reason[i] as number),
      ...(label ? { label } : {}),
      ...(source ? { source } : {}),
    };
  }

  /**
   * The instant from which a term counts. With `afterHours: next-working-day`, an event inside
   * reception hours of a working day counts from itself; one before opening, from the opening
   * that day; one after closing or on a day off, from the opening of the next working day.
   * With `same-day` the event counts from itself.
   */
  receivedAt(instant: Date): Date {
    return new Date(this.receivedMs(instant.getTime()));
  }

  /**
   * Why an event counts from where receivedAt puts it: inside reception hours of a working day
   * ('on-time'), before they open, after they close, or on a day off.
   */
  receivedBecause(instant: Date): ReceivedReason {
    if (this.sameDay) return 'on-time';
    const ms = instant.getTime();
    const i = this.time.dayOf(ms);
    if (!this.table.working[i]) return 'non-working-day';
    const minute = this.time.minuteOf(ms, i);
    if (minute >= this.reception.end) return 'after-hours';
    return minute < this.reception.start ? 'before-opening' : 'on-time';
  }

  /**
   * The due instant of a term of `duration` counted from an event at `from`.
   * - minutes, hours: plain elapsed time from the event itself;
   * - working-hours: only time inside working hours less breaks counts, from receivedAt;
   * - working-days: the N-th working day after the received day;
   * - calendar-days, months, years: the received day + N (month ends clamp: 31 Jan + 1 month =
   *   end of February), moved to the next working day when it is a day off and the calendar
   *   says `rollCalendarDays: next-working-day`.
   * The day of the event (or the received day) is never counted; day-based terms end when the
   * working day ends (workingHours.end, 18:30 local) on their last day.
   */
  add(from: Date, duration: Duration): Date {
    return new Date(this.addMs(from.getTime(), duration));
  }

  /**
   * add(from, {amount, unit: 'working-days'}), without the unit dispatch: the hot path of deadlines
   * (dueDate takes it for a working-day term from a Date).
   */
  addWorkingDays(from: Date, amount: number): Date {
    // An amount that is not a whole number finds no day: NaN, an Invalid Date.
    return new Date(this.addWorkingDaysEpochMs(from.getTime(), amount));
  }

  /**
   * add() on epoch milliseconds, for bulk callers (impact replay, overdue sweep) that hold instants
   * as numbers: no Date is made on the way in or out. NaN where add() gives an Invalid Date.
   */
  addEpochMs(fromMs: number, duration: Duration): number {
    if (duration.unit === 'working-days') return this.addWorkingDaysEpochMs(fromMs, duration.amount);
    return this.addMs(fromMs, duration);
  }

  /** addWorkingDays on epoch milliseconds: the hot path of bulk deadlines. */
  addWorkingDaysEpochMs(fromMs: number, amount: number): number {
    const i = this.time.dayOf(fromMs);
    const until = this.receivedUntil[i] as number;
    // NaN (a day whose offset moves) fails both comparisons and takes the general path
    if (amount > 0 && (fromMs < until || fromMs >= until)) {
      const end =
        this.workingDayEnds[((fromMs < until ? this.sameDayBase[i] : this.nextDayBase[i]) as number) + amount];
      if (end !== undefined) return end;
    }
    return this.workEnds[this.workingDayAfter(this.receivedDay(fromMs), amount)] ?? NaN;
  }

  /** before() on epoch milliseconds (see addEpochMs). */
  beforeEpochMs(atMs: number, duration: Duration): number {
    return this.beforeMs(atMs, duration);
  }

  /**
   * The latest instant that is still `duration` before an event at `at` ("no later than N before").
   * Day-based units give the end of the working day N days before the event's local day, moved
   * EARLIER to the previous working day when that is a day off, so the bound never slips
   * towards the event. minutes/hours subtract elapsed time; working-hours count back working time.
   */
  before(at: Date, duration: Duration): Date {
    return new Date(this.beforeMs(at.getTime(), duration));
  }

  /** The end of the working day (workingHours.end) on a local date. */
  endOfDay(date: DateInput): Date {
    return new Date(this.time.instantAt(this.dayIndex(date), this.work.end));
  }

  /**
   * When a term whose last day is `date` ends: the end of the working day, on the next working
   * day when `date` is a day off and the calendar rolls calendar-day terms (ours does).
   */
  termEnd(date: DateInput): Date {
    return new Date(this.time.instantAt(this.rolled(this.dayIndex(date)), this.work.end));
  }

  /** The date itself when it is a working day, else the next working day. */
  workingDayOnOrAfter(date: DateInput): string {
    const i = this.dayIndex(date);
    return this.dateOf(
      this.time.check(this.table.nextWorking[i] as number, `the working day on or after ${this.dateOf(i)}`),
    );
  }

  /** An event time: a Date, an ISO instant, local ISO date-time (zone of the calendar) or a local date (its midnight). */
  toInstant(value: Date | string): Date {
    if (value instanceof Date) return value;
    if (DATE_ONLY.test(value)) return new Date(this.time.instantAt(this.time.index(parseIsoDate(value)), 0));
    const parsed = DateTime.fromISO(value, { zone: this.timeZone });
    if (!parsed.isValid)
      throw new CalendarRangeError(`calendar ${this.id}: "${value}" is not an ISO date or date-time`);
    return parsed.toJSDate();
  }

  // ——— arithmetic on epoch milliseconds; the public methods wrap these in Dates ———

  private receivedMs(ms: number): number {
    const i = this.time.dayOf(ms);
    if (this.definition.afterHours === 'same-day') return ms;
    const minute = this.time.minuteOf(ms, i);
    if (this.table.working[i] && minute < this.reception.end) {
      return minute < this.reception.start ? this.time.instantAt(i, this.reception.start) : ms;
    }
    const next = this.time.check(
      this.table.nextWorking[i + 1] ?? this.table.size,
      `the working day after ${this.dateOf(i)}`,
    );
    return this.time.instantAt(next, this.reception.start);
  }

  /** The local day receivedMs falls on, without computing the instant: the hot path of day-based terms. */
  private receivedDay(ms: number): number {
    const i = this.time.dayOf(ms);
    if (this.sameDay) return i;
    const closes = this.receptionCloses[i] as number;
    if (ms < closes) return i;
    if (Number.isNaN(closes) && this.working[i] === 1 && this.time.minuteOf(ms, i) < this.receptionEnd) return i;
    const next = this.nextWorking[i + 1];
    if (next !== undefined && next < this.size) return next;
    return this.time.check(this.size, () => `the working day after ${this.dateOf(i)}`);
  }

  private addMs(from: number, { amount, unit }: Duration): number {
    switch (unit) {
      case 'minutes':
        return this.elapsed(from, amount * MINUTE_MS);
      case 'hours':
        return this.elapsed(from, amount * 60 * MINUTE_MS);
      case 'working-hours':
        return this.workingHoursAfter(this.receivedMs(from), amount * 60);
      default:
        return this.time.instantAt(this.dueDay(this.receivedDay(from), amount, unit), this.work.end);
    }
  }

  private beforeMs(at: number, { amount, unit }: Duration): number {
    switch (unit) {
      case 'minutes':
        return this.elapsed(at, -amount * MINUTE_MS);
      case 'hours':
        return this.elapsed(at, -amount * 60 * MINUTE_MS);
      case 'working-hours':
        return this.workingHoursBefore(at, amount * 60);
      default:
        return this.time.instantAt(this.boundDay(this.time.dayOf(at), amount, unit), this.work.end);
    }
  }

  /** The day index a day-based term from received day r ends on. */
  private dueDay(r: number, amount: number, unit: Duration['unit']): number {
    if (unit === 'working-days') return this.workingDayAfter(r, amount);
    return this.rolled(this.shiftDays(r, amount, unit));
  }

  /** The amount-th working day after received day r (r itself for 0). */
  private workingDayAfter(r: number, amount: number): number {
    if (amount === 0) return r;
    const { workingDays } = this;
    const k = (this.prefix[r + 1] as number) + amount - 1;
    if (k < workingDays.length) return workingDays[k] as number;
    return this.time.check(this.size, () => `${amount} working days after ${this.dateOf(r)}`);
  }

  private rolled(end: number): number {
    if (this.definition.rollCalendarDays === 'none') return end;
    return this.time.check(
      this.table.nextWorking[end] as number,
      () => `the working day on or after ${this.dateOf(end)}`,
    );
  }

  /** The day index a "no later than N before" bound falls on, pulled back onto a working day. */
  private boundDay(e: number, amount: number, unit: Duration['unit']): number {
    const { prefix, workingDays, prevWorking } = this.table;
    if (unit === 'working-days') {
      const k = (prefix[e] as number) - amount;
      if (amount === 0)
        return this.time.check(prevWorking[e] as number, `the working day on or before ${this.dateOf(e)}`);
      return this.time.check(
        k >= 0 ? (workingDays[k] as number) : -1,
        `${amount} working days before ${this.dateOf(e)}`,
      );
    }
    const start = this.shiftDays(e, -amount, unit);
    return this.time.check(prevWorking[start] as number, `the working day on or before ${this.dateOf(start)}`);
  }

  private shiftDays(i: number, amount: number, unit: Duration['unit']): number {
    const day = this.table.firstDay + i;
    const shifted = unit === 'calendar-days' ? day + amount : addMonths(day, unit === 'years' ? amount * 12 : amount);
    return this.time.check(shifted - this.table.firstDay, () => formatIsoDate(shifted));
  }

  private elapsed(from: number, delta: number): number {
    this.time.dayOf(from);
    const due = from + delta;
    this.time.dayOf(due);
    return due;
  }

  private workingHoursAfter(start: number, minutes: number): number {
    if (minutes === 0) return start;
    const { prefix, workingDays, working } = this.table;
    const i = this.time.dayOf(start);
    const minute = this.time.minuteOf(start, i);
    let left = minutes;
    if (working[i]) {
      const sameDay = forwardWithin(this.work, minute, left);
      if (sameDay !== null) return this.time.instantAt(i, sameDay);
      left -= openAfter(this.work, minute);
    }
    // Whole working days jump through the prefix table; the last day takes the remainder (0, W].
    const full = Math.ceil(left / this.work.length) - 1;
    const k = (prefix[i + 1] as number) + full;
    const day = this.time.check(
      k < workingDays.length ? (workingDays[k] as number) : this.table.size,
      `${minutes / 60} working hours after ${this.dateOf(i)}`,
    );
    return this.time.instantAt(day, forwardWithin(this.work, 0, left - full * this.work.length) as number);
  }

  private workingHoursBefore(at: number, minutes: number): number {
    if (minutes === 0) return at;
    const { prefix, workingDays, working } = this.table;
    const i = this.time.dayOf(at);
    const minute = this.time.minuteOf(at, i);
    let left = minutes;
    if (working[i]) {
      const sameDay = backwardWithin(this.work, minute, left);
      if (sameDay !== null) return this.time.instantAt(i, sameDay);
      left -= openBefore(this.work, minute);
    }
    const full = Math.ceil(left / this.work.length) - 1;
    const k = (prefix[i] as number) - 1 - full;
    const day = this.time.check(
      k >= 0 ? (workingDays[k] as number) : -1,
      `${minutes / 60} working hours before ${this.dateOf(i)}`,
    );
    return this.time.instantAt(day, backwardWithin(this.work, this.work.end, left - full * this.work.length) as number);
  }

  private dayIndex(date: DateInput): number {
    if (date instanceof Date) return this.time.dayOf(date.getTime());
    try {
      return this.time.index(parseIsoDate(date));
    } catch (error) {
      if (error instanceof CalendarRangeError) throw error;
      throw new CalendarRangeError(`calendar ${this.id}: ${(error as Error).message}`);
    }
  }

  private dateOf(i: number): string {
    return formatIsoDate(this.table.firstDay + i);
  }
}
