import type { Transaction } from 'sequelize';
import type { Db } from './connection';

/** The part of a node-sqlite3 Database the fast path uses. */
interface SqliteConnection {
  all(sql: string, params: unknown[], callback: (error: Error | null, rows: Record<string, unknown>[]) => void): void;
  run(sql: string, params: unknown[], callback: (error: Error | null) => void): void;
  exec(sql: string, callback: (error: Error | null) => void): void;
}

/**
 * The sqlite3 connection a Sequelize transaction runs on, for the few hot writes (the submit
 * path's update, its case event and its audit entry) that go straight to it: one statement
 * costs ~0.05 ms there and ~0.3–0.5 ms through Sequelize. null on PostgreSQL or without a
 * transaction, where callers keep to Sequelize. The statements still run inside the same
 * transaction, so they commit or roll back with everything else it writes.
 */
/**
 * The connections transactions ran on (on SQLite: the one writer), where statements are kept prepared.
 * Not the shared reader: concurrent requests' reads would queue behind one another on one prepared
 * statement, where unprepared ones interleave (measured: the submit load went slower with them).
 */
const transactional = new WeakSet<object>();

export function sqliteConnectionOf(db: Db, t: Transaction | undefined): SqliteConnection | null {
  if (db.dialect !== 'sqlite' || !t) return null;
  const connection = (t as { connection?: Partial<SqliteConnection> }).connection;
  if (connection) transactional.add(connection);
  return connection &&
    typeof connection.all === 'function' &&
    typeof connection.run === 'function' &&
    typeof connection.exec === 'function'
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

/** A prepared statement of node-sqlite3, run again and again with new parameters. */
interface SqliteStatement {
  all(params: unknown[], callback: (error: Error | null, rows: Record<string, unknown>[]) => void): void;
  run(params: unknown[], callback: (error: Error | null) => void): void;
  finalize(callback?: () => void): void;
}

type Preparing = SqliteConnection & {
  prepare?(sql: string, callback: (error: Error | null) => void): SqliteStatement;
  close?(callback?: (error: Error | null) => void): unknown;
};

/** The most statements kept prepared per connection: the submit path's are a handful, other moves a few more. */
const PREPARED_MAX = 64;
/** Only reads and writes of rows are kept (no DDL, no transaction control), and no giant multi-row batches. */
const KEEPABLE = /^\s*(?:SELECT|INSERT|UPDATE|DELETE|WITH)\b/i;
const KEEPABLE_LENGTH = 4_000;
/** A connection's prepared statements by SQL text (null while one is being prepared), and what waits to close it. */
interface Prepared {
  statements: Map<string, SqliteStatement | null>;
  preparing: number;
  /** set once close() was called: runs when nothing is being prepared any more */
  closing?: () => void;
}
const preparedOf = new WeakMap<object, Prepared>();

/**
 * A statement this connection has run successfully before, kept prepared. `connection.all(sql)`
 * prepares, runs and finalizes: three trips to libuv's threads and back through the event loop,
 * where a prepared statement takes one (~100 µs instead of ~350 µs a statement on a busy loop,
 * and a submit runs several, one after another, on the one writer). A statement enters the cache
 * only once it ran and prepared without error, so a bad statement never sits in it; the cached
 * ones are finalized before the connection closes (SQLite refuses to close over live statements).
 * node-sqlite3 runs `all` and `run` to SQLITE_DONE, which ends the statement's read of the database.
 */
function preparedStatement(connection: Preparing, sql: string): SqliteStatement | undefined {
  return preparedOf.get(connection)?.statements.get(sql) ?? undefined;
}

function preparedCache(connection: Preparing & { close(callback?: (error: Error | null) => void): unknown }) {
  const prepared: Prepared = { statements: new Map(), preparing: 0 };
  preparedOf.set(connection, prepared);
  const close = connection.close.bind(connection);
  connection.close = (callback?: (error: Error | null) => void) => {
    prepared.closing = () => {
      const open = [...prepared.statements.values()].filter((s): s is SqliteStatement => s !== null);
      prepared.statements.clear();
      let left = open.length;
      if (left === 0) return void close(callback);
      for (const statement of open) statement.finalize(() => void (--left === 0 && close(callback)));
    };
    if (prepared.preparing === 0) prepared.closing();
    return connection;
  };
  return prepared;
}

function keepPrepared(connection: Preparing, sql: string): void {
  if (!transactional.has(connection)) return;
  if (typeof connection.prepare !== 'function' || typeof connection.close !== 'function') return;
  if (sql.length > KEEPABLE_LENGTH || !KEEPABLE.test(sql)) return;
  const prepared =
    preparedOf.get(connection) ??
    preparedCache(connection as Preparing & { close(callback?: (error: Error | null) => void): unknown });
  const { statements } = prepared;
  if (prepared.closing || statements.has(sql)) return;
  if (statements.size >= PREPARED_MAX) {
    const [oldest, statement] = statements.entries().next().value as [string, SqliteStatement | null];
    statements.delete(oldest);
    statement?.finalize();
  }
  statements.set(sql, null);
  prepared.preparing++;
  const statement = connection.prepare(sql, (error) => {
    prepared.preparing--;
    if (error || prepared.closing || statements.get(sql) !== null) {
      if (statements.get(sql) === null) statements.delete(sql);
      statement.finalize(() => {
        if (prepared.closing && prepared.preparing === 0) prepared.closing();
      });
    } else statements.set(sql, statement);
  });
}

/**
 * The rows a statement returns. `R` is the row the caller's SQL selects (as `rawAll` says for Sequelize):
 * the driver's own type knows only `Record<string, unknown>`.
 */
export function sqliteAll<R extends object = Record<string, unknown>>(
  connection: SqliteConnection,
  sql: string,
  params: unknown[] = [],
): Promise<R[]> {
  const statement = preparedStatement(connection, sql);
  return new Promise((resolve, reject) => {
    const done = (error: Error | null, rows: Record<string, unknown>[]) => {
      if (error) return reject(error);
      if (!statement) keepPrepared(connection, sql);
      resolve(rows as R[]);
    };
    if (statement) statement.all(params, done);
    else connection.all(sql, params, done);
  });
}

export function sqliteRun(connection: SqliteConnection, sql: string, params: unknown[] = []): Promise<void> {
  const statement = preparedStatement(connection, sql);
  return new Promise((resolve, reject) => {
    const done = (error: Error | null) => {
      if (error) return reject(error);
      if (!statement) keepPrepared(connection, sql);
      resolve();
    };
    if (statement) statement.run(params, done);
    else connection.run(sql, params, done);
  });
}

/** Several statements without parameters in one trip to the driver (savepoint bookkeeping). */
export function sqliteExec(connection: SqliteConnection, sql: string): Promise<void> {
  return new Promise((resolve, reject) => {
    connection.exec(sql, (error) => (error ? reject(error) : resolve()));
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
