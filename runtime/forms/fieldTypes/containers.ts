import type { FieldOf } from '../../definitions/form';
import { defined, fieldType } from './types';

/** Fields grouped under a heading; its data is an object of theirs. */
export const section = fieldType<FieldOf<'section'>>({
  jsonSchema: (field, { title, object }) => ({ title, ...object(field.fields, 'own') }),
  uiSchema: (field, { object }) => object(field.fields, 'own'),
  sample: (field, { object }) => object(field.fields),
  inside: () => false, // a section's fields are paths of their own (fieldPaths)
});

/** Rows of the same columns (its fields); a required table needs a row. */
export const table = fieldType<FieldOf<'table'>>({
  jsonSchema: (field, { title, always, object }) => ({
    type: 'array',
    title,
    items: object(field.fields, 'rows'),
    ...defined({ minItems: field.minRows ?? (always ? 1 : undefined), maxItems: field.maxRows }),
  }),
  presence: (field) => ({ minItems: Math.max(1, field.minRows ?? 0) }),
  uiSchema: (field, { value, object }) => {
    // rjsf takes one uiSchema for every row; visibility inside rows is judged on the first row given.
    const first: unknown = Array.isArray(value) ? value[0] : undefined;
    return { items: object(field.fields, 'rows', first), 'ui:options': { orderable: false } };
  },
  sample: (field, { object }) => {
    const rows = Math.max(1, field.minRows ?? 0);
    return Array.from({ length: Math.min(rows, field.maxRows ?? rows) }, () => object(field.fields));
  },
  // a column, read in every row
  inside: (field, rest) => rest.every((key) => field.fields.some((column) => column.key === key)),
});

/** Text shown between fields; it holds no data. */
export const info = fieldType<FieldOf<'info'>>({
  jsonSchema: () => ({}),
  sample: () => undefined,
});
