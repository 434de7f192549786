/**
 * The named parts of an instant in a time zone, as en-GB writes them: year, month and day (two digits), weekday
 * ("Fri"), hour (00–23), minute, second, and timeZoneName ("GMT+05:00", or "GMT" for UTC).
 */
export function zonedParts(date: Date, timeZone: string): Record<string, string | undefined> {
  return Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
}

/**
 * An instant as ISO 8601 with the offset of a time zone ("2026-03-20T17:45:00+05:00"), the form
 * CSV exports use: a spreadsheet in any zone reads the same local time the calendar counted in.
 */
export function isoWithOffset(instant: Date | string, timeZone: string): string {
  const parts = zonedParts(typeof instant === 'string' ? new Date(instant) : instant, timeZone);
  const zone = String(parts.timeZoneName);
  const offset = zone === 'GMT' ? '+00:00' : zone.replace('GMT', '');
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
}

const INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/;

/** Whether a value is an instant (a timestamp with a zone), rather than a date or other text. */
export function isInstant(value: unknown): value is string {
  return typeof value === 'string' && INSTANT.test(value) && !Number.isNaN(Date.parse(value));
}
