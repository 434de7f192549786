import { Op, QueryTypes, type Transaction, type WhereOptions } from 'sequelize';
import { overdueWhere } from './caseQueue';
import type { Db } from '../db/connection';
import { rawAll, type CaseRow } from '../db/models';
import { fromJsonColumn as json } from './jsonColumn';

export interface Notification {
  id: number;
  caseId: string;
  deadline: string;
  kind: string;
  dueAt: string;
  recipient: string;
  payload: Record<string, unknown> | null;
  createdAt: string;
  sentAt: string | null;
}

interface NotificationRow extends Omit<Notification, 'dueAt' | 'createdAt' | 'sentAt' | 'payload'> {
  dueAt: Date | string;
  createdAt: Date | string;
  sentAt: Date | string | null;
  payload: string | Record<string, unknown> | null;
}

/** A case the overdue sweep looks at: only what it needs to find its passed deadlines. */
export interface OverdueCandidate {
  id: string;
  revision: number;
  createdBy: string;
  /** the service version the case pinned: its `notices` say who is told */
  serviceId: string;
  serviceVersion: number;
  step: string | null;
  deadlines: { id: string; due: string | null }[];
  stepDue: string | null;
}

const iso = (value: Date | string) => new Date(value).toISOString();

function toPlain(row: NotificationRow): Notification {
  return {
    id: Number(row.id),
    caseId: row.caseId,
    deadline: row.deadline,
    kind: row.kind,
    dueAt: iso(row.dueAt),
    recipient: row.recipient,
    payload: json(row.payload, null),
    createdAt: iso(row.createdAt),
    sentAt: row.sentAt === null ? null : iso(row.sentAt),
  };
}

/** The notifications outbox (migration 0003-jobs). Raw SQL: its claim is one statement on both dialects. */
export function notificationsRepository(db: Db) {
  const { Case } = db.models;
  const { sequelize } = db;
  return {
    /**
     * Inserts the notice unless one with the same (case, deadline, kind) exists. Returns
     * whether this call inserted it: the unique index makes exactly one claimant win, on
     * SQLite and PostgreSQL alike, however many instances try at once.
     */
    async claim(
      input: {
        caseId: string;
        deadline: string;
        kind: string;
        dueAt: Date;
        recipient: string;
        payload: Record<string, unknown>;
        at: Date;
      },
      t: Transaction,
    ): Promise<boolean> {
      // the leading comment keeps Sequelize's SQLite driver from taking this for a plain INSERT
      // (run, no rows) instead of a statement that returns rows
      const rows = await sequelize.query<{ id: number }>(
        `/* claim */ INSERT INTO notifications ("caseId", deadline, kind, "dueAt", recipient, payload, "createdAt")
         VALUES (:caseId, :deadline, :kind, :dueAt, :recipient, :payload, :at)
         ON CONFLICT ("caseId", deadline, kind, recipient) DO NOTHING
         RETURNING id`,
        {
          replacements: { ...input, payload: JSON.stringify(input.payload) },
          type: QueryTypes.SELECT,
          transaction: t,
        },
      );
      return rows.length === 1;
    },

    /**
     * Claims a passed deadline of a case (migration 0080): true for exactly one caller however many
     * instances try at once, so its event, audit entry and notices are written once.
     */
    async claimOverdue(caseId: string, deadline: string, at: Date, t: Transaction): Promise<boolean> {
      const rows = await sequelize.query<{ caseId: string }>(
        `/* claim */ INSERT INTO overdue_claims ("caseId", deadline, "createdAt") VALUES (:caseId, :deadline, :at)
         ON CONFLICT ("caseId", deadline) DO NOTHING
         RETURNING "caseId"`,
        { replacements: { caseId, deadline, at }, type: QueryTypes.SELECT, transaction: t },
      );
      return rows.length === 1;
    },

    /** The deadline keys already claimed as overdue for these cases, as `caseId deadline`. */
    async raisedKeys(caseIds: string[]): Promise<Set<string>> {
      if (caseIds.length === 0) return new Set();
      const rows = await sequelize.query<{ caseId: string; deadline: string }>(
        'SELECT "caseId", deadline FROM overdue_claims WHERE "caseId" IN (:caseIds)',
        { replacements: { caseIds }, type: QueryTypes.SELECT },
      );
      return new Set(rows.map((r) => `${r.caseId} ${r.deadline}`));
    },

    async list(filter: { caseId?: string; kind?: string } = {}): Promise<Notification[]> {
      const where: string[] = [];
      if (filter.caseId) where.push('"caseId" = :caseId');
      if (filter.kind) where.push('kind = :kind');
      const rows = await sequelize.query<NotificationRow>(
        `SELECT * FROM notifications ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id`,
        { replacements: filter, type: QueryTypes.SELECT },
      );
      return rows.map(toPlain);
    },

    /** Cases past their next due instant and not done, in pages after `afterId` (keyset, by id). */
    async overdueCandidates(now: Date, afterId: string, limit: number): Promise<OverdueCandidate[]> {
      const rows = await rawAll<CaseRow>(
        Case.findAll({
          // THE definition of overdue (caseQueue.ts overdueWhere), paged by id
          where: { ...overdueWhere(now), id: { [Op.gt]: afterId } } as WhereOptions<CaseRow>,
          attributes: ['id', 'revision', 'createdBy', 'serviceId', 'serviceVersion', 'step', 'deadlines', 'state'],
          order: [['id', 'ASC']],
          limit,
          raw: true,
        }),
      );
      return rows.map((row) => {
        const state = json<Record<string, unknown> | null>(row.state, null);
        const stepDue = state?.stepDue as string | Date | null | undefined;
        return {
          id: row.id,
          revision: row.revision,
          createdBy: row.createdBy,
          serviceId: row.serviceId,
          serviceVersion: row.serviceVersion,
          step: row.step,
          deadlines: json(row.deadlines, []),
          stepDue: stepDue ? iso(stepDue) : null,
        };
      });
    },

    /** The case's revision and status, row-locked on PostgreSQL until the transaction ends. */
    async lockCase(id: string, t: Transaction): Promise<{ revision: number; status: string } | null> {
      const row = await Case.findByPk(id, {
        attributes: ['revision', 'status'],
        lock: db.dialect === 'postgres' ? t.LOCK.UPDATE : undefined,
        transaction: t,
        raw: true,
      });
      return (row as { revision: number; status: string } | null) ?? null;
    },
  };
}

export type NotificationsRepository = ReturnType<typeof notificationsRepository>;
