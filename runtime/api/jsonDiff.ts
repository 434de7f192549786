import { Type, type Static } from '@sinclair/typebox';
import { escapePointer } from '../definitions/ajv';
import { canonicalJson } from './canonicalJson';

/** One change between two versions of a document, at its JSON pointer (what the diff route answers, what the designer shows). */
export const ChangeSchema = Type.Object({
  path: Type.String(),
  op: Type.Union([Type.Literal('add'), Type.Literal('remove'), Type.Literal('replace')]),
  from: Type.Optional(Type.Unknown()),
  to: Type.Optional(Type.Unknown()),
});
export type Change = Static<typeof ChangeSchema>;

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The changes that turn `a` into `b`, each at a JSON pointer; arrays are compared index by index. */
export function jsonDiff(a: unknown, b: unknown, at = ''): Change[] {
  if (canonicalJson(a) === canonicalJson(b)) return [];
  if (a === undefined) return [{ path: at || '/', op: 'add', to: b }];
  if (b === undefined) return [{ path: at || '/', op: 'remove', from: a }];
  if (isObject(a) && isObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    return keys.flatMap((key) => jsonDiff(a[key], b[key], `${at}/${escapePointer(key)}`));
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const changes: Change[] = [];
    for (let i = 0; i < Math.max(a.length, b.length); i++) changes.push(...jsonDiff(a[i], b[i], `${at}/${i}`));
    return changes;
  }
  return [{ path: at || '/', op: 'replace', from: a, to: b }];
}
