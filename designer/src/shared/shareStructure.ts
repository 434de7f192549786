/**
 * `next`, reusing every part of `previous` that is deeply equal to it, so an edit to one label
 * leaves every other subtree the same object. @rjsf compares its fields' props deeply and stops
 * at identical references: a schema rebuilt from scratch on each keystroke made it walk them all.
 */
export function shareStructure<T>(previous: unknown, next: T): T {
  if (previous === next || typeof previous !== 'object' || typeof next !== 'object') return next;
  if (previous === null || next === null) return next;
  if (Array.isArray(next)) {
    if (!Array.isArray(previous)) return next;
    const items = next.map((item, i) => shareStructure(previous[i], item));
    return items.length === previous.length && items.every((item, i) => item === previous[i])
      ? (previous as T)
      : (items as T);
  }
  if (Array.isArray(previous)) return next;
  const before = previous as Record<string, unknown>;
  const keys = Object.keys(next);
  let same = keys.length === Object.keys(before).length;
  const merged: Record<string, unknown> = {};
  for (const key of keys) {
    const value = shareStructure(before[key], (next as Record<string, unknown>)[key]);
    merged[key] = value;
    if (value !== before[key] || !(key in before)) same = false;
  }
  return same ? (previous as T) : (merged as T);
}
