import type { Transaction } from 'sequelize';
import type { Db } from './connection';

/** The part of a node-sqlite3 Database the fast path uses. */
interface SqliteConnection {
  all(sql: string, params: unknown[], callback: (error: Error | null, rows: Record<string, unknown>[]) => void): void;
  run(sql: string, params: unknown[], callback: (error: Error | null) => void): void;
}

/**
 * The sqlite3 connection a Sequelize transaction runs on, for the few hot writes (the submit
 * path's update, its case event and its audit entry) that go straight to it: one statement
 * costs ~0.05 ms there and ~0.3–0.5 ms through Sequelize. null on PostgreSQL or without a
 * transaction, where callers keep to Sequelize. The statements still run inside the same
 * transaction, so they commit or roll back with everything else it writes.
 */
export function sqliteConnectionOf(db: Db, t: Transaction | undefined): SqliteConnection | null {
  if (db.dialect !== 'sqlite' || !t) return null;
  const connection = (t as { connection?: Partial<SqliteConnection> }).connection;
  return connection && typeof connection.all === 'function' && typeof connection.run === 'function'
    ? (connection as SqliteConnection)
    : null;
}

/**
 * The connection this process reads on outside transactions (Sequelize's long-lived default
 * one, never inside a transaction: in WAL mode it sees the last commit and never waits for the
 * writer). null on PostgreSQL.
 */
export async function sqliteReader(db: Db): Promise<SqliteConnection | null> {
  if (db.dialect !== 'sqlite') return null;
  const manager = db.sequelize.connectionManager as { getConnection(o: unknown): Promise<unknown> };
  return (await manager.getConnection({ type: 'read' })) as SqliteConnection;
}

export function sqliteAll(
  connection: SqliteConnection,
  sql: string,
  params: unknown[] = [],
): Promise<Record<string, unknown>[]> {
  return new Promise((resolve, reject) => {
    connection.all(sql, params, (error, rows) => (error ? reject(error) : resolve(rows)));
  });
}

export function sqliteRun(connection: SqliteConnection, sql: string, params: unknown[] = []): Promise<void> {
  return new Promise((resolve, reject) => {
    connection.run(sql, params, (error) => (error ? reject(error) : resolve()));
  });
}

/** A Date the way Sequelize writes DATE columns to SQLite, so both read, sort and compare alike. */
export function sqliteDate(date: Date): string {
  return date.toISOString().replace('T', ' ').replace('Z', ' +00:00');
}

/** A column value as Sequelize stores it on SQLite: dates as above, JSON columns as JSON text. */
export function sqliteValue(value: unknown): unknown {
  if (value instanceof Date) return sqliteDate(value);
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value ?? null;
}

/** INSERT … RETURNING * of one row on a transaction's connection. */
export async function sqliteInsert(
  connection: SqliteConnection,
  table: string,
  row: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const columns = Object.keys(row).filter((c) => row[c] !== undefined);
  const [inserted] = await sqliteAll(
    connection,
    `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')}) RETURNING *`,
    columns.map((c) => sqliteValue(row[c])),
  );
  if (!inserted) throw new Error(`INSERT INTO ${table} returned no row`);
  return inserted;
}
