/** One collection of a definition (fields, rules, steps…) and what publishing adds, removes or changes in it. */
export interface CollectionChange {
  /** the property holding the collection, e.g. `fields`, `rules`, `steps`, `documents` */
  collection: string;
  added: string[];
  removed: string[];
  changed: string[];
}

export interface ChangeSummary {
  collections: CollectionChange[];
  /** other top-level properties whose value changes (title, calendar, form…) */
  properties: string[];
}

type Item = Record<string, unknown>;
const isObject = (v: unknown): v is Item => v !== null && typeof v === 'object' && !Array.isArray(v);

/** What names an item of a collection: its id, a form field's key, an event's type. */
function nameOf(item: unknown): string | undefined {
  if (!isObject(item)) return undefined;
  for (const key of ['id', 'key', 'type']) if (typeof item[key] === 'string') return item[key];
  return undefined;
}

const isCollection = (value: unknown): value is Item[] =>
  Array.isArray(value) && value.length > 0 && value.every((item) => nameOf(item) !== undefined);

/** A form's fields by dotted key (sections' and tables' inner fields too), each without its inner fields. */
function flatten(items: readonly Item[], prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const item of items) {
    const name = `${prefix}${nameOf(item) ?? ''}`;
    const { fields, ...own } = item;
    out.set(name, JSON.stringify(own));
    if (Array.isArray(fields)) for (const [k, v] of flatten(fields as Item[], `${name}.`)) out.set(k, v);
  }
  return out;
}

/**
 * What publishing changes, as a person reads it: per named collection the items added, removed and changed
 * (a form's fields by their dotted key, at any depth), and the other properties that change. The raw JSON diff
 * stays one click away for the detail.
 */
export function changeSummary(before: unknown, after: unknown): ChangeSummary {
  const was = isObject(before) ? before : {};
  const now = isObject(after) ? after : {};
  const collections: CollectionChange[] = [];
  const properties: string[] = [];
  for (const key of [...new Set([...Object.keys(was), ...Object.keys(now)])]) {
    if (key === 'version') continue;
    const a = was[key];
    const b = now[key];
    if (isCollection(a) || isCollection(b)) {
      const old = flatten(isCollection(a) ? a : []);
      const next = flatten(isCollection(b) ? b : []);
      const change: CollectionChange = {
        collection: key,
        added: [...next.keys()].filter((k) => !old.has(k)),
        removed: [...old.keys()].filter((k) => !next.has(k)),
        changed: [...next.keys()].filter((k) => old.has(k) && old.get(k) !== next.get(k)),
      };
      if (change.added.length || change.removed.length || change.changed.length) collections.push(change);
    } else if (JSON.stringify(a) !== JSON.stringify(b)) properties.push(key);
  }
  return { collections, properties };
}
