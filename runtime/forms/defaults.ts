import type { Field } from '../definitions/types';
import { validateFormData } from './validateData';
import { defaultOf } from '../definitions/fieldGuards';

/**
 * Why a field's default does not fit the field, or undefined when it does. The default is checked
 * by the very validator that checks submitted data, so a default can never be refused on submit.
 */
export function defaultProblem(field: Field): string | undefined {
  const start = defaultOf(field);
  if (start === undefined) return undefined;
  // the field alone, always shown, under a fixed name: only its type, options and limits matter here
  const alone = { ...field, key: 'value', visibleWhen: undefined, required: undefined } as Field;
  const form = { kind: 'form', id: 'default-check', title: { en: 'default' }, fields: [alone] } as const;
  const errors = validateFormData(form as never, { value: start }, 'en');
  return errors.length ? `does not fit the field: ${errors.map((e) => e.message).join('; ')}` : undefined;
}
