import { DateTime } from 'luxon';
import { civilFromDays, formatIsoDate } from './civil';
import { CalendarRangeError } from './calendarRangeError';
import type { DayTable } from './dayTable';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/**
 * Conversions between UTC instants and (local day index, minute of day) over a day table.
 * Days without an offset change use the precomputed midnights (plain arithmetic);
 * the rare day with a change (DST) asks luxon.
 */
export class LocalTime {
  constructor(
    private readonly table: DayTable,
    readonly timeZone: string,
    /** names the calendar in error messages, e.g. "kz@1" */
    private readonly name: string,
  ) {}

  /** The local day an instant falls on. */
  dayOf(ms: number): number {
    const { midnight, size } = this.table;
    if (Number.isNaN(ms)) throw new CalendarRangeError(`calendar ${this.name}: invalid date`);
    if (ms < (midnight[0] as number) || ms >= (midnight[size] as number)) {
      throw new CalendarRangeError(
        `calendar ${this.name} covers ${this.coverage()}; ${new Date(ms).toISOString()} is outside it`,
      );
    }
    // The UTC day is at most one off the local one, whatever the offset.
    let i = Math.min(Math.max(Math.floor(ms / DAY_MS) - this.table.firstDay, 0), size - 1);
    while (ms < (midnight[i] as number)) i--;
    while (ms >= (midnight[i + 1] as number)) i++;
    return i;
  }

  /** Local clock minutes since midnight (fractional, seconds included) of an instant on day i. */
  minuteOf(ms: number, i: number): number {
    if (!this.table.irregular[i]) return (ms - (this.table.midnight[i] as number)) / MINUTE_MS;
    const local = DateTime.fromMillis(ms, { zone: this.timeZone });
    return local.hour * 60 + local.minute + local.second / 60 + local.millisecond / MINUTE_MS;
  }

  /** The instant of local clock time `minute` on day i. */
  instantAt(i: number, minute: number): number {
    if (!this.table.irregular[i]) return (this.table.midnight[i] as number) + minute * MINUTE_MS;
    const { year, month, day } = civilFromDays(this.table.firstDay + i);
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
    const i = dayNumber - this.table.firstDay;
    if (i < 0 || i >= this.table.size) this.outside(dayNumber);
    return i;
  }

  /** Throws the range error for a computed day index past either end. */
  check(i: number, what: string | (() => string)): number {
    if (i < 0 || i >= this.table.size) {
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
    const { firstDay, size } = this.table;
    return `${formatIsoDate(firstDay)} to ${formatIsoDate(firstDay + size - 1)} (${this.timeZone})`;
  }
}
