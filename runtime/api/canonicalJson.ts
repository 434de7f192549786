/** JSON with object keys sorted, so equal records always give the same digest. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  const parts: string[] = [];
  write(value, parts);
  return parts.join('');
}

/**
 * canonicalJson's walk, appending to one list instead of building a string per level: every audited
 * write digests the whole record twice (before and after), so this runs on the submit path. Keys
 * sort by UTF-16 code units (the default sort, as `<` compares); undefined members are left out and
 * undefined array items written as null, as JSON.stringify does.
 */
function write(value: unknown, parts: string[]): void {
  if (value === null || typeof value !== 'object') {
    parts.push(value === undefined ? 'null' : JSON.stringify(value));
    return;
  }
  if (value instanceof Date) {
    parts.push(JSON.stringify(value.toISOString()));
    return;
  }
  if (Array.isArray(value)) {
    parts.push('[');
    for (let i = 0; i < value.length; i++) {
      if (i) parts.push(',');
      write(value[i], parts);
    }
    parts.push(']');
    return;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  parts.push('{');
  let first = true;
  for (const key of keys) {
    const item = record[key];
    if (item === undefined) continue;
    parts.push(first ? JSON.stringify(key) + ':' : ',' + JSON.stringify(key) + ':');
    first = false;
    write(item, parts);
  }
  parts.push('}');
}
