import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { DefinitionError } from './types';

/**
 * One Ajv instance per schema: the definition schemas embed recursive parts
 * ($id Condition, Field) that a shared instance would see twice.
 */
export function compileSchema(schema: object): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

/** Ajv's errors as {path, message}, with the pointer on the offending property itself. */
export function toDefinitionErrors(errors: ErrorObject[] | null | undefined, prefix = ''): DefinitionError[] {
  const out: DefinitionError[] = [];
  const seen = new Set<string>();
  for (const error of errors ?? []) {
    const mapped = mapError(error, prefix);
    const key = `${mapped.path}\u0000${mapped.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(mapped);
    }
  }
  return out;
}

function mapError(error: ErrorObject, prefix: string): DefinitionError {
  const at = prefix + error.instancePath;
  switch (error.keyword) {
    case 'required':
      return { path: `${at}/${escapePointer(String(error.params.missingProperty))}`, message: 'is required' };
    case 'additionalProperties':
      return {
        path: `${at}/${escapePointer(String(error.params.additionalProperty))}`,
        message: 'is not a known property here',
      };
    case 'enum':
      return {
        path: at || '/',
        message: `must be one of: ${(error.params.allowedValues as unknown[]).map(String).join(', ')}`,
      };
    default:
      return { path: at || '/', message: error.message ?? error.keyword };
  }
}

export function escapePointer(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}
