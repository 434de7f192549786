import type { Transaction } from 'sequelize';
import type { Db } from '../db/connection';

/** The cases' pin on their calendar (`pins.calendar.version`, migration 0001; `calendarId`, 0010). */
export function caseCalendarsRepository(db: Db) {
  return {
    /** Every case in progress on calendar `id` now follows `version`: one statement, whatever their number. */
    async repin(id: string, version: number, t: Transaction): Promise<void> {
      const set =
        db.dialect === 'postgres'
          ? `pins = jsonb_set(pins::jsonb, '{calendar,version}', to_jsonb($1::int))::json`
          : `pins = json_set(pins, '$.calendar.version', $1)`;
      await db.sequelize.query(`UPDATE cases SET ${set} WHERE "calendarId" = $2 AND status = 'in-progress'`, {
        bind: [version, id],
        transaction: t,
      });
    },
  };
}
