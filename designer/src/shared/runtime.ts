/** The runtime the designer previews with: the same code the server runs. */
export {
  validate,
  OPERATORS,
  FIELD_TYPES,
  DURATION_UNITS,
  BUILTIN_FACTS,
  KINDS,
  OUTCOMES,
  STEP_TYPES,
} from '../../../runtime/definitions';
export type * from '../../../runtime/definitions/types';
export {
  formJsonSchema,
  formUiSchema,
  IIN_FORMATS,
  withoutHiddenFields,
  keywordMessage,
  keywordRank,
  quoted,
} from '../../../runtime/forms';
export { resolveLabel, type Language } from '../../../runtime/i18n';
export { calendarFor, dueDate, WorkingCalendar } from '../../../runtime/calendar';
export { evaluateFacts, evaluate, type Evaluation } from '../../../runtime/rules';
export { renderDocument, renderDocumentPage, type RenderInput } from '../../../runtime/documents';
