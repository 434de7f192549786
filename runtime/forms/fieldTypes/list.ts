import type { Field, FieldOf } from '../../definitions/form';
import { patternProblems } from './text';
import { defined, fieldType } from './types';

type ListField = FieldOf<'list'>;

/** One value of a list: a field of the list's item type with the list's limits, unlabelled. */
export function listItemField(list: ListField): Field {
  const { min, max, minLength, maxLength, pattern } = list;
  // the item takes those of the list's limits its type has; validate() judged them on the list
  return {
    key: list.key,
    type: list.itemType ?? 'text',
    label: list.label,
    ...defined({ min, max, minLength, maxLength, pattern }),
  } as Field;
}

/** Several values of one simple type (several phones, several dates), each with the list's limits. */
export const list = fieldType<ListField>({
  jsonSchema: (field, { title, always, schemaOf }) => ({
    type: 'array',
    title,
    items: schemaOf(listItemField(field)),
    ...defined({ minItems: field.minItems ?? (always ? 1 : undefined), maxItems: field.maxItems }),
  }),
  presence: (field) => ({ minItems: Math.max(1, field.minItems ?? 0) }),
  uiSchema: (field) => ({
    'ui:options': { orderable: false },
    ...(field.itemType === 'time' ? { items: { 'ui:widget': 'time' } } : {}),
    ...(field.itemType === 'phone' ? { items: { 'ui:options': { inputType: 'tel' } } } : {}),
  }),
  // the walks have never filled a list (no shipped form requires one); a sample would change their data
  sample: () => undefined,
  shapeProblems: (field, at) => [
    ...(field.itemType ? [] : [{ path: `${at}/itemType`, message: 'a list needs the type of its values' }]),
    ...patternProblems(field, at),
    ...(field.minItems !== undefined && field.maxItems !== undefined && field.minItems > field.maxItems
      ? [{ path: `${at}/maxItems`, message: 'must not be less than minItems' }]
      : []),
  ],
});
