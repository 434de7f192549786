import { Op, col, fn, where as whereFn, type Order, type WhereOptions } from 'sequelize';
import type { Db } from '../db/connection';
import { rawAll, type CaseRow } from '../db/models';

/** The columns the queue sorts on, by their API name. */
export const QUEUE_SORTS = {
  number: 'number',
  service: 'serviceId',
  status: 'status',
  step: 'step',
  stepDue: 'stepDue',
  nextDueAt: 'nextDueAt',
  submittedAt: 'submittedAt',
  updatedAt: 'updatedAt',
  applicantName: 'applicantName',
  assignee: 'assignee',
} as const;
export type QueueSort = keyof typeof QUEUE_SORTS;

export interface QueueFilter {
  /** substring of the case number, applicant name or IIN/BIN, any case */
  q?: string;
  service?: string;
  step?: string;
  status?: string;
  /** next due instant in [from, to) */
  dueBetween?: { from: Date; to: Date };
  /** overdue at this instant (see overdueWhere) */
  overdueAt?: Date;
  /** a username, or null for unclaimed cases */
  assignee?: string | null;
  /** only the cases whose current step names one of these groups */
  groups?: string[];
  /** only the cases this user started or acted on */
  actor?: string;
  ids?: string[];
  sort: QueueSort;
  order: 'asc' | 'desc';
  limit: number;
  offset: number;
}

/** One row of the queue: what the list shows, without the case's data. */
export interface QueueRow {
  id: string;
  number: string | null;
  service: string;
  channel: string;
  status: string;
  step: string | null;
  outcome: string | null;
  stepDue: string | null;
  nextDueAt: string | null;
  applicantName: string | null;
  applicantId: string | null;
  assignee: string | null;
  createdAt: string;
  submittedAt: string | null;
  updatedAt: string;
  /** who started it: the one who may discard it while it is a draft */
  createdBy: string;
}

const iso = (value: Date | string | null) => (value ? new Date(value).toISOString() : null);

/**
 * The database's half of THE definition of overdue (runtime/process/overdue.ts isOverdue): in
 * progress, and the next due instant has passed. The list, the sweep and the reports filter with it.
 */
export function overdueWhere(at: Date): WhereOptions<CaseRow> {
  return { status: 'in-progress', nextDueAt: { [Op.lt]: at } };
}

/** A LIKE pattern for `text` anywhere; LIKE's own wildcards are dropped from it (no ESCAPE works alike on both databases). */
function containing(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, '')}%`;
}

export function caseQueueRepository(db: Db) {
  const { Case } = db.models;
  return {
    async summary(id: string): Promise<QueueRow | null> {
      const found = await this.list({ ids: [id], sort: 'number', order: 'asc', limit: 1, offset: 0 });
      return found.rows[0] ?? null;
    },

    async list(filter: QueueFilter): Promise<{ rows: QueueRow[]; total: number }> {
      const and: WhereOptions<CaseRow>[] = [];
      if (filter.ids) and.push({ id: { [Op.in]: filter.ids } });
      if (filter.service) and.push({ serviceId: filter.service });
      if (filter.step) and.push({ step: filter.step });
      if (filter.status) and.push({ status: filter.status });
      if (filter.dueBetween)
        and.push({ nextDueAt: { [Op.gte]: filter.dueBetween.from, [Op.lt]: filter.dueBetween.to } });
      if (filter.overdueAt) and.push(overdueWhere(filter.overdueAt));
      if (filter.assignee !== undefined) and.push({ assignee: filter.assignee });
      if (filter.groups) {
        and.push({
          [Op.or]: filter.groups.map((g) => ({ stepGroups: { [Op.like]: `%,${g},%` } })),
        } as WhereOptions<CaseRow>);
      }
      if (filter.actor) {
        const mine = `(SELECT "caseId" FROM case_events WHERE actor = ${db.sequelize.escape(filter.actor)})`;
        and.push({ id: { [Op.in]: db.sequelize.literal(mine) } });
      }
      if (filter.q?.trim()) {
        const pattern = containing(filter.q.trim());
        and.push({
          [Op.or]: ['number', 'applicantName', 'applicantId'].map((column) =>
            whereFn(fn('lower', col(column)), { [Op.like]: pattern }),
          ),
        } as WhereOptions<CaseRow>);
      }
      const column = QUEUE_SORTS[filter.sort];
      const direction = filter.order === 'desc' ? 'DESC' : 'ASC';
      // empty values last either way, then a stable tie-break so pages never overlap
      const order: Order = [
        [column, `${direction} NULLS LAST`],
        ['id', 'ASC'],
      ];
      const where = { [Op.and]: and } as WhereOptions<CaseRow>;
      const [rows, total] = await Promise.all([
        rawAll<CaseRow>(
          Case.findAll({
            where,
            attributes: [
              'id',
              'number',
              'serviceId',
              'channel',
              'status',
              'step',
              'outcome',
              'stepDue',
              'nextDueAt',
              'applicantName',
              'applicantId',
              'assignee',
              'createdAt',
              'submittedAt',
              'updatedAt',
              'createdBy',
            ],
            order,
            limit: filter.limit,
            offset: filter.offset,
            raw: true,
          }),
        ),
        Case.count({ where }),
      ]);
      return {
        total,
        rows: rows.map((r) => ({
          id: r.id,
          number: r.number ?? null,
          service: r.serviceId,
          channel: r.channel,
          status: r.status,
          step: r.step,
          outcome: r.outcome,
          stepDue: iso(r.stepDue),
          nextDueAt: iso(r.nextDueAt),
          applicantName: r.applicantName ?? null,
          applicantId: r.applicantId ?? null,
          assignee: r.assignee ?? null,
          createdAt: iso(r.createdAt) as string,
          submittedAt: iso(r.submittedAt),
          updatedAt: iso(r.updatedAt) as string,
          createdBy: r.createdBy,
        })),
      };
    },
  };
}
