import { Field, type FieldOf, type FieldType } from '../../definitions/form';
import { boolean, booleanDetails } from './boolean';
import { choice, multiChoice } from './choice';
import { email, phone } from './contact';
import { info, section, table } from './containers';
import { date, datetime, time } from './dates';
import { file } from './file';
import { idNumber } from './idNumber';
import { list } from './list';
import { number } from './number';
import { text, textarea } from './text';
import type { FieldTypeModule } from './types';

export type { FieldTypeModule, Inner, SampleContext, SchemaContext, UiContext, UiSchema } from './types';
export { listItemField } from './list';
export { TIME_PATTERN } from './dates';
export { SAMPLE_DATE, sampleIin } from './samples';

/** Every field type's module: what its schema, uiSchema, shape rules, sample and readable paths are. */
export const FIELD_TYPE_MODULES: { readonly [T in FieldType]: FieldTypeModule<FieldOf<T>> } = {
  text,
  textarea,
  number,
  integer: number,
  date,
  datetime,
  time,
  email,
  phone,
  boolean,
  'boolean-details': booleanDetails,
  choice,
  'multi-choice': multiChoice,
  iin: idNumber,
  bin: idNumber,
  'iin-bin': idNumber,
  file,
  table,
  list,
  section,
  info,
};

/** The module of a field's type. */
export function fieldTypeOf<F extends Field>(field: F): FieldTypeModule<F> {
  // the registry's key is the member's own type: the module found takes exactly this field
  return FIELD_TYPE_MODULES[field.type] as FieldTypeModule<F>;
}

/** The properties each field type takes, read from the Field union's members (written once, there). */
const PROPERTIES = new Map<string, ReadonlySet<string>>(
  (Field.anyOf as readonly { properties: Record<string, { const?: string }> }[]).map((member) => [
    member.properties.type?.const ?? '',
    new Set(Object.keys(member.properties)),
  ]),
);

/** Whether a field of this type may carry the property (the designer shows only those editors). */
export const fieldTypeAllows = (type: string, property: string): boolean =>
  PROPERTIES.get(type)?.has(property) ?? false;
