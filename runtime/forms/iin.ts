/**
 * Kazakh individual (IIN) and business (BIN) identification numbers: 12 digits,
 * the last a check digit. The check digit is the weighted digit sum modulo 11
 * with weights 1..11; when that gives 10 the sum is taken again with weights
 * 3..11, 1, 2, and a second 10 means no valid number has these 11 digits.
 */
const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

/** The check digit for the first 11 digits, or undefined when none exists. */
export function checkDigit(first11: string): number | undefined {
  if (!/^\d{11}$/.test(first11)) return undefined;
  const digits = [...first11].map(Number);
  const weighted = (weights: number[]) => digits.reduce((sum, d, i) => sum + d * (weights[i] ?? 0), 0) % 11;
  const first = weighted(FIRST_WEIGHTS);
  if (first !== 10) return first;
  const second = weighted(SECOND_WEIGHTS);
  return second === 10 ? undefined : second;
}

export function hasValidChecksum(value: string): boolean {
  if (!/^\d{12}$/.test(value)) return false;
  const expected = checkDigit(value.slice(0, 11));
  return expected !== undefined && expected === Number(value[11]);
}

/** Why a value is not a valid IIN, or undefined when it is one. */
export function iinProblem(value: string): string | undefined {
  if (!/^\d{12}$/.test(value)) return 'must be 12 digits';
  const century = Number(value[6]);
  if (century > 6) return 'the 7th digit (century and sex) must be 0 to 6';
  if (!isBirthDate(value.slice(0, 6), century)) return 'the first six digits are not a date of birth (YYMMDD)';
  if (!hasValidChecksum(value)) return 'the check digit does not match';
  return undefined;
}

/** Why a value is not a valid BIN, or undefined when it is one. */
export function binProblem(value: string): string | undefined {
  if (!/^\d{12}$/.test(value)) return 'must be 12 digits';
  const month = Number(value.slice(2, 4));
  if (month < 1 || month > 12) return 'the 3rd and 4th digits must be the month of registration (01 to 12)';
  if (!['4', '5', '6'].includes(value[4] ?? '')) return 'the 5th digit (type of entity) must be 4, 5 or 6';
  if (!hasValidChecksum(value)) return 'the check digit does not match';
  return undefined;
}

/** Why a value is neither a valid IIN nor a valid BIN, or undefined when it is one of them. */
export function iinOrBinProblem(value: string): string | undefined {
  if (!/^\d{12}$/.test(value)) return 'must be 12 digits';
  // A BIN's 5th digit (4–6) can never start an IIN's day of birth (0–3): the structure says which one was meant.
  return ['4', '5', '6'].includes(value[4] ?? '') ? binProblem(value) : iinProblem(value);
}

export const isValidIin = (value: string): boolean => iinProblem(value) === undefined;
export const isValidBin = (value: string): boolean => binProblem(value) === undefined;
export const isValidIinOrBin = (value: string): boolean => iinOrBinProblem(value) === undefined;

/** Formats for ajv (the server) and @rjsf/validator-ajv8's customFormats (the designer). */
export const IIN_FORMATS = {
  iin: isValidIin,
  bin: isValidBin,
  'iin-bin': isValidIinOrBin,
} as const;

function isBirthDate(yymmdd: string, century: number): boolean {
  const yy = Number(yymmdd.slice(0, 2));
  const month = Number(yymmdd.slice(2, 4));
  const day = Number(yymmdd.slice(4, 6));
  if (month < 1 || month > 12 || day < 1) return false;
  // 1–2: 19th century, 3–4: 20th, 5–6: 21st; 0 (foreign citizens) leaves the century open, so 29 Feb is allowed.
  const base = century === 0 ? undefined : 1800 + Math.floor((century - 1) / 2) * 100;
  const year = base === undefined ? 2000 : base + yy;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}
