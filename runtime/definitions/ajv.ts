import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { DefinitionError } from './types';

/**
 * One Ajv instance per schema: the definition schemas embed recursive parts
 * ($id Condition, Field) that a shared instance would see twice.
 */
export function compileSchema(schema: object): ValidateFunction {
  // verbose: an error carries its schema, so an unknown field property can name the field's type
  const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true, discriminator: true, verbose: true });
  addFormats(ajv);
  return ajv.compile(discriminated(hoistSharedSchemas(schema)) as object);
}

/**
 * A JSON Schema someone else wrote (a connector's response schema, as a register publishes it),
 * compiled as the standard reads it: `discriminator` and `keyedBy`, which compileSchema reads in
 * Qagida's own schemas, are only annotations there, and an anyOf stays an anyOf.
 */
export function compileForeignSchema(schema: object): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
  addFormats(ajv);
  return ajv.compile(hoistSharedSchemas(schema));
}

/**
 * TypeBox writes a union as anyOf; ajv reads a discriminator only beside oneOf. A union whose
 * members are told apart by a literal property (Field by `type`) is the same as oneOf, and with the
 * discriminator ajv checks only the member the value names: its errors point at the value's own
 * property instead of "must match a schema in anyOf".
 */
function discriminated(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(discriminated);
  if (typeof node !== 'object' || node === null) return node;
  const { anyOf, ...rest } = node as Record<string, unknown>;
  const mapped = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, discriminated(v)]));
  if (anyOf === undefined) return mapped;
  if (Array.isArray(rest.keyedBy)) return keyedChain(mapped, discriminated(anyOf) as unknown[]);
  return rest.discriminator ? { ...mapped, oneOf: discriminated(anyOf) } : { ...mapped, anyOf: discriminated(anyOf) };
}

/**
 * A union whose members are told apart by which key they carry (Condition: all, any, not, fact or
 * condition; `keyedBy` lists each member's key) as an if/then chain: a node with exactly one of the
 * keys is checked against that member only; with none or several it gets the union's `keyedMessage`
 * at its own pointer, once, instead of every member's failure.
 */
function keyedChain(union: Record<string, unknown>, members: unknown[]): Record<string, unknown> {
  const { keyedBy, keyedMessage, ...rest } = union;
  const keys = keyedBy as string[];
  const refuse = { not: {}, keyedMessage };
  const has = (key: string) => ({ type: 'object', required: [key] });
  const chain = (i: number): object => {
    // past the last key: an object carries none of them; anything else is not an object
    if (i === keys.length) return { if: { type: 'object' }, then: refuse, else: { type: 'object' } };
    const others = keys.filter((_, j) => j !== i).map(has);
    return {
      if: has(keys[i] as string),
      then: { if: { anyOf: others }, then: refuse, else: members[i] },
      else: chain(i + 1),
    };
  };
  return { ...rest, ...chain(0) };
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
    // an if/then chain's failure is said by the failing branch's own errors
    if (error.keyword === 'if') continue;
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
    case 'additionalProperties': {
      const fieldType = (error.parentSchema as { fieldType?: string } | undefined)?.fieldType;
      return {
        path: `${at}/${escapePointer(String(error.params.additionalProperty))}`,
        message: fieldType
          ? `does not apply to a field of type "${fieldType}"`
          : (additionalPropertyMessage(error) ?? 'is not a known property here'),
      };
    }
    case 'not': {
      const keyed = (error.parentSchema as { keyedMessage?: string } | undefined)?.keyedMessage;
      return { path: at || '/', message: keyed ?? error.message ?? error.keyword };
    }
    case 'discriminator':
      return discriminatorError(error, at);
    case 'enum':
      return {
        path: at || '/',
        message: `must be one of: ${(error.params.allowedValues as unknown[]).map(String).join(', ')}`,
      };
    default:
      return { path: at || '/', message: error.message ?? error.keyword };
  }
}

/** What a schema says of a property it does not take (a reference to a named condition takes only the name). */
function additionalPropertyMessage(error: ErrorObject): string | undefined {
  return (error.parentSchema as { additionalPropertyMessage?: string } | undefined)?.additionalPropertyMessage;
}

export function escapePointer(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** A union member's tag missing, or naming no member: said as the tag's own error. */
function discriminatorError(error: ErrorObject, at: string): DefinitionError {
  const { tag, tagValue } = error.params as { tag: string; tagValue?: unknown };
  const path = `${at}/${escapePointer(tag)}`;
  if (tagValue === undefined) return { path, message: 'is required' };
  const members = ((error.parentSchema as { oneOf?: { properties?: Record<string, { const?: unknown }> }[] })?.oneOf ??
    []) as { properties?: Record<string, { const?: unknown }> }[];
  const allowed = members.map((m) => m.properties?.[tag]?.const).filter((v) => v !== undefined);
  return { path, message: `must be one of: ${allowed.map(String).join(', ')}` };
}
