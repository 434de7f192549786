/** A first character that makes a spreadsheet read the cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell: text that would start a formula gets a leading apostrophe (shown as text,
 * never run); numbers stay numbers; cells with a quote, separator or line break are quoted.
 */
export function csvCell(value: string | number | null | undefined, separators = ','): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value);
  const needsQuotes = /["\n\r]/.test(text) || [...separators].some((s) => text.includes(s));
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}
