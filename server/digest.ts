import { createHash } from 'node:crypto';
import { canonicalJson } from '../runtime/api/canonicalJson';

export { canonicalJson } from '../runtime/api/canonicalJson';

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The SHA-256 of a record's canonical JSON; null for a record that does not exist. */
export function digest(record: unknown): string | null {
  return record === null || record === undefined ? null : sha256(canonicalJson(record));
}
