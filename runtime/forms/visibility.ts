import type { Field, Form } from '../definitions/types';
import type { ConditionTest, VisibleWhen } from '../definitions/form';
import { childFields } from '../definitions/fieldGuards';

/**
 * Where data lives: object keys, with "[]" for "every row of this table".
 * A field's visibleWhen names a field by dot path from the form root; inside a
 * table row it may instead name a column of the same row.
 */
export type Steps = readonly string[];
export const ROWS = '[]';

/** The steps from the form root to the data the condition reads, and the field it reads. */
export interface ConditionTarget {
  steps: string[];
  field: Field | undefined;
}

/** Resolves a visibleWhen path seen from a field whose parent object is at `parent`. */
export function conditionTarget(form: Form, parent: Steps, when: ConditionTest): ConditionTarget {
  const keys = when.field.split('.');
  const rowStart = parent.lastIndexOf(ROWS);
  if (rowStart >= 0) {
    const rowFields = fieldsAt(form.fields, parent);
    const inRow = findPath(rowFields, keys);
    if (inRow) return { steps: [...parent, ...keys], field: inRow };
  }
  return { steps: keys, field: findPath(form.fields, keys) };
}

/**
 * Whether one test holds on the value of the field it names (its own test only: the `or` alternatives
 * read other fields, see conditionMet). A range compares numbers as numbers and dates/times as ISO text;
 * an empty value or one of another kind is never in a range.
 */
export function conditionHolds(when: ConditionTest, target: Field | undefined, value: unknown): boolean {
  const actual = target?.type === 'boolean-details' && isObject(value) ? value.answer : value;
  if (when.equals !== undefined) return actual === when.equals;
  if (when.in !== undefined) return when.in.some((candidate) => candidate === actual);
  if (when.between !== undefined) return inRange(actual, when.between.min, when.between.max);
  return !isEmpty(actual);
}

function inRange(value: unknown, min: unknown, max: unknown): boolean {
  if (typeof value !== 'number' && typeof value !== 'string') return false;
  if (value === '') return false;
  const sameKind = (bound: unknown) => bound === undefined || typeof bound === typeof value;
  if (!sameKind(min) || !sameKind(max)) return false;
  return (min === undefined || (min as typeof value) <= value) && (max === undefined || value <= (max as typeof value));
}

/**
 * Whether a condition is met: its own test or any `or` alternative, each read as a visibleWhen seen from
 * `parent` (a column of the same row, else a field from the form root).
 */
export function conditionMet(form: Form, parent: Steps, when: VisibleWhen, data: unknown, row?: unknown): boolean {
  return [when, ...(when.or ?? [])].some((test) => {
    const target = conditionTarget(form, parent, test);
    return conditionHolds(test, target.field, readSteps(data, target.steps, parent, row));
  });
}

export function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (isObject(value)) return Object.keys(value).length === 0;
  return false;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The data with the values of hidden fields removed, repeated until stable so
 * that a field hidden behind another hidden field goes too. The schema only
 * checks presence and shape; what a hidden field held must not reach the rules.
 */
export function withoutHiddenFields(form: Form, data: unknown): unknown {
  const root = structuredClone(data);
  for (let round = 0; round < 20; round++) {
    let changed = false;
    const prune = (fields: readonly Field[], parent: string[], object: Record<string, unknown>, rowData: unknown) => {
      for (const field of fields) {
        if (field.type === 'info') continue;
        if (field.visibleWhen && field.key in object) {
          if (!conditionMet(form, parent, field.visibleWhen, root, rowData)) {
            delete object[field.key];
            changed = true;
            continue;
          }
        }
        const inner = object[field.key];
        if (field.type === 'section' && isObject(inner))
          prune(field.fields ?? [], [...parent, field.key], inner, rowData);
        if (field.type === 'table' && Array.isArray(inner)) {
          for (const row of inner) if (isObject(row)) prune(field.fields ?? [], [...parent, field.key, ROWS], row, row);
        }
      }
    };
    if (isObject(root)) prune(form.fields, [], root, undefined);
    if (!changed) break;
  }
  return root;
}

/** Reads the value at `steps`; below a table, from the row being looked at. */
export function readSteps(root: unknown, steps: Steps, parent: Steps = [], row?: unknown): unknown {
  const rowStart = parent.lastIndexOf(ROWS);
  let value: unknown = root;
  let rest = steps;
  if (rowStart >= 0 && steps.length > rowStart && steps.slice(0, rowStart + 1).every((s, i) => s === parent[i])) {
    value = row;
    rest = steps.slice(rowStart + 1);
  }
  for (const step of rest) {
    if (!isObject(value)) return undefined;
    value = Object.hasOwn(value, step) ? value[step] : undefined;
  }
  return value;
}

function findPath(fields: readonly Field[], keys: readonly string[]): Field | undefined {
  let level: readonly Field[] = fields;
  let found: Field | undefined;
  for (const key of keys) {
    found = level.find((f) => f.key === key);
    if (!found) return undefined;
    level = found.type === 'section' ? (found.fields ?? []) : [];
  }
  return found;
}

function fieldsAt(fields: readonly Field[], steps: Steps): readonly Field[] {
  let level = fields;
  for (const step of steps) {
    if (step === ROWS) continue;
    level = childFields(level.find((f) => f.key === step));
  }
  return level;
}

/** Whether a field is shown for the data given (the root of the case data). */
export function isFieldVisible(form: Form, parent: Steps, field: Field, data: unknown, row?: unknown): boolean {
  if (!field.visibleWhen) return true;
  return conditionMet(form, parent, field.visibleWhen, data, row);
}
