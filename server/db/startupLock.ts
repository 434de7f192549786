import type { Sequelize } from 'sequelize';

/** The advisory lock key every instance takes to migrate or seed; any constant other locks do not use. */
const STARTUP_LOCK = 7412;

interface PgConnection {
  query(text: string, values?: unknown[]): Promise<unknown>;
}
interface ConnectionManager {
  getConnection(options?: { type?: string }): Promise<PgConnection>;
  releaseConnection(connection: PgConnection): void;
}

/**
 * Runs start-up work (migrations, seeding) while holding a PostgreSQL session advisory
 * lock, so instances started together on one database do it one after the other: the
 * second finds the tables made and the data seeded. The lock lives on a connection held
 * aside for it; the work uses the rest of the pool. On SQLite it just runs the work.
 */
export async function withStartupLock<T>(sequelize: Sequelize, work: () => Promise<T>): Promise<T> {
  if (sequelize.getDialect() !== 'postgres') return work();
  const manager = (sequelize as { connectionManager: ConnectionManager }).connectionManager;
  const connection = await manager.getConnection({ type: 'write' });
  try {
    await connection.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK]);
    try {
      return await work();
    } finally {
      await connection.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK]);
    }
  } finally {
    manager.releaseConnection(connection);
  }
}
