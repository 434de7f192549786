import type { TSchema, Static } from '@sinclair/typebox';
import type { Request } from 'express';
import { compileSchema, toDefinitionErrors } from '../../runtime/definitions/ajv';
import { AppError } from '../errors';

/**
 * A checker for one request body schema, compiled once. The server never trusts
 * the client: every body goes through the same JSON Schema the OpenAPI document shows.
 */
export function bodyOf<S extends TSchema>(schema: S): (req: Request) => Static<S> {
  const validator = compileSchema(schema);
  // a schema with required properties expects a body: a missing one is refused, not read as {}
  const expectsBody = Array.isArray((schema as { required?: unknown }).required);
  return (req) => {
    if (req.body === undefined && expectsBody)
      throw new AppError(400, 'BODY_REQUIRED', 'this request needs a JSON body', [
        { path: '/', message: 'a JSON body is required' },
      ]);
    const body: unknown = req.body ?? {};
    if (!validator(body))
      throw new AppError(422, 'INVALID', 'the request body is not valid', toDefinitionErrors(validator.errors));
    return body as Static<S>;
  };
}

/** A JSON object body, for bodies whose schema depends on the URL (a definition's kind). */
export function objectBody(req: Request): Record<string, unknown> {
  const body: unknown = req.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new AppError(422, 'INVALID', 'the request body must be a JSON object', [
      { path: '/', message: 'must be an object' },
    ]);
  }
  return body as Record<string, unknown>;
}
