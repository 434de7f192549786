import { QueryTypes } from 'sequelize';
import type { Db } from '../db/connection';
import type { Language } from '../../runtime/i18n';

/** The `user_preferences` table (migration 0050): one row per user who chose something. */
export function preferencesRepository(db: Db) {
  const { sequelize } = db;
  return {
    async language(userId: number): Promise<Language | null> {
      const rows = await sequelize.query<{ lang: Language }>(
        'SELECT lang FROM user_preferences WHERE "userId" = :userId',
        {
          type: QueryTypes.SELECT,
          replacements: { userId },
        },
      );
      return rows[0]?.lang ?? null;
    },
    async setLanguage(userId: number, lang: Language, at: Date): Promise<void> {
      // one statement both dialects know: the row is written whether or not it existed
      await db.write(
        `INSERT INTO user_preferences ("userId", lang, "updatedAt") VALUES (:userId, :lang, :at)
         ON CONFLICT ("userId") DO UPDATE SET lang = excluded.lang, "updatedAt" = excluded."updatedAt"`,
        { type: QueryTypes.INSERT, replacements: { userId, lang, at: at.toISOString() } },
      );
    },
  };
}
