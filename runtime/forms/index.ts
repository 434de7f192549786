export { formJsonSchema, isRequired } from './toJsonSchema';
export { formUiSchema, type UiSchema } from './toUiSchema';
export { validateFormData, type DataError } from './validateData';
export { withoutHiddenFields, isFieldVisible } from './visibility';
export { documentsAsked, documentApplies } from './documentsAsked';
export {
  IIN_FORMATS,
  checkDigit,
  isValidIin,
  isValidBin,
  isValidIinOrBin,
  iinProblem,
  binProblem,
  iinOrBinProblem,
} from './iin';
export type { JsonSchema, JsonValue } from './jsonSchema';
export { keywordMessage, keywordRank, quoted, type FailedKeyword } from './dataMessages';
export { initialData, settleData, withoutNulls } from './settle';
export { defaultProblem } from './defaults';
export { listItemField, TIME_PATTERN } from './toJsonSchema';
export { dictionaryIds, withDictionaries, MissingDictionaryError } from './dictionaries';
export {
  computeValues,
  computeField,
  hasComputed,
  birthDateOfIin,
  fullYears,
  tengeOf,
  MRP_DICTIONARY,
} from './computed';
export { failedChecks, type CheckError } from './checks';
