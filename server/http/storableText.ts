import type { RequestHandler } from 'express';
import { escapePointer } from '../../runtime/definitions/ajv';
import { AppError } from '../errors';

/** Longer than any field, label or template needs; longer strings only serve to fill the database and the log. */
export const MAX_STRING_LENGTH = 200_000;

/**
 * Characters a database does not keep as JavaScript holds them: NUL (PostgreSQL refuses it,
 * SQLite cuts text at it), lone surrogates (both store U+FFFD instead, so the audit hash of
 * what was sent no longer matches what was stored) and the Unicode non-characters.
 */
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const UNSTORABLE = /[\u0000\p{Cs}\p{Noncharacter_Code_Point}]/u;

/** Why a string cannot be stored faithfully, or null when it can. */
export function unstorable(text: string): string | null {
  if (text.length > MAX_STRING_LENGTH) return `is longer than ${MAX_STRING_LENGTH} characters`;
  const found = UNSTORABLE.exec(text);
  if (!found) return null;
  const code = found[0].codePointAt(0) as number;
  const name = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (code === 0) return 'holds a NUL character (U+0000)';
  if (code >= 0xd800 && code <= 0xdfff) return `holds a lone surrogate (${name}): not valid Unicode`;
  return `holds the non-character ${name}`;
}

export function unstorableText(path: string, message: string): AppError {
  return new AppError(400, 'UNSTORABLE_TEXT', `text that cannot be stored faithfully: ${path} ${message}`, [
    { path, message },
  ]);
}

/** Throws 400 naming the first string (or key) in a value that cannot be stored faithfully. */
export function assertStorable(value: unknown, at = ''): void {
  const stack: { value: unknown; path: string }[] = [{ value, path: at }];
  while (stack.length) {
    const { value: item, path } = stack.pop() as (typeof stack)[number];
    if (typeof item === 'string') {
      const why = unstorable(item);
      if (why) throw unstorableText(path || '/', why);
    } else if (item !== null && typeof item === 'object') {
      for (const [key, child] of Object.entries(item)) {
        const here = `${path}/${escapePointer(key)}`;
        const why = unstorable(key);
        if (why) throw unstorableText(here, `(the key) ${why}`);
        stack.push({ value: child, path: here });
      }
    }
  }
}

/**
 * Refuses a request whose path or query string cannot be stored faithfully (400) before any
 * route sees it: percent-encoding that is not UTF-8 (a lone surrogate's bytes), NUL, non-characters.
 */
export const storableUrl: RequestHandler = (req, _res, next) => {
  const mark = req.originalUrl.indexOf('?');
  const rawPath = mark < 0 ? req.originalUrl : req.originalUrl.slice(0, mark);
  const rawQuery = mark < 0 ? '' : req.originalUrl.slice(mark + 1);
  for (const [part, raw] of [
    ['the path', rawPath],
    ['the query string', rawQuery.replace(/\+/g, ' ')],
  ] as const) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      throw new AppError(400, 'UNSTORABLE_TEXT', `${part} is not valid UTF-8 percent-encoding`, [
        { path: part === 'the path' ? '/path' : '/query', message: 'is not valid UTF-8 percent-encoding' },
      ]);
    }
    const why = unstorable(decoded);
    if (why) throw unstorableText(part === 'the path' ? '/path' : '/query', why);
  }
  next();
};
