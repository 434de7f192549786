import type { Field, Form } from '../definitions/types';
import { ROWS, isEmpty, isFieldVisible, isObject, withoutHiddenFields, type Steps } from './visibility';
import { defaultOf, isSectionField } from '../definitions/fieldGuards';

/**
 * What a case's data means, made explicit:
 * - a field that was not asked (hidden by its visibleWhen) is absent from the data;
 * - a field that was asked and left empty is present with the value null;
 * - anything else holds what the person gave.
 * Rules and documents can then tell "not asked" from "left empty".
 */

/** The data a new case starts with: each field's default, sections holding their fields' defaults. */
export function initialData(form: Form): Record<string, unknown> {
  return defaultsOf(form.fields);
}

function defaultsOf(fields: readonly Field[]): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const field of fields) {
    const start = defaultOf(field);
    if (isSectionField(field)) {
      const inner = defaultsOf(field.fields);
      if (Object.keys(inner).length) data[field.key] = inner;
    } else if (start !== undefined) data[field.key] = structuredClone(start);
  }
  return data;
}

/**
 * The data as it is stored on submit: hidden fields removed, asked-but-empty fields set to null
 * (an empty text, an empty list and a missing value alike). Only call it on data that validates.
 */
export function settleData(form: Form, data: unknown): Record<string, unknown> {
  const visible = withoutHiddenFields(form, data);
  const root = isObject(visible) ? visible : {};
  settle(form, form.fields, [], root, root, undefined);
  return root;
}

function settle(
  form: Form,
  fields: readonly Field[],
  at: Steps,
  object: Record<string, unknown>,
  root: Record<string, unknown>,
  row: unknown,
): void {
  for (const field of fields) {
    if (field.type === 'info') continue;
    if (!isFieldVisible(form, at, field, root, row)) continue;
    const value = object[field.key];
    if (field.type === 'section') {
      const inner = isObject(value) ? value : {};
      object[field.key] = inner;
      settle(form, field.fields ?? [], [...at, field.key], inner, root, row);
    } else if (field.type === 'table' && Array.isArray(value) && value.length) {
      for (const r of value) if (isObject(r)) settle(form, field.fields ?? [], [...at, field.key, ROWS], r, root, r);
    } else if (isEmpty(value)) object[field.key] = null;
  }
}

/**
 * The data as the validator sees it: a null is "asked and left empty", which for validation is the
 * same as absent (a required field is then missing, an optional one is fine).
 */
export function withoutNulls(data: unknown): unknown {
  if (Array.isArray(data)) return data.map(withoutNulls);
  if (!isObject(data)) return data;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) if (value !== null) out[key] = withoutNulls(value);
  return out;
}
