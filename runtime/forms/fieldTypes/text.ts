import type { FieldOf } from '../../definitions/form';
import { patternProblem } from '../../definitions/patterns';
import type { DefinitionError } from '../../definitions/types';
import { sampleText } from './samples';
import { defined, fieldType } from './types';

type TextField = FieldOf<'text' | 'textarea'>;

/** A pattern that compiles, and that matches in the way browsers and ajv both read it. */
export function patternProblems(field: { pattern?: string }, at: string): DefinitionError[] {
  const problem = field.pattern === undefined ? undefined : patternProblem(field.pattern);
  return problem ? [{ path: `${at}/pattern`, message: problem }] : [];
}

const presence = (field: TextField) => ({ minLength: Math.max(1, field.minLength ?? 0) });

/** One line of text; its pattern, if any, is a regular expression the value must match. */
export const text = fieldType<FieldOf<'text'>>({
  jsonSchema: (field, { title, always }) => ({
    type: 'string',
    title,
    ...defined({ minLength: field.minLength, maxLength: field.maxLength, pattern: field.pattern }),
    ...(always ? presence(field) : {}),
  }),
  presence,
  sample: (field, { counter }) => sampleText(field, counter),
  shapeProblems: patternProblems,
});

/** Several lines of text (a description, an address as written). */
export const textarea = fieldType<FieldOf<'textarea'>>({
  jsonSchema: (field, { title, always }) => ({
    type: 'string',
    title,
    ...defined({ minLength: field.minLength, maxLength: field.maxLength }),
    ...(always ? presence(field) : {}),
  }),
  presence,
  uiSchema: () => ({ 'ui:widget': 'textarea' }),
  sample: (field, { counter }) => sampleText(field, counter),
});
