import fs from 'node:fs';
import path from 'node:path';
import { Sequelize, Transaction, type QueryOptions } from 'sequelize';
import { migrateOnStart, type MigrateMode } from './migrate';
import { defineModels, type Models } from './models';

export interface Db {
  sequelize: Sequelize;
  /** the migrations applied when this connection opened: all of them on a new database */
  migrated: string[];
  models: Models;
  dialect: 'sqlite' | 'postgres';
  /** runs `work` in one transaction: everything it writes commits together or not at all */
  transaction<T>(work: (t: Transaction) => Promise<T>): Promise<T>;
  /**
   * One statement that writes: inside `t` when the caller has a transaction, else in one of its own,
   * so that on SQLite it takes its place in the writer queue like every other write. Sequelize's
   * [results, metadata].
   */
  write(sql: string, options?: Omit<QueryOptions, 'transaction'>, t?: Transaction): Promise<[unknown, unknown]>;
  close(): Promise<void>;
}

interface SqliteConnection {
  configure(option: 'busyTimeout', value: number): void;
  run(sql: string, callback: (error: Error | null) => void): void;
  exec(sql: string, callback: (error: Error | null) => void): void;
}

const WRITER = 'qagida-writer';
const WRITE_STATEMENT = /^\s*(?:\/\*[\s\S]*?\*\/\s*|--[^\n]*\n\s*)*(?:INSERT|UPDATE|DELETE|REPLACE)\b/i;

/**
 * Makes a connection other than the writer refuse INSERT, UPDATE and DELETE (migrations' own
 * bookkeeping in SequelizeMeta aside: they run before anything else). Such a write waits
 * on SQLite's lock inside a libuv thread while the writer holds it; a few of them starve the
 * writer of threads, and every request then stalls for the whole busy timeout (10 s).
 */
const guarded = new WeakSet<SqliteConnection>();

function guardWrites(connection: SqliteConnection, options: unknown): void {
  const uuid = (options as { uuid?: string } | undefined)?.uuid;
  if (uuid === WRITER || guarded.has(connection)) return;
  guarded.add(connection);
  // the driver's statement methods, as the object holds them (node-sqlite3 has all four; the interface names two)
  const methods: Partial<Record<'run' | 'all' | 'exec' | 'get', unknown>> = connection;
  for (const method of ['run', 'all', 'exec', 'get'] as const) {
    const original = methods[method];
    if (typeof original !== 'function') continue;
    methods[method] = function (this: unknown, sql: unknown, ...rest: unknown[]) {
      if (typeof sql === 'string' && WRITE_STATEMENT.test(sql) && !sql.includes('SequelizeMeta')) {
        const error = new Error(`a write outside db.transaction() (the writer queue): ${sql.slice(0, 160)}`);
        const callback = rest.findLast((arg) => typeof arg === 'function') as ((e: Error) => void) | undefined;
        if (!callback) throw error;
        process.nextTick(() => callback(error));
        return connection;
      }
      return (original as (...args: unknown[]) => unknown).call(this, sql, ...rest);
    };
  }
}

type ConnectionManager = { getConnection(o: unknown): Promise<SqliteConnection> };

/**
 * Opens the database named by a DATABASE_URL (`sqlite:<path>` or `postgres://…`) and
 * migrates it to the latest version (`migrate: 'if-empty'`: only a new database; one that is
 * behind is refused with MigrationsBehind). SQLite runs in WAL mode with IMMEDIATE
 * transactions, so a writer takes the lock at BEGIN and readers never block it.
 */
