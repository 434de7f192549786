import { QueryTypes } from 'sequelize';
import type { Db } from '../db/connection';
import { affected } from './affected';

/** One failed attempt: how many so far, the error, when to try again, and whether it is given up. */
export interface OutboxAttempt {
  attempts: number;
  error: string;
  next: Date;
  failedAt: Date | null;
}

/**
 * What every outbox (notices, hand-offs) does with its rows, on a table with `sentAt`, `failedAt`, `leaseUntil`,
 * `attempts`, `lastError` and `nextAttemptAt`: lease one, and record a failed attempt.
 */
export function outboxRows(db: Db, table: 'notifications' | 'handoff_outbox') {
  return {
    /** One conditional UPDATE: of several instances exactly one leases it. True when this one did. */
    async lease(id: number, now: Date, until: Date): Promise<boolean> {
      const [, meta] = await db.write(
        `UPDATE ${table} SET "leaseUntil" = :until
           WHERE id = :id AND "sentAt" IS NULL AND "failedAt" IS NULL AND ("leaseUntil" IS NULL OR "leaseUntil" < :now)`,
        { replacements: { id, now, until }, type: QueryTypes.UPDATE },
      );
      return affected(meta) === 1;
    },
    async markAttempt(id: number, attempt: OutboxAttempt): Promise<void> {
      await db.write(
        `UPDATE ${table} SET attempts = :attempts, "lastError" = :error, "leaseUntil" = NULL,
             "nextAttemptAt" = :next, "failedAt" = :failedAt WHERE id = :id`,
        { replacements: { id, ...attempt } },
      );
    },
  };
}
