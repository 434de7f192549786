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
  return ajv.compile(hoistSharedSchemas(schema));
}

/**
 * TypeBox inlines a recursive schema (with its $id) wherever it is used; a
 * validator must see each $id once. Moves each to the root's $defs and leaves
 * a $ref in its place. Also used for the OpenAPI document.
 */
export function hoistSharedSchemas(schema: object): object {
  const defs: Record<string, unknown> = {};
  const visit = (node: unknown, isRoot: boolean): unknown => {
    if (Array.isArray(node)) return node.map((n) => visit(n, false));
    if (typeof node !== 'object' || node === null) return node;
    const record = node as Record<string, unknown>;
    const id = record.$id;
    if (typeof id === 'string' && !isRoot) {
      if (!(id in defs)) {
        defs[id] = {};
        defs[id] = visitProperties(record);
      }
      return { $ref: id };
    }
    return visitProperties(record);
  };
  const visitProperties = (record: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(record).map(([k, v]) => [k, visit(v, false)]));
  const root = visit(schema, true) as Record<string, unknown>;
  return Object.keys(defs).length ? { ...root, $defs: { ...(root.$defs as object), ...defs } } : root;
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