export async function openDatabase(
  url: string,
  options: { logging?: boolean; migrate?: MigrateMode } = {},
): Promise<Db> {
  const logging = options.logging ? console.log : false;
  let sequelize: Sequelize;
  let dialect: Db['dialect'];
  // once migrated, tests and development refuse a SQLite write that bypasses the writer queue (see onWriter)
  let guarded = false;
  if (url.startsWith('sqlite:')) {
    const storage = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (storage !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(storage)), { recursive: true });
    sequelize = new Sequelize({
      dialect: 'sqlite',
      storage,
      logging,
      transactionType: Transaction.TYPES.IMMEDIATE,
      retry: { max: 10, match: [/SQLITE_BUSY/] },
    });
    dialect = 'sqlite';
    // Sequelize opens one sqlite connection per transaction; each must wait for the lock, not fail at once
    const manager = (sequelize as { connectionManager: ConnectionManager }).connectionManager;
    const getConnection = manager.getConnection.bind(manager);
    manager.getConnection = async (o: unknown) => {
      const connection = await getConnection(o);
      connection.configure('busyTimeout', 10_000);
      if (guarded) guardWrites(connection, o);
      return connection;
    };
    await sequelize.query('PRAGMA journal_mode=WAL');
  } else {
    sequelize = new Sequelize(url, { dialect: 'postgres', logging });
    dialect = 'postgres';
  }
  await sequelize.authenticate();
  let migrated: string[];
  try {
    migrated = await migrateOnStart(sequelize, options.migrate ?? 'always');
  } catch (error) {
    await sequelize.close();
    throw error;
  }
  guarded = ['test', 'development'].includes(process.env.NODE_ENV ?? '');
  const models = defineModels(sequelize);
  const transaction: Db['transaction'] =
    dialect === 'sqlite' ? onWriter(sequelize) : (work) => sequelize.transaction((t) => work(t));
  const write: Db['write'] = (sql, options = {}, t) => {
    const run = (inside: Transaction) =>
      sequelize.query(sql, { ...options, transaction: inside }) as Promise<[unknown, unknown]>;
    return t ? run(t) : transaction(run);
  };
  return { sequelize, migrated, models, dialect, transaction, write, close: () => sequelize.close() };
}

/**
 * SQLite has one writer at a time. Waiting for its lock inside sqlite3 blocks a libuv
 * thread, and four waiting transactions starve the one that holds the lock; so this
 * process queues its own write transactions and only other processes wait on the lock.
 *
 * They all run on ONE long-lived connection, as `BEGIN IMMEDIATE … COMMIT`: Sequelize's own
 * `transaction()` opens a new sqlite3 connection for each transaction (open the file, re-read
 * the schema, set pragmas, close), which cost 1–2 ms a transaction alone and far more under
 * load. `t` is a Sequelize Transaction bound to that connection, so models and raw statements
 * given `transaction: t` run inside it; it is never committed through Sequelize.
 *
 * Durability: the writer runs `synchronous=FULL` (in WAL mode: the WAL is fsynced at every
 * COMMIT), and a caller's promise settles only after COMMIT has returned, so an acknowledged
 * write survives a process crash (SIGKILL) and a power loss alike.
 */
function onWriter(sequelize: Sequelize): Db['transaction'] {
  let tail: Promise<unknown> = Promise.resolve();
  let writer: Promise<SqliteConnection> | undefined;
  // exec: one trip to the driver's thread; run() would prepare, step and finalize, three trips through the event loop
  const run = (connection: SqliteConnection, sql: string) =>
    new Promise<void>((resolve, reject) => connection.exec(sql, (error) => (error ? reject(error) : resolve())));
  const open = async () => {
    const manager = (sequelize as { connectionManager: ConnectionManager }).connectionManager;
    // cached by the connection manager under this key, and closed with the others by sequelize.close()
    const connection = await manager.getConnection({ uuid: WRITER, type: 'write' });
    await run(connection, 'PRAGMA synchronous=FULL');
    return connection;
  };
  async function inTransaction<T>(work: (t: Transaction) => Promise<T>): Promise<T> {
    writer ??= open().catch((error: unknown) => {
      writer = undefined;
      throw error;
    });
    const connection = await writer;
    const t = new Transaction(sequelize, {});
    // the connection a Sequelize transaction runs on (its own `connection`, which its types do not name)
    Object.assign(t, { connection });
    await run(connection, 'BEGIN IMMEDIATE');
    let value: T;
    try {
      value = await work(t);
    } catch (error) {
      // SQLite may have rolled back already (a full disk, an interrupt): then there is nothing to undo
      await run(connection, 'ROLLBACK').catch(() => undefined);
      throw error;
    }
    try {
      await run(connection, 'COMMIT');
    } catch (error) {
      await run(connection, 'ROLLBACK').catch(() => undefined);
      throw error;
    }
    return value;
  }
  return <T>(work: (t: Transaction) => Promise<T>): Promise<T> => {
    const result = tail.then(() => inTransaction(work));
    tail = result.catch(() => undefined);
    return result;
  };
}
