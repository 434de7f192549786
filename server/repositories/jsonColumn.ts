/**
 * A JSON column as the row gives it back: SQLite hands over the stored text, other drivers the parsed value, and a
 * column never written is null or undefined (the fallback then stands in).
 */
export const fromJsonColumn = <T>(value: unknown, fallback: T): T =>
  value === null || value === undefined
    ? fallback
    : typeof value === 'string'
      ? (JSON.parse(value) as T)
      : (value as T);
