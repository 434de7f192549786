import type { FieldOf } from '../../definitions/form';
import { fieldType } from './types';

/** An attached file (a data URL until the server stores it); `accept` narrows the chooser. */
export const file = fieldType<FieldOf<'file'>>({
  jsonSchema: (_field, { title }) => ({ type: 'string', title, format: 'data-url' }),
  uiSchema: (field) => (field.accept?.length ? { 'ui:options': { accept: field.accept.join(',') } } : {}),
  sample: () => 'data:application/pdf;base64,JVBERi0xLjQK',
});
