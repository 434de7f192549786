import { QueryTypes, type Transaction } from 'sequelize';
import type { Db } from '../db/connection';
import { outboxRows } from './outboxRows';
import type { Language } from '../../runtime/i18n';

/** A notice the mailer is to send: the outbox row, the address, and the case's language and number. */
export interface PendingNotice {
  id: number;
  caseId: string;
  kind: string;
  recipient: string;
  payload: string | Record<string, unknown> | null;
  attempts: number;
  email: string | null;
  /** the case's language (migration 0080); null for a case submitted before it was kept */
  lang: string | null;
  number: string | null;
}

/** A notice that failed, as the admin's retry reads it. */
export interface FailedNotice {
  id: number;
  caseId: string;
  kind: string;
  recipient: string;
  attempts: number;
  lastError: string | null;
  failedAt: Date | string | null;
}

/** What a notice's recipients are read from on the case. */
export interface NoticeCaseColumns {
  createdBy: string;
  assignee: string | null;
  stepGroups: string | null;
  data: string | Record<string, unknown> | null;
}

export type NoticeStatus = 'failed' | 'pending' | 'sent' | undefined;

/**
 * The `notifications` outbox (migrations 0001, 0042, 0080) as the mailer, the notice raisers and the
 * admins' retry use it. Every write takes the caller's transaction, or runs in one of its own
 * through the writer queue (common rule: no write beside it).
 */
export function noticeOutboxRepository(db: Db) {
  const { sequelize } = db;
  return {
    /** Adds one notice unless the same (case, key, kind, recipient) is there; true when it was added. */
    async add(
      notice: {
        caseId: string;
        deadline: string;
        kind: string;
        dueAt: Date;
        recipient: string;
        email: string | null;
        payload: Record<string, unknown>;
        at: Date;
      },
      t: Transaction,
    ): Promise<boolean> {
      // the leading comment keeps Sequelize's SQLite driver from taking this for a plain INSERT (no rows)
      const rows = await sequelize.query<{ id: number }>(
        `/* notice */ INSERT INTO notifications ("caseId", deadline, kind, "dueAt", recipient, email, payload, "createdAt")
         VALUES (:caseId, :deadline, :kind, :dueAt, :recipient, :email, :payload, :at)
         ON CONFLICT ("caseId", deadline, kind, recipient) DO NOTHING
         RETURNING id`,
        {
          replacements: { ...notice, payload: JSON.stringify(notice.payload) },
          type: QueryTypes.SELECT,
          transaction: t,
        },
      );
      return rows.length > 0;
    },
    /** The case columns a notice's recipients come from, as the caller's transaction sees them. */
    async caseColumns(caseId: string, t: Transaction): Promise<NoticeCaseColumns | undefined> {
      const [row] = await sequelize.query<NoticeCaseColumns>(
        'SELECT "createdBy", assignee, "stepGroups", data FROM cases WHERE id = :caseId',
        { replacements: { caseId }, type: QueryTypes.SELECT, transaction: t },
      );
      return row;
    },
    /** A column the case model does not map, so only this sets it. */
    async setCaseLanguage(caseId: string, lang: Language, t: Transaction): Promise<void> {
      await sequelize.query('UPDATE cases SET lang = :lang WHERE id = :caseId', {
        replacements: { lang, caseId },
        transaction: t,
      });
    },
    async get(id: number, t: Transaction): Promise<FailedNotice | undefined> {
      const [row] = await sequelize.query<FailedNotice>(
        'SELECT id, "caseId", kind, recipient, attempts, "lastError", "failedAt" FROM notifications WHERE id = :id',
        { replacements: { id }, type: QueryTypes.SELECT, transaction: t },
      );
      return row;
    },
    /** Its attempts start afresh, so the next delivery takes it. */
    async resetAttempts(id: number, t: Transaction): Promise<void> {
      await sequelize.query(
        `UPDATE notifications SET attempts = 0, "failedAt" = NULL, "nextAttemptAt" = NULL, "leaseUntil" = NULL
         WHERE id = :id`,
        { replacements: { id }, transaction: t },
      );
    },
    ...deliveryOf(db),
    /** Notices for admins: those that failed, with their last error, the pending, the sent, or all. */
    list(status: NoticeStatus) {
      const where =
        status === 'failed'
          ? 'WHERE n."failedAt" IS NOT NULL'
          : status === 'sent'
            ? 'WHERE n."sentAt" IS NOT NULL'
            : status === 'pending'
              ? 'WHERE n."sentAt" IS NULL AND n."failedAt" IS NULL'
              : '';
      // the case's number, which staff know it by; a user's address when the notice has none yet
      return sequelize.query(
        `SELECT n.id, n."caseId", c.number AS "caseNumber", n.kind, n.recipient, COALESCE(n.email, u.email) AS email,
           n.attempts, n."lastError", n."nextAttemptAt", n."sentAt", n."failedAt", n."createdAt"
         FROM notifications n LEFT JOIN cases c ON c.id = n."caseId" LEFT JOIN users u ON u.username = n.recipient
         ${where} ORDER BY n.id DESC LIMIT 500`,
        { type: QueryTypes.SELECT },
      );
    },
  };
}

/** What the mailer's delivery does with the outbox: the due notices, the lease, and each attempt's result. */
function deliveryOf(db: Db) {
  const { sequelize } = db;
  return {
    ...outboxRows(db, 'notifications'),
    /** Up to 100 notices due now and not leased by another instance. */
    due(now: Date): Promise<PendingNotice[]> {
      return sequelize.query<PendingNotice>(
        `SELECT n.id, n."caseId", n.kind, n.recipient, n.payload, n.attempts, COALESCE(n.email, u.email) AS email,
           c.lang, c.number
         FROM notifications n LEFT JOIN users u ON u.username = n.recipient LEFT JOIN cases c ON c.id = n."caseId"
         WHERE n."sentAt" IS NULL AND n."failedAt" IS NULL
           AND (n."nextAttemptAt" IS NULL OR n."nextAttemptAt" <= :now)
           AND (n."leaseUntil" IS NULL OR n."leaseUntil" < :now)
         ORDER BY n.id LIMIT 100`,
        { replacements: { now }, type: QueryTypes.SELECT },
      );
    },
    async markSent(id: number, at: Date, attempts: number, email: string): Promise<void> {
      await db.write(
        `UPDATE notifications SET "sentAt" = :at, "leaseUntil" = NULL, attempts = :attempts, email = :email WHERE id = :id`,
        { replacements: { id, at, attempts, email } },
      );
    },
  };
}
