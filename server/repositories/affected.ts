/** Rows affected by an UPDATE, as each dialect reports it (PostgreSQL: rowCount, SQLite: changes). */
export function affected(meta: unknown): number {
  if (typeof meta === 'number') return meta;
  const m = meta as { rowCount?: number; changes?: number } | undefined;
  return m?.rowCount ?? m?.changes ?? 0;
}
