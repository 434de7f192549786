import type { RequestHandler } from 'express';
import { escapePointer } from '../../runtime/definitions/ajv';
import { AppError } from '../errors';
import { unstorable, unstorableText } from './storableText';

/** Deeper than any definition or form data needs; deeper bodies only serve to exhaust the stack of recursive code. */
export const MAX_JSON_DEPTH = 64;

/** Keys that reach into prototypes when code copies a body with assignment instead of definition. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Refuses a parsed JSON body nested deeper than MAX_JSON_DEPTH (400), holding a string
 * no database stores faithfully (400, see storableText.ts) or a prototype key (422), before any recursive validator, digest or engine sees it.
 * Walks with its own stack, so the check itself cannot overflow.
 */
export const jsonGuard: RequestHandler = (req, _res, next) => {
  const body: unknown = req.body;
  if (typeof body === 'string') {
    const why = unstorable(body);
    if (why) throw unstorableText('/', why);
  }
  if (body === null || typeof body !== 'object') return next();
  const stack: { value: object; path: string; depth: number }[] = [{ value: body, path: '', depth: 1 }];
  while (stack.length) {
    const { value, path, depth } = stack.pop() as (typeof stack)[number];
    if (depth > MAX_JSON_DEPTH) {
      throw new AppError(400, 'TOO_DEEP', `the request body is nested deeper than ${MAX_JSON_DEPTH} levels`, [
        { path, message: `nested deeper than ${MAX_JSON_DEPTH} levels` },
      ]);
    }
    for (const key of Object.keys(value)) {
      const at = `${path}/${escapePointer(key)}`;
      if (!Array.isArray(value) && PROTOTYPE_KEYS.has(key)) {
        throw new AppError(422, 'INVALID', 'the request body uses a reserved key', [
          { path: at, message: `"${key}" is not allowed as a key` },
        ]);
      }
      const badKey = unstorable(key);
      if (badKey) throw unstorableText(at, `(the key) ${badKey}`);
      const child: unknown = (value as Record<string, unknown>)[key];
      if (typeof child === 'string') {
        const why = unstorable(child);
        if (why) throw unstorableText(at, why);
      }
      if (child !== null && typeof child === 'object') stack.push({ value: child, path: at, depth: depth + 1 });
    }
  }
  next();
};
