import { QueryTypes } from 'sequelize';
import type { Db } from '../db/connection';

/** A case in flight as an impact preview reads it: only what the replay needs. */
export interface ReplayRow {
  id: string;
  service: string;
  serviceVersion: number;
  deadlines: { id: string; due: string | null }[];
  pins: { rulesets?: { id: string; version: number }[] } | null;
  replay: Record<string, unknown> | null;
}

interface SqliteConnection {
  all(sql: string, params: unknown[], done: (error: Error | null, rows: Record<string, unknown>[]) => void): void;
}

const parsed = <T>(value: unknown, fallback: T): T =>
  value === null || value === undefined
    ? fallback
    : typeof value === 'string'
      ? (JSON.parse(value) as T)
      : (value as T);

/**
 * Pages through the cases in flight in id order (keyset paging: each page is one indexed range
 * read, however many cases there are), optionally only those on one calendar or whose pins
 * mention an id.
 */
export function caseReplayRepository(db: Db) {
  const postgres = db.sequelize.getDialect() === 'postgres';
  const text = (column: string) => (postgres ? `CAST(${column} AS TEXT)` : column);

  /** SQLite rows straight from the driver: Sequelize's row handling costs more than the read itself. */
  async function select(sql: string, params: unknown[]): Promise<Record<string, unknown>[]> {
    if (postgres) {
      let n = 0;
      return db.sequelize.query<Record<string, unknown>>(
        sql.replace(/\?/g, () => `$${++n}`),
        { type: QueryTypes.SELECT, bind: params },
      );
    }
    const manager = db.sequelize.connectionManager;
    const connection = await manager.getConnection({ type: 'read' });
    try {
      return await new Promise((resolve, reject) =>
        (connection as unknown as SqliteConnection).all(sql, params, (error, rows) =>
          error ? reject(error) : resolve(rows),
        ),
      );
    } finally {
      manager.releaseConnection(connection);
    }
  }

  return {
    async *inFlight(
      filter: { calendarId?: string; mentions?: string },
      pageSize = 20_000,
    ): AsyncGenerator<ReplayRow[], void, undefined> {
      let after = '';
      for (;;) {
        const conditions = [`status = 'in-progress'`, 'id > ?'];
        const params: unknown[] = [after];
        if (filter.calendarId !== undefined) {
          conditions.push('"calendarId" = ?');
          params.push(filter.calendarId);
        }
        if (filter.mentions !== undefined) {
          // a cheap superset (`_` in an id matches any character); the caller checks the pins exactly
          conditions.push(`${text('pins')} LIKE ?`);
          params.push(`%"${filter.mentions}"%`);
        }
        params.push(pageSize);
        const rows = await select(
          `SELECT id, "serviceId", "serviceVersion", deadlines, ${filter.mentions !== undefined ? 'pins' : 'NULL AS pins'}, replay
           FROM cases WHERE ${conditions.join(' AND ')} ORDER BY id LIMIT ?`,
          params,
        );
        if (rows.length === 0) return;
        yield rows.map((r) => ({
          id: String(r.id),
          service: String(r.serviceId),
          serviceVersion: Number(r.serviceVersion),
          deadlines: parsed(r.deadlines, []),
          pins: parsed(r.pins, null),
          replay: parsed(r.replay, null),
        }));
        if (rows.length < pageSize) return;
        after = String(rows[rows.length - 1]?.id);
      }
    },
  };
}
