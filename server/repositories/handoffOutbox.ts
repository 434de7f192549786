import { QueryTypes, type Transaction } from 'sequelize';
import type { Db } from '../db/connection';
import { outboxRows } from './outboxRows';

/** A hand-off due to be sent. */
export interface DueHandoff {
  id: number;
  key: string;
  connector: string;
  version: number;
  inputs: string;
  attempts: number;
}

/**
 * The `handoff_outbox` table (migration 0101). Writes take the caller's transaction or run in one
 * of their own through the writer queue.
 */
export function handoffOutboxRepository(db: Db) {
  const { sequelize } = db;
  return {
    ...outboxRows(db, 'handoff_outbox'),
    /** Queues one hand-off; the key (case, hand-off, event) is unique, so a retried request queues nothing twice. */
    async add(
      handoff: {
        key: string;
        caseId: string;
        handoff: string;
        event: string;
        connector: string;
        version: number;
        inputs: Record<string, unknown>;
        at: Date;
      },
      t: Transaction,
    ): Promise<void> {
      await sequelize.query(
        `INSERT INTO handoff_outbox (key, "caseId", handoff, event, connector, version, inputs, attempts, "nextAttemptAt", "createdAt")
         VALUES (:key, :caseId, :handoff, :event, :connector, :version, :inputs, 0, :at, :at)
         ON CONFLICT (key) DO NOTHING`,
        { replacements: { ...handoff, inputs: JSON.stringify(handoff.inputs) }, transaction: t },
      );
    },
    /** Up to 50 hand-offs due now and not leased by another instance. */
    due(now: Date): Promise<DueHandoff[]> {
      return sequelize.query<DueHandoff>(
        `SELECT id, key, connector, version, inputs, attempts FROM handoff_outbox
         WHERE "sentAt" IS NULL AND "failedAt" IS NULL AND "nextAttemptAt" <= :now
           AND ("leaseUntil" IS NULL OR "leaseUntil" < :now)
         ORDER BY id LIMIT 50`,
        { replacements: { now }, type: QueryTypes.SELECT },
      );
    },
    async markSent(id: number, at: Date, attempts: number, digest: string): Promise<void> {
      await db.write(
        `UPDATE handoff_outbox SET "sentAt" = :at, "leaseUntil" = NULL, attempts = :attempts, "answerDigest" = :digest, "lastError" = NULL WHERE id = :id`,
        { replacements: { id, at, attempts, digest } },
      );
    },
    /** Hand-offs for admins: the failed ones with their last error, the pending, the sent, or all. */
    list(status: 'failed' | 'pending' | 'sent' | undefined) {
      const where =
        status === 'failed'
          ? 'WHERE "failedAt" IS NOT NULL'
          : status === 'sent'
            ? 'WHERE "sentAt" IS NOT NULL'
            : status === 'pending'
              ? 'WHERE "sentAt" IS NULL AND "failedAt" IS NULL'
              : '';
      return sequelize.query<Record<string, unknown>>(
        `SELECT id, key, "caseId", handoff, event, connector, version, attempts, "nextAttemptAt", "sentAt", "failedAt", "lastError"
         FROM handoff_outbox ${where} ORDER BY id DESC LIMIT 500`,
        { type: QueryTypes.SELECT },
      );
    },
  };
}
