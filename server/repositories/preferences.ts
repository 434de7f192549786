import { QueryTypes } from 'sequelize';
import type { Db } from '../db/connection';
import { sqliteAll, sqliteReader } from '../db/rawSqlite';
import type { Language } from '../../runtime/i18n';
import { SESSION_CACHE_MS } from './users';

/**
 * Every signed-in request without Accept-Language asks for its user's language: remembered per
 * process for as long as a session is (SESSION_CACHE_MS), so a burst of requests reads it once. A
 * choice made in this process is seen at once; one made through another instance on the same
 * database within that time, as a revoked session is.
 */
const CACHE_MAX = 10_000;
const caches = new WeakMap<Db, Map<number, { lang: Language | null; until: number }>>();

/** The `user_preferences` table (migration 0050): one row per user who chose something. */
export function preferencesRepository(db: Db) {
  const { sequelize } = db;
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const recent = cache;
  const read = async (userId: number): Promise<Language | null> => {
    const sql = 'SELECT lang FROM user_preferences WHERE "userId" = ?';
    // on SQLite straight to the driver: through Sequelize this read cost more than the rest of a small request
    const reader = await sqliteReader(db);
    const rows = reader
      ? ((await sqliteAll(reader, sql, [userId])) as { lang: Language }[])
      : await sequelize.query<{ lang: Language }>(sql, { type: QueryTypes.SELECT, replacements: [userId] });
    return rows[0]?.lang ?? null;
  };
  return {
    async language(userId: number): Promise<Language | null> {
      const cached = recent.get(userId);
      if (cached && cached.until > performance.now()) return cached.lang;
      const lang = await read(userId);
      if (recent.size >= CACHE_MAX) recent.delete(recent.keys().next().value as number);
      recent.set(userId, { lang, until: performance.now() + SESSION_CACHE_MS });
      return lang;
    },
    async setLanguage(userId: number, lang: Language, at: Date): Promise<void> {
      // one statement both dialects know: the row is written whether or not it existed
      await db.write(
        `INSERT INTO user_preferences ("userId", lang, "updatedAt") VALUES (:userId, :lang, :at)
         ON CONFLICT ("userId") DO UPDATE SET lang = excluded.lang, "updatedAt" = excluded."updatedAt"`,
        { type: QueryTypes.INSERT, replacements: { userId, lang, at: at.toISOString() } },
      );
      recent.delete(userId);
    },
  };
}
