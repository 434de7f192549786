import { escapeToken } from '../shared/pointer';

export interface Change {
  path: string;
  op: 'add' | 'remove' | 'replace';
  before?: unknown;
  after?: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The changes between two JSON documents, each at its JSON pointer; what publishing would change. */
export function jsonDiff(before: unknown, after: unknown, at = ''): Change[] {
  if (Object.is(before, after)) return [];
  if (before === undefined) return [{ path: at || '/', op: 'add', after }];
  if (after === undefined) return [{ path: at || '/', op: 'remove', before }];
  if (Array.isArray(before) && Array.isArray(after)) {
    const changes: Change[] = [];
    const length = Math.max(before.length, after.length);
    for (let i = 0; i < length; i++) changes.push(...jsonDiff(before[i], after[i], `${at}/${i}`));
    return changes;
  }
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => jsonDiff(before[key], after[key], `${at}/${escapeToken(key)}`));
  }
  return [{ path: at || '/', op: 'replace', before, after }];
}
