import type { FieldOf } from '../../definitions/form';
import { fieldType } from './types';

// Shape only (digits, spaces, brackets, dashes, optional +): which numbers a service accepts is not ours to say.
export const PHONE_PATTERN = '^\\+?[0-9][0-9 ()-]{5,19}$';

/** An e-mail address. */
export const email = fieldType<FieldOf<'email'>>({
  jsonSchema: (_field, { title }) => ({ type: 'string', title, format: 'email' }),
  sample: (_field, { counter }) => `walk${counter.n++}@example.kz`,
});

/** A phone number, typed on a phone's number pad. */
export const phone = fieldType<FieldOf<'phone'>>({
  jsonSchema: (_field, { title }) => ({ type: 'string', title, pattern: PHONE_PATTERN }),
  uiSchema: () => ({ 'ui:options': { inputType: 'tel' } }),
  sample: (_field, { counter }) => `+7 701 234 ${String(1000 + (counter.n++ % 9000))}`,
});
