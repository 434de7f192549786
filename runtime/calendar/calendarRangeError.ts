/** A date outside the years a calendar was precomputed for, or one that cannot be read. */
export class CalendarRangeError extends RangeError {
  readonly code = 'CALENDAR_OUT_OF_RANGE';
  override readonly name = 'CalendarRangeError';
}
