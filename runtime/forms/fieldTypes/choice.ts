import type { FieldOf } from '../../definitions/form';
import type { DefinitionError } from '../../definitions/types';
import { resolveLabel, type Language } from '../../i18n';
import type { JsonSchema, JsonSchemaType } from '../jsonSchema';
import { fieldType } from './types';

type ChoiceField = FieldOf<'choice' | 'multi-choice'>;

/** Choices with this many options or fewer show as radio buttons, more as a drop-down. */
const RADIO_LIMIT = 4;

/** The JSON type of a choice's values: text unless the options are numbers or yes/no. */
function choiceType(field: ChoiceField): JsonSchema {
  const types = new Set(
    (field.options ?? []).map((o) =>
      typeof o.value === 'number' ? (Number.isInteger(o.value) ? 'integer' : 'number') : typeof o.value,
    ),
  );
  if (types.has('number')) types.delete('integer');
  const list = [...types] as JsonSchemaType[];
  return { type: list.length === 1 ? list[0] : list.length ? list : 'string' };
}

function options(field: ChoiceField, lang: Language): JsonSchema[] {
  return (field.options ?? []).map((option) => ({ const: option.value, title: resolveLabel(option.label, lang) }));
}

/** Options or a dictionary (exactly one), and no option's value twice. */
function shapeProblems(field: ChoiceField, at: string): DefinitionError[] {
  const errors: DefinitionError[] = [];
  if (!field.options && !field.dictionary)
    errors.push({ path: `${at}/options`, message: `a ${field.type} field needs its options or a dictionary` });
  if (field.options && field.dictionary)
    errors.push({ path: `${at}/dictionary`, message: 'give either options or a dictionary, not both' });
  const seen = new Set<unknown>();
  field.options?.forEach((option, i) => {
    if (seen.has(option.value))
      errors.push({ path: `${at}/options/${i}/value`, message: `duplicate value ${JSON.stringify(option.value)}` });
    seen.add(option.value);
  });
  return errors;
}

/** One of the options (or of a dictionary's codes): radio buttons when few, a drop-down when many. */
export const choice = fieldType<FieldOf<'choice'>>({
  jsonSchema: (field, { title, lang }) => ({ ...choiceType(field), title, oneOf: options(field, lang) }),
  uiSchema: (field) => ({ 'ui:widget': (field.options?.length ?? 0) <= RADIO_LIMIT ? 'radio' : 'select' }),
  sample: (field) => field.options?.[0]?.value,
  shapeProblems,
});

/** Any number of the options, as check boxes; a required one needs at least one ticked. */
export const multiChoice = fieldType<FieldOf<'multi-choice'>>({
  jsonSchema: (field, { title, lang, always }) => ({
    type: 'array',
    title,
    items: { ...choiceType(field), oneOf: options(field, lang) },
    uniqueItems: true,
    ...(always ? { minItems: 1 } : {}),
  }),
  presence: () => ({ minItems: 1 }),
  uiSchema: () => ({ 'ui:widget': 'checkboxes' }),
  sample: (field) => (field.options?.[0] ? [field.options[0].value] : []),
  shapeProblems,
});
