import { DateTime } from 'luxon';
import { civilFromDays, formatIsoDate } from './civil';
import { CalendarRangeError } from './calendarRangeError';
import type { DayTable } from './dayTable';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** multiplying beats dividing; the rounding is harmless in a guess */
const PER_DAY_MS = 1 / DAY_MS;

/**
 * Conversions between UTC instants and (local day index, minute of day) over a day table.
 * Days without an offset change use the precomputed midnights (plain arithmetic);
 * the rare day with a change (DST) asks luxon.
 */
export class LocalTime {
  // The table's arrays and bounds, read on every query, hoisted out of the table object.
  private readonly midnight: Float64Array;
  private readonly irregular: Uint8Array;
  private readonly firstDay: number;
  private readonly size: number;
  /** first instant covered and first instant past the end */
  private readonly start: number;
  private readonly end: number;

  constructor(
    table: DayTable,
    readonly timeZone: string,
    /** names the calendar in error messages, e.g. "kz@1" */
    private readonly name: string,
  ) {
    this.midnight = table.midnight;
    this.irregular = table.irregular;
    this.firstDay = table.firstDay;
    this.size = table.size;
    this.start = table.midnight[0] as number;
    this.end = table.midnight[table.size] as number;
  }

  /** The local day an instant falls on. */
  dayOf(ms: number): number {
    // One comparison pair covers NaN too (every comparison with NaN is false).
    if (!(ms >= this.start && ms < this.end)) this.uncovered(ms);
    const { midnight, size } = this;
    // A guess from the first midnight, off by one at most where the offset moved; the loops correct it.
    let i = Math.floor((ms - this.start) * PER_DAY_MS);
    if (i < 0) i = 0;
    else if (i >= size) i = size - 1;
    while (ms < (midnight[i] as number)) i--;
    while (ms >= (midnight[i + 1] as number)) i++;
    return i;
  }

  /** The error for an instant dayOf cannot place: not a date, or outside the table. */
  private uncovered(ms: number): never {
    if (Number.isNaN(ms)) throw new CalendarRangeError(`calendar ${this.name}: invalid date`);
    throw new CalendarRangeError(
      `calendar ${this.name} covers ${this.coverage()}; ${new Date(ms).toISOString()} is outside it`,
    );
  }

  /** Local clock minutes since midnight (fractional, seconds included) of an instant on day i. */
  minuteOf(ms: number, i: number): number {
    if (!this.irregular[i]) return (ms - (this.midnight[i] as number)) / MINUTE_MS;
    const local = DateTime.fromMillis(ms, { zone: this.timeZone });
    return local.hour * 60 + local.minute + local.second / 60 + local.millisecond / MINUTE_MS;
  }

  /** The instant of local clock time `minute` on day i. */
  instantAt(i: number, minute: number): number {
    if (!this.irregular[i]) return (this.midnight[i] as number) + minute * MINUTE_MS;
    const { year, month, day } = civilFromDays(this.firstDay + i);
    const ms = Math.round(minute * MINUTE_MS);
    const clock = {
      hour: Math.floor(ms / 3_600_000),
      minute: Math.floor(ms / MINUTE_MS) % 60,
      millisecond: ms % MINUTE_MS,
    };
    // Wall-clock fields, not elapsed minutes: on a DST day 10:00 is not 600 minutes after midnight.
    return DateTime.fromObject({ year, month, day, ...clock }, { zone: this.timeZone }).toMillis();
  }

  /** Day index of a day number, or a clear error when the calendar does not cover it. */
  index(dayNumber: number): number {
    const i = dayNumber - this.firstDay;
    if (i < 0 || i >= this.size) this.outside(dayNumber);
    return i;
  }

  /** Throws the range error for a computed day index past either end. */
  check(i: number, what: string | (() => string)): number {
    if (i < 0 || i >= this.size) {
      const described = typeof what === 'function' ? what() : what;
      throw new CalendarRangeError(`calendar ${this.name} covers ${this.coverage()}; ${described} falls outside it`);
    }
    return i;
  }

  outside(dayNumber: number): never {
    throw new CalendarRangeError(
      `calendar ${this.name} covers ${this.coverage()}; ${formatIsoDate(dayNumber)} is outside it`,
    );
  }

  coverage(): string {
    const { firstDay, size } = this;
    return `${formatIsoDate(firstDay)} to ${formatIsoDate(firstDay + size - 1)} (${this.timeZone})`;
  }
}
