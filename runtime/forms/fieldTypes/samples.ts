import RandExp from 'randexp';
import { checkDigit } from '../iin';

/** A date every sample shares, so that "n in one month" conditions can be met by n rows. */
export const SAMPLE_DATE = '2026-01-15';

/**
 * The n-th valid IIN of a person born on 15.01.1990 (7th digit 3: a man of the 20th century),
 * or BIN of an entity registered in January 2008 (5th digit 4): the 11 digits count up until
 * the check digit exists.
 */
export function sampleIin(n: number, kind: 'iin' | 'bin' = 'iin'): string {
  const head = kind === 'iin' ? '9001153' : '08014';
  for (let serial = n; ; serial++) {
    const first11 = head + String(serial % 10 ** (11 - head.length)).padStart(11 - head.length, '0');
    const digit = checkDigit(first11);
    if (digit !== undefined) return first11 + String(digit);
  }
}

/** A deterministic generator for a field's pattern: the same form always gets the same data. */
function fromPattern(pattern: string, seed: number): string {
  const generator = new RandExp(pattern);
  let state = seed + 1;
  generator.max = 4;
  generator.randInt = (from: number, to: number) => {
    state = (state * 48271) % 2147483647;
    return from + (state % (to - from + 1));
  };
  return generator.gen();
}

interface TextBounds {
  key: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
}

/** A text of the field's length bounds, made of letters and digits so it survives HTML escaping as it is. */
export function sampleText(field: TextBounds, counter: { n: number }): string {
  if (field.pattern) return fromPattern(field.pattern, counter.n++);
  const base = `Walk ${field.key} ${counter.n++}`;
  const min = field.minLength ?? 0;
  const max = field.maxLength ?? Infinity;
  const long = base.length < min ? base + 'x'.repeat(min - base.length) : base;
  return long.length > max ? long.slice(0, max) : long;
}

/** The least number the field takes (1 when it allows), whole for an integer. */
export function sampleNumber(field: { min?: number; max?: number }, integer: boolean): number {
  const min = field.min ?? (field.max !== undefined ? Math.min(field.max, 1) : 1);
  const value = integer ? Math.ceil(min) : min;
  return field.max !== undefined && value > field.max ? field.max : value;
}
