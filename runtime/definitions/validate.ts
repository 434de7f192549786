import type { ValidateFunction } from 'ajv';
import { compileSchema, toDefinitionErrors } from './ajv';
import { KINDS, SCHEMAS, isKind, type Kind } from './kinds';
import { checkShape } from './shape';
import { checkConnector, checkPrefillFields } from './connectorShape';
import type { Definition, DefinitionError } from './types';

const validators = new Map<Kind, ValidateFunction>();

function validatorFor(kind: Kind): ValidateFunction {
  let validator = validators.get(kind);
  if (!validator) {
    validator = compileSchema(SCHEMAS[kind]);
    validators.set(kind, validator);
  }
  return validator;
}

/**
 * Checks one definition against the schema of its kind, then the rules a schema
 * cannot say (unique ids, the shape of a deadline, the references in a condition). Returns every problem; none means valid.
 */
export function validate(definition: unknown): DefinitionError[] {
  if (typeof definition !== 'object' || definition === null || Array.isArray(definition)) {
    return [{ path: '/', message: 'a definition must be a JSON object' }];
  }
  const kind = (definition as { kind?: unknown }).kind;
  if (!isKind(kind)) {
    return [{ path: '/kind', message: `must be one of: ${KINDS.join(', ')}` }];
  }
  const validator = validatorFor(kind);
  if (!validator(definition)) return toDefinitionErrors(validator.errors);
  const valid = definition as Definition;
  const more =
    valid.kind === 'connector' ? checkConnector(valid) : valid.kind === 'form' ? checkPrefillFields(valid) : [];
  return [...checkShape(valid), ...more];
}

export function isValid(definition: unknown): definition is Definition {
  return validate(definition).length === 0;
}
