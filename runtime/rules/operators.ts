import { Engine, Operator } from 'json-rules-engine';
import { BUILTIN_OPERATORS, CUSTOM_OPERATORS } from '../definitions/condition';
import { compareMoments, momentOf, type Moment } from './moment';

/** An operator as json-rules-engine runs it: a type guard on the fact value, then the comparison. */
export type OperatorFn = (factValue: unknown, value: unknown) => boolean;

export type BuiltinOperatorName = (typeof BUILTIN_OPERATORS)[number];
export type CustomOperatorName = (typeof CUSTOM_OPERATORS)[number];
export type OperatorName = BuiltinOperatorName | CustomOperatorName;

export class UnknownOperatorError extends Error {
  readonly code = 'UNKNOWN_OPERATOR';
  constructor(
    readonly operator: string,
    where?: string,
  ) {
    super(`unknown operator "${operator}"${where ? ` in ${where}` : ''}`);
    this.name = 'UnknownOperatorError';
  }
}

const compareDates =
  (accept: (sign: number) => boolean): OperatorFn =>
  (factValue, value) => {
    const a = momentOf(factValue);
    const b = momentOf(value);
    return a !== undefined && b !== undefined && accept(compareMoments(a, b));
  };

/** The fact's moment is strictly before the value's (a date compares by day with an instant). */
export const dateBefore: OperatorFn = compareDates((s) => s < 0);
export const dateAfter: OperatorFn = compareDates((s) => s > 0);
export const dateOnOrBefore: OperatorFn = compareDates((s) => s <= 0);
export const dateOnOrAfter: OperatorFn = compareDates((s) => s >= 0);

/** A string containing the value, or an array holding it, with letter case ignored. */
export const containsIgnoreCase: OperatorFn = (factValue, value) => {
  if (typeof value !== 'string') return false;
  const needle = value.toLowerCase();
  if (typeof factValue === 'string') return factValue.toLowerCase().includes(needle);
  if (Array.isArray(factValue)) {
    return factValue.some((item) => typeof item === 'string' && item.toLowerCase() === needle);
  }
  return false;
};

/** Nothing was given: undefined, null, a blank string, an empty array or object. Value true or false. */
export const isEmpty: OperatorFn = (factValue, value) => {
  if (typeof value !== 'boolean') return false;
  return emptiness(factValue) === value;
};

function emptiness(x: unknown): boolean {
  if (x === undefined || x === null) return true;
  if (typeof x === 'string') return x.trim() === '';
  if (Array.isArray(x)) return x.length === 0;
  if (typeof x === 'object') return Object.keys(x).length === 0;
  return false;
}

export interface CountInPeriod {
  atLeast: number;
  per: 'calendar-month' | 'calendar-year' | 'days';
  days?: number;
}

const DAY_MS = 86_400_000;

/**
 * Some period holds at least `atLeast` of the fact's moments: a calendar month or year (as
 * the dates are written), or any window of `days` consecutive days.
 */
export const countInPeriodAtLeast: OperatorFn = (factValue, value) => {
  if (!Array.isArray(factValue) || value === null || typeof value !== 'object') return false;
  const { atLeast, per, days } = value as Partial<CountInPeriod>;
  if (typeof atLeast !== 'number' || !Number.isInteger(atLeast) || atLeast < 1) return false;
  const moments: Moment[] = [];
  for (const item of factValue) {
    const at =
      item !== null && typeof item === 'object' && !(item instanceof Date) ? (item as { at?: unknown }).at : item;
    const moment = momentOf(at);
    if (moment) moments.push(moment);
  }
  if (moments.length < atLeast) return false;
  if (per === 'calendar-month' || per === 'calendar-year') {
    const width = per === 'calendar-month' ? 7 : 4;
    const counts = new Map<string, number>();
    for (const m of moments) {
      const key = m.day.slice(0, width);
      const n = (counts.get(key) ?? 0) + 1;
      if (n >= atLeast) return true;
      counts.set(key, n);
    }
    return false;
  }
  if (per === 'days') {
    if (typeof days !== 'number' || !Number.isInteger(days) || days < 1) return false;
    const times = moments.map((m) => m.ms).sort((x, y) => x - y);
    for (let start = 0, end = 0; start < times.length; start++) {
      while (end < times.length && (times[end] as number) - (times[start] as number) < days * DAY_MS) end++;
      if (end - start >= atLeast) return true;
    }
    return false;
  }
  return false;
};

export const CUSTOM_OPERATOR_FUNCTIONS: Readonly<Record<CustomOperatorName, OperatorFn>> = {
  dateBefore,
  dateAfter,
  dateOnOrBefore,
  dateOnOrAfter,
  containsIgnoreCase,
  isEmpty,
  countInPeriodAtLeast,
};

/** json-rules-engine 7's default operators, copied so the compiled path shares their guards exactly. */
function numberValidator(factValue: unknown): boolean {
  return Number.parseFloat(factValue as string).toString() !== 'NaN';
}
const indexOf = (list: unknown, item: unknown): number => (list as unknown[]).indexOf(item);

export interface BuiltinOperator {
  guard?: (factValue: unknown) => boolean;
  cb: (a: unknown, b: unknown) => boolean;
}

export const BUILTIN_OPERATOR_DEFINITIONS: Readonly<Record<BuiltinOperatorName, BuiltinOperator>> = {
  equal: { cb: (a, b) => a === b },
  notEqual: { cb: (a, b) => a !== b },
  // `in` calls indexOf on the value: a string value matches substrings, a missing one throws
  in: { cb: (a, b) => indexOf(b, a) > -1 },
  notIn: { cb: (a, b) => indexOf(b, a) === -1 },
  contains: { guard: Array.isArray, cb: (a, b) => indexOf(a, b) > -1 },
  doesNotContain: { guard: Array.isArray, cb: (a, b) => indexOf(a, b) === -1 },
  lessThan: { guard: numberValidator, cb: (a, b) => (a as number) < (b as number) },
  lessThanInclusive: { guard: numberValidator, cb: (a, b) => (a as number) <= (b as number) },
  greaterThan: { guard: numberValidator, cb: (a, b) => (a as number) > (b as number) },
  greaterThanInclusive: { guard: numberValidator, cb: (a, b) => (a as number) >= (b as number) },
};

/** The operator a condition names, guard included, as one function; unknown names throw. */
export function operatorNamed(name: string, where?: string): OperatorFn {
  if (Object.hasOwn(CUSTOM_OPERATOR_FUNCTIONS, name)) return CUSTOM_OPERATOR_FUNCTIONS[name as CustomOperatorName];
  if (Object.hasOwn(BUILTIN_OPERATOR_DEFINITIONS, name)) {
    const { guard, cb } = BUILTIN_OPERATOR_DEFINITIONS[name as BuiltinOperatorName];
    return guard ? (a, b) => guard(a) && cb(a, b) : cb;
  }
  throw new UnknownOperatorError(name, where);
}

export function isKnownOperator(name: unknown): name is OperatorName {
  return (
    typeof name === 'string' &&
    (Object.hasOwn(CUSTOM_OPERATOR_FUNCTIONS, name) || Object.hasOwn(BUILTIN_OPERATOR_DEFINITIONS, name))
  );
}

/** Adds Qagida's operators to an engine by name; json-rules-engine keeps its own built-ins. */
export function registerOperators(engine: Engine): void {
  for (const [name, fn] of Object.entries(CUSTOM_OPERATOR_FUNCTIONS)) {
    engine.addOperator(new Operator(name, fn));
  }
}
