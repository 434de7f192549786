export * from './types';
export { SCHEMAS, KINDS, isKind, type Kind } from './kinds';
export { validate, isValid } from './validate';
export { crossCheck, CASE_EVENTS, missingFields } from './crossCheck';
export { fieldPaths, BUILTIN_FACTS, factsOf } from './shape';
export { OPERATORS, BUILTIN_OPERATORS, CUSTOM_OPERATORS } from './condition';
export { FIELD_TYPES } from './form';
export { DURATION_UNITS } from './common';
export { OUTCOMES, STEP_TYPES } from './process';
