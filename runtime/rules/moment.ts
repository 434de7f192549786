/**
 * A date or an instant as the date operators compare them. `day` is the calendar day as
 * written (an instant's own offset decides its day), `ms` the instant (a date: its UTC midnight).
 */
export interface Moment {
  day: string;
  ms: number;
  dateOnly: boolean;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;

export function momentOf(value: unknown): Moment | undefined {
  if (value instanceof Date) {
    const ms = value.getTime();
    return Number.isNaN(ms) ? undefined : { day: value.toISOString().slice(0, 10), ms, dateOnly: false };
  }
  if (typeof value !== 'string') return undefined;
  const date = DATE.exec(value);
  if (date) {
    const ms = utcDay(Number(date[1]), Number(date[2]), Number(date[3]));
    return ms === undefined ? undefined : { day: value, ms, dateOnly: true };
  }
  const instant = INSTANT.exec(value);
  if (!instant || utcDay(Number(instant[1]), Number(instant[2]), Number(instant[3])) === undefined) return undefined;
  // an instant written without an offset is read as UTC, never as the machine's zone
  const ms = Date.parse(instant[7] ? value : `${value}Z`);
  return Number.isNaN(ms) ? undefined : { day: value.slice(0, 10), ms, dateOnly: false };
}

function utcDay(year: number, month: number, day: number): number | undefined {
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  return back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day
    ? ms
    : undefined;
}

/** A date against anything compares by day; two instants compare exactly. */
export function compareMoments(a: Moment, b: Moment): number {
  if (a.dateOnly || b.dateOnly) return a.day < b.day ? -1 : a.day > b.day ? 1 : 0;
  return a.ms < b.ms ? -1 : a.ms > b.ms ? 1 : 0;
}
