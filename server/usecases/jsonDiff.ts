import { escapePointer } from '../../runtime/definitions/ajv';
import { canonicalJson } from '../digest';

export interface Change {
  path: string;
  op: 'add' | 'remove' | 'replace';
  from?: unknown;
  to?: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The changes that turn `a` into `b`, each at a JSON pointer; arrays are compared index by index. */
export function jsonDiff(a: unknown, b: unknown, at = ''): Change[] {
  if (canonicalJson(a) === canonicalJson(b)) return [];
  if (isObject(a) && isObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    return keys.flatMap((key) => {
      const path = `${at}/${escapePointer(key)}`;
      if (!(key in a)) return [{ path, op: 'add' as const, to: b[key] }];
      if (!(key in b)) return [{ path, op: 'remove' as const, from: a[key] }];
      return jsonDiff(a[key], b[key], path);
    });
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const changes: Change[] = [];
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const path = `${at}/${i}`;
      if (i >= a.length) changes.push({ path, op: 'add', to: b[i] });
      else if (i >= b.length) changes.push({ path, op: 'remove', from: a[i] });
      else changes.push(...jsonDiff(a[i], b[i], path));
    }
    return changes;
  }
  return [{ path: at || '/', op: 'replace', from: a, to: b }];
}
