import { escapePointer } from '../../runtime/definitions/ajv';
import type { Ruleset } from '../../runtime/definitions/index';
import { FactName } from '../../runtime/definitions/ruleset';
import type { ErrorDetail } from '../errors';

const FACT_NAME = new RegExp(FactName.pattern as string);

const isPlainObject = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v);

const FITS: Record<string, (v: unknown) => boolean> = {
  string: (v) => typeof v === 'string',
  date: (v) => typeof v === 'string',
  number: (v) => typeof v === 'number' && Number.isFinite(v),
  boolean: (v) => typeof v === 'boolean',
  array: Array.isArray,
  object: isPlainObject,
};

// the engine's operators coerce values with String() and parseFloat(): a JSON object naming these breaks them
const COERCION_KEYS = new Set(['toString', 'valueOf', 'toJSON']);

function coercionKey(value: unknown, path: string): ErrorDetail | undefined {
  const stack: { value: unknown; path: string }[] = [{ value, path }];
  while (stack.length) {
    const next = stack.pop() as { value: unknown; path: string };
    if (next.value === null || typeof next.value !== 'object') continue;
    for (const [key, child] of Object.entries(next.value)) {
      const at = `${next.path}/${escapePointer(key)}`;
      if (!Array.isArray(next.value) && COERCION_KEYS.has(key)) return { path: at, message: `"${key}" is not allowed` };
      stack.push({ value: child, path: at });
    }
  }
  return undefined;
}

/**
 * Facts a caller gives a dry run must have the type the ruleset declares (null: unknown),
 * and the built-in ones theirs, so the engine only ever compares values of the declared kind.
 */
export function checkGivenFacts(ruleset: Pick<Ruleset, 'facts'>, facts: Record<string, unknown>): ErrorDetail[] {
  const declared = new Map<string, string>([
    ['now', 'date'],
    ['channel', 'string'],
    ['events', 'array'],
  ]);
  for (const fact of ruleset.facts) declared.set(fact.id, fact.type);
  const errors: ErrorDetail[] = [];
  for (const [id, value] of Object.entries(facts)) {
    const at = `/facts/${escapePointer(id)}`;
    if (!FACT_NAME.test(id)) {
      errors.push({ path: at, message: 'is not a fact name (a letter, then letters, digits, _ . -)' });
      continue;
    }
    const type = declared.get(id);
    if (value !== null && type !== undefined && !FITS[type]?.(value)) {
      errors.push({ path: at, message: `must be a ${type}, as the ruleset declares` });
      continue;
    }
    const hostile = coercionKey(value, at);
    if (hostile) errors.push(hostile);
  }
  return errors;
}
