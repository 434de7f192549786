import { createHash } from 'node:crypto';
import type { Db } from '../db/connection';

/**
 * One SHA-256 over every row of every table (SQLite), so a drill can tell whether
 * anything at all was written. `skip` leaves out rows a table may legitimately gain.
 */
export async function databaseDigest(db: Db, skip: { table: string; where: string }[] = []): Promise<string> {
  const [tables] = (await db.sequelize.query(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
  )) as [{ name: string }[], unknown];
  const hash = createHash('sha256');
  for (const { name } of tables) {
    const excluded = skip.filter((s) => s.table === name).map((s) => `NOT (${s.where})`);
    const where = excluded.length ? ` WHERE ${excluded.join(' AND ')}` : '';
    const [rows] = await db.sequelize.query(`SELECT * FROM "${name}"${where} ORDER BY rowid`);
    hash.update(`${name}\u0000${JSON.stringify(rows)}\u0000`);
  }
  return hash.digest('hex');
}
