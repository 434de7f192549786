import type { ChoiceOption, Computed, Field, FieldDefault, FieldOf, FieldType } from './form';
import type { Static } from '@sinclair/typebox';

/** Whether the field is of one of these types: narrows the Field union to those members. */
export function isFieldOf<T extends FieldType>(field: Field | undefined, ...types: readonly T[]): field is FieldOf<T> {
  return field !== undefined && (types as readonly FieldType[]).includes(field.type);
}

export const isTextField = (f: Field | undefined): f is FieldOf<'text' | 'textarea'> =>
  isFieldOf(f, 'text', 'textarea');
export const isNumberField = (f: Field | undefined): f is FieldOf<'number' | 'integer'> =>
  isFieldOf(f, 'number', 'integer');
export const isChoiceField = (f: Field | undefined): f is FieldOf<'choice' | 'multi-choice'> =>
  isFieldOf(f, 'choice', 'multi-choice');
export const isBooleanField = (f: Field | undefined): f is FieldOf<'boolean' | 'boolean-details'> =>
  isFieldOf(f, 'boolean', 'boolean-details');
export const isBooleanDetailsField = (f: Field | undefined): f is FieldOf<'boolean-details'> =>
  isFieldOf(f, 'boolean-details');
export const isTableField = (f: Field | undefined): f is FieldOf<'table'> => isFieldOf(f, 'table');
export const isSectionField = (f: Field | undefined): f is FieldOf<'section'> => isFieldOf(f, 'section');
/** A section or a table: the fields that hold other fields (a table's are its columns). */
export const isContainerField = (f: Field | undefined): f is FieldOf<'section' | 'table'> =>
  isFieldOf(f, 'section', 'table');
export const isListField = (f: Field | undefined): f is FieldOf<'list'> => isFieldOf(f, 'list');
export const isFileField = (f: Field | undefined): f is FieldOf<'file'> => isFieldOf(f, 'file');

/**
 * The fields inside a section or a table (its columns); none for any other field. Also read on
 * definitions validate() has not accepted yet (the designer's draft), so a container without its
 * fields reads as empty.
 */
export function childFields(field: Field | undefined): readonly Field[] {
  return isContainerField(field) ? (field.fields ?? []) : [];
}

/** A choice's own options; none for a choice from a dictionary (until resolved) or any other field. */
export function optionsOf(field: Field | undefined): readonly Static<typeof ChoiceOption>[] {
  return isChoiceField(field) ? (field.options ?? []) : [];
}

/** The keys of a form as dot paths (section.field), tables as their own path. */
export function fieldPaths(fields: readonly Field[], prefix = ''): Map<string, Field> {
  const paths = new Map<string, Field>();
  for (const field of fields) {
    const path = prefix + field.key;
    paths.set(path, field);
    if (isSectionField(field)) for (const [p, f] of fieldPaths(childFields(field), `${path}.`)) paths.set(p, f);
  }
  return paths;
}

/** How the field's value is computed, for the types that may be (number, integer, date). */
export function computedOf(field: Field | undefined): Computed | undefined {
  return isFieldOf(field, 'number', 'integer', 'date') ? field.computed : undefined;
}

/** The value the field starts with, for the types that take one. */
export function defaultOf(field: Field | undefined): Static<typeof FieldDefault> | undefined {
  return field && 'default' in field ? field.default : undefined;
}

/** The dictionary whose codes are a choice's values, if it has one. */
export function dictionaryOf(field: Field | undefined): string | undefined {
  return isChoiceField(field) ? field.dictionary : undefined;
}

type KeysOf<T> = T extends unknown ? keyof T : never;
type ValueOf<T, K extends PropertyKey> = T extends unknown ? (K extends keyof T ? T[K] : never) : never;

/**
 * Every property some field type takes, each optional: a field built a property at a time (the JSON
 * Schema importer) before its type is settled. What it yields is checked as a Field by validate().
 */
export type FieldDraft = Pick<Field, 'key' | 'label'> & { type: FieldType } & {
  [K in Exclude<KeysOf<Field>, 'key' | 'label' | 'type'>]?: ValueOf<Field, K>;
};
