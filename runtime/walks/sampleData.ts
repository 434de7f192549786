import { childFields, isBooleanDetailsField, isFieldOf, isTableField } from '../definitions/fieldGuards';
import type { Field, Form } from '../definitions/types';
import { fieldTypeOf } from '../forms/fieldTypes';
import { isObject, withoutHiddenFields } from '../forms/visibility';

/** A value a walk sets at a JSON pointer into a form's data; EMPTY removes what is there. */
export const EMPTY: unique symbol = Symbol('empty');
export type Override = unknown;

export { SAMPLE_DATE, sampleIin } from '../forms/fieldTypes';

/** A sample value of one field, every field inside it filled too. */
export function sampleValue(field: Field, counter: { n: number }): unknown {
  return fieldTypeOf(field).sample(field, { counter, object: (fields) => sampleObject(fields, counter) });
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
    if (isTableField(found) && /^\d+$/.test(token)) continue;
    if (isBooleanDetailsField(found)) return found;
    found = fields.find((f) => f.key === token);
    if (!found) return undefined;
    fields = childFields(found);
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
  if (isFieldOf(field, 'choice'))
    return field.options?.find((o) => o.value !== other)?.value ?? `${String(other)}-other`;
  if (typeof other === 'number') return other + 1;
  return `${String(other)}-other`;
}
