import type { FieldOf } from '../../definitions/form';
import { sampleIin } from './samples';
import { fieldType } from './types';

const TWELVE_DIGITS = '^\\d{12}$';

/**
 * An IIN, a BIN, or either: twelve digits whose check digit the format (iin.ts) verifies, typed on a
 * number pad. The three share everything but the format's name and the sample.
 */
export const idNumber = fieldType<FieldOf<'iin' | 'bin' | 'iin-bin'>>({
  jsonSchema: (field, { title }) => ({ type: 'string', title, format: field.type, pattern: TWELVE_DIGITS }),
  uiSchema: () => ({ 'ui:options': { inputType: 'text', inputMode: 'numeric' } }),
  sample: (field, { counter }) => sampleIin(counter.n++, field.type === 'bin' ? 'bin' : 'iin'),
});
