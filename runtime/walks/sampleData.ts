import RandExp from 'randexp';
import type { Field, Form } from '../definitions/types';
import { checkDigit } from '../forms/iin';
import { isObject, withoutHiddenFields } from '../forms/visibility';

/** A value a walk sets at a JSON pointer into a form's data; EMPTY removes what is there. */
export const EMPTY: unique symbol = Symbol('empty');
export type Override = unknown;

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

/** A text of the field's length bounds, made of letters and digits so it survives HTML escaping as it is. */
function sampleText(field: Field, counter: { n: number }): string {
  if (field.pattern) return fromPattern(field.pattern, counter.n++);
  const base = `Walk ${field.key} ${counter.n++}`;
  const min = field.minLength ?? 0;
  const max = field.maxLength ?? Infinity;
  const long = base.length < min ? base + 'x'.repeat(min - base.length) : base;
  return long.length > max ? long.slice(0, max) : long;
}

function sampleNumber(field: Field): number {
  const min = field.min ?? (field.max !== undefined ? Math.min(field.max, 1) : 1);
  const value = field.type === 'integer' ? Math.ceil(min) : min;
  return field.max !== undefined && value > field.max ? field.max : value;
}

/** A sample value of one field, every field inside it filled too. */
export function sampleValue(field: Field, counter: { n: number }): unknown {
  switch (field.type) {
    case 'text':
    case 'textarea':
      return sampleText(field, counter);
    case 'number':
    case 'integer':
      return sampleNumber(field);
    case 'date':
      return SAMPLE_DATE;
    case 'datetime':
      return `${SAMPLE_DATE}T10:00:00Z`;
    case 'email':
      return `walk${counter.n++}@example.kz`;
    case 'phone':
      return `+7 701 234 ${String(1000 + (counter.n++ % 9000))}`;
    case 'boolean':
      return true;
    case 'boolean-details':
      return { answer: true, details: sampleText({ ...field, pattern: undefined, minLength: 1 }, counter) };
    case 'choice':
      return field.options?.[0]?.value;
    case 'multi-choice':
      return field.options?.[0] ? [field.options[0].value] : [];
    case 'iin':
    case 'iin-bin':
      return sampleIin(counter.n++);
    case 'bin':
      return sampleIin(counter.n++, 'bin');
    case 'file':
      return 'data:application/pdf;base64,JVBERi0xLjQK';
    case 'table': {
      const rows = Math.max(1, field.minRows ?? 0);
      return Array.from({ length: Math.min(rows, field.maxRows ?? rows) }, () =>
        sampleObject(field.fields ?? [], counter),
      );
    }
    case 'section':
      return sampleObject(field.fields ?? [], counter);
    case 'info':
      return undefined;
  }
}

function sampleObject(fields: readonly Field[], counter: { n: number }): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const field of fields) {
    const value = sampleValue(field, counter);
    if (value !== undefined) object[field.key] = value;
  }
  return object;
}

/** The field a JSON pointer into the form's data names (rows of a table by index), if any. */
export function fieldAt(form: Pick<Form, 'fields'>, pointer: string): Field | undefined {
  let fields: readonly Field[] = form.fields;
  let found: Field | undefined;
  for (const token of pointer.split('/').slice(1)) {
    if (found?.type === 'table' && /^\d+$/.test(token)) continue;
    if (found?.type === 'boolean-details') return found;
    found = fields.find((f) => f.key === token);
    if (!found) return undefined;
    fields = found.fields ?? [];
  }
  return found;
}

function setAt(root: Record<string, unknown>, pointer: string, value: unknown): void {
  const tokens = pointer.split('/').slice(1);
  let at: Record<string, unknown> | unknown[] = root;
  tokens.forEach((token, i) => {
    const last = i === tokens.length - 1;
    const key = Array.isArray(at) ? Number(token) : token;
    const container = at as Record<string | number, unknown>;
    if (last) {
      if (value === EMPTY) {
        if (Array.isArray(at)) at.splice(Number(token), 1);
        else delete container[key];
      } else container[key] = value;
      return;
    }
    if (!isObject(container[key]) && !Array.isArray(container[key])) {
      container[key] = /^\d+$/.test(tokens[i + 1] ?? '') ? [] : {};
    }
    at = container[key] as Record<string, unknown>;
  });
}

/**
 * Data for a form that fills every field, with the given values set at their pointers (EMPTY
 * removes one), then the fields their conditions hide dropped. Everything is filled first, so a
 * value set here that shows more fields finds them filled too.
 */
export function sampleFormData(
  form: Form,
  overrides: ReadonlyMap<string, Override> = new Map(),
): Record<string, unknown> {
  const data = sampleObject(form.fields, { n: 1 });
  for (const [pointer, value] of overrides) setAt(data, pointer, value);
  return withoutHiddenFields(form, data) as Record<string, unknown>;
}

/** A sample value for a field that differs from `other` (another option, the other yes/no, …). */
export function valueOtherThan(field: Field | undefined, other: unknown): unknown {
  if (typeof other === 'boolean') return !other;
  if (field?.type === 'choice') return field.options?.find((o) => o.value !== other)?.value ?? `${String(other)}-other`;
  if (typeof other === 'number') return other + 1;
  return `${String(other)}-other`;
}
