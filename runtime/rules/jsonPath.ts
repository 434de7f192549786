const SUBSET = /^\$(\.[A-Za-z0-9_-]+|\[[0-9]+\])*$/;
const SEGMENT = /\.([A-Za-z0-9_-]+)|\[([0-9]+)\]/g;

/** Whether a path is in the subset both evaluation paths read alike. */
export function isSupportedPath(path: string): boolean {
  return SUBSET.test(path);
}

/**
 * A reader for the JSONPath subset conditions may use (`$.a.b`, `$[0]`), following what
 * jsonpath-plus does for it under json-rules-engine: a step is taken only from a truthy value
 * that owns the key (so "abc".length and "abc"[0] resolve, 0 or "" stop), a miss gives undefined.
 */
export function compilePath(path: string): (value: unknown) => unknown {
  if (!SUBSET.test(path)) throw new Error(`unsupported path "${path}": use $.name and $[index] steps`);
  const keys = [...path.matchAll(SEGMENT)].map((m) => (m[1] ?? m[2]) as string);
  if (keys.length === 0) return (value) => value;
  if (keys.length === 1) {
    const [key] = keys as [string];
    return (value) => (value && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined);
  }
  return (value) => {
    let at = value;
    for (const key of keys) {
      if (!at || !Object.hasOwn(at, key)) return undefined;
      at = (at as Record<string, unknown>)[key];
    }
    return at;
  };
}
