import type { Db } from '../../db/connection';

/**
 * A raw statement that changes the database behind the application's back (tampering drills,
 * fixtures), run through the writer queue as every write must be on SQLite.
 */
export function rawWrite(db: Db, sql: string): Promise<unknown> {
  return db.transaction((transaction) => db.sequelize.query(sql, { transaction }));
}
