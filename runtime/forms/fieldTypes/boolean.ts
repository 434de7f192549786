import type { FieldOf } from '../../definitions/form';
import { resolveLabel } from '../../i18n';
import { isObject } from '../visibility';
import { sampleText } from './samples';
import { fieldType, type UiSchema } from './types';

/** Yes or no, as two inline radio buttons. */
export const boolean = fieldType<FieldOf<'boolean'>>({
  jsonSchema: (_field, { title }) => ({ type: 'boolean', title }),
  uiSchema: (_field, { yesNo }) => ({ ...yesNo }),
  sample: () => true,
});

/** Yes or no with details, required for the answer `details.requiredWhen` (if given). */
export const booleanDetails = fieldType<FieldOf<'boolean-details'>>({
  jsonSchema: (field, { title, lang }) => ({
    type: 'object',
    title,
    properties: {
      answer: { type: 'boolean', title },
      details: { type: 'string', title: resolveLabel(field.details.label, lang) },
    },
    required: ['answer'],
    additionalProperties: false,
    ...(field.details.requiredWhen === undefined
      ? {}
      : {
          if: { properties: { answer: { const: field.details.requiredWhen } }, required: ['answer'] },
          then: { properties: { details: { minLength: 1 } }, required: ['details'] },
        }),
  }),
  uiSchema: (field, { value, yesNo }) => {
    const answer = isObject(value) ? value.answer : undefined;
    const requiredWhen = field.details.requiredWhen;
    const details: UiSchema = { 'ui:widget': 'textarea' };
    // The details matter only for the answer that requires them; hide them for the other answer.
    if (requiredWhen !== undefined && typeof answer === 'boolean' && answer !== requiredWhen)
      details['ui:widget'] = 'hidden';
    return { 'ui:order': ['answer', 'details'], answer: { ...yesNo, 'ui:label': false }, details };
  },
  sample: (field, { counter }) => ({ answer: true, details: sampleText({ key: field.key, minLength: 1 }, counter) }),
  inside: (_field, rest) => rest.length === 1 && (rest[0] === 'answer' || rest[0] === 'details'),
});
