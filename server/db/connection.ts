import fs from 'node:fs';
import path from 'node:path';
import { Sequelize, Transaction } from 'sequelize';
import { migrate } from './migrate';
import { defineModels, type Models } from './models';

export interface Db {
  sequelize: Sequelize;
  models: Models;
  dialect: 'sqlite' | 'postgres';
  /** runs `work` in one transaction: everything it writes commits together or not at all */
  transaction<T>(work: (t: Transaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

interface SqliteConnection {
  configure(option: 'busyTimeout', value: number): void;
}

/**
 * Opens the database named by a DATABASE_URL (`sqlite:<path>` or `postgres://…`) and
 * migrates it to the latest version. SQLite runs in WAL mode with IMMEDIATE
 * transactions, so a writer takes the lock at BEGIN and readers never block it.
 */
export async function openDatabase(url: string, options: { logging?: boolean } = {}): Promise<Db> {
  const logging = options.logging ? console.log : false;
  let sequelize: Sequelize;
  let dialect: Db['dialect'];
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
    const manager = (
      sequelize as unknown as { connectionManager: { getConnection(o: unknown): Promise<SqliteConnection> } }
    ).connectionManager;
    const getConnection = manager.getConnection.bind(manager);
    manager.getConnection = async (o: unknown) => {
      const connection = await getConnection(o);
      connection.configure('busyTimeout', 10_000);
      return connection;
    };
    await sequelize.query('PRAGMA journal_mode=WAL');
  } else {
    sequelize = new Sequelize(url, { dialect: 'postgres', logging });
    dialect = 'postgres';
  }
  await sequelize.authenticate();
  await migrate(sequelize);
  const models = defineModels(sequelize);
  return {
    sequelize,
    models,
    dialect,
    transaction: dialect === 'sqlite' ? serialized(sequelize) : (work) => sequelize.transaction((t) => work(t)),
    close: () => sequelize.close(),
  };
}

/**
 * SQLite has one writer at a time. Waiting for its lock inside sqlite3 blocks a libuv
 * thread, and four waiting transactions starve the one that holds the lock; so this
 * process queues its own write transactions and only other processes wait on the lock.
 */
function serialized(sequelize: Sequelize): Db['transaction'] {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: (t: Transaction) => Promise<T>): Promise<T> => {
    const run = tail.then(() => sequelize.transaction((t) => work(t)));
    tail = run.catch(() => undefined);
    return run;
  };
}
