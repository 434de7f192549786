/** The response schema's top-level properties as rows (name, schema) and the required names, and their writing back. */
export type Schema = Record<string, unknown>;
export type Row = [string, Schema];

export const TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array'] as const;

export function rowsOf(value: Schema): { rows: Row[]; required: Set<string> } {
  const properties = (value.properties ?? {}) as Record<string, Schema>;
  return {
    rows: Object.entries(properties),
    required: new Set(Array.isArray(value.required) ? (value.required as string[]) : []),
  };
}

/** The schema with these rows as its properties; a required name no row has any more is dropped. */
export function withRows(value: Schema, rows: Row[], need: Set<string>): Schema {
  const names = new Set(rows.map(([name]) => name));
  const kept = [...need].filter((n) => names.has(n));
  const { required: _r, properties: _p, ...rest } = value;
  return { ...rest, type: 'object', ...(kept.length ? { required: kept } : {}), properties: Object.fromEntries(rows) };
}

/** Row i renamed: a required property stays required under its new name. */
export function renamed(value: Schema, i: number, name: string): Schema {
  const { rows, required } = rowsOf(value);
  const old = rows[i]?.[0];
  const need = new Set([...required].map((n) => (n === old ? name : n)));
  return withRows(
    value,
    rows.map((r, j) => (j === i ? [name, r[1]] : r)),
    need,
  );
}
