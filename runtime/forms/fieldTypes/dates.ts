import type { FieldOf } from '../../definitions/form';
import { SAMPLE_DATE } from './samples';
import { fieldType } from './types';

// hours and minutes, seconds optional: rjsf's time input sends "HH:MM:00", people type "HH:MM"
export const TIME_PATTERN = '^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$';

/** A calendar date (ISO yyyy-mm-dd); it may be computed as a due date. */
export const date = fieldType<FieldOf<'date'>>({
  jsonSchema: (_field, { title }) => ({ type: 'string', title, format: 'date' }),
  sample: () => SAMPLE_DATE,
});

/** A moment: date and time (ISO). */
export const datetime = fieldType<FieldOf<'datetime'>>({
  jsonSchema: (_field, { title }) => ({ type: 'string', title, format: 'date-time' }),
  sample: () => `${SAMPLE_DATE}T10:00:00Z`,
});

/** A time of day, hours and minutes. */
export const time = fieldType<FieldOf<'time'>>({
  jsonSchema: (_field, { title }) => ({ type: 'string', title, pattern: TIME_PATTERN }),
  uiSchema: () => ({ 'ui:widget': 'time' }),
  // the walks have never filled a time (no shipped form requires one); a sample would change their data
  sample: () => undefined,
});
