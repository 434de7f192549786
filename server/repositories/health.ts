import type { Db } from '../db/connection';
import { pendingMigrations } from '../db/migrate';

/** What the health and readiness probes ask of the database, so routes never hold a connection. */
export function healthRepository(db: Db) {
  return {
    dialect: db.dialect,
    /** one round trip: throws when the database does not answer */
    async ping(): Promise<void> {
      await db.sequelize.query('SELECT 1');
    },
    /** the migrations this code has and the database has not applied */
    pendingMigrations: (): Promise<string[]> => pendingMigrations(db.sequelize),
  };
}
