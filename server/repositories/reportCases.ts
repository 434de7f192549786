import { QueryTypes } from 'sequelize';
import type { Db } from '../db/connection';

/** What a case report reads of a case: its outcome, data, deadlines and the instants it moved. */
export interface ReportCaseRow {
  id: string;
  serviceId: string;
  status: string;
  outcome: string | null;
  data: unknown;
  deadlines: unknown;
  nextDueAt: string | Date | null;
  receivedAt: string | Date | null;
  closedAt: string | Date | null;
}

/** The cases a period report looks at (the `cases` table, migrations 0001 and 0010). */
export function reportCasesRepository(db: Db) {
  return {
    /** Cases received or closed in [from, to), and those still in progress received before `to`. */
    inPeriod(from: Date, to: Date): Promise<ReportCaseRow[]> {
      return db.sequelize.query<ReportCaseRow>(
        `SELECT id, "serviceId", status, outcome, data, deadlines, "nextDueAt", "receivedAt", "closedAt" FROM cases
         WHERE ("receivedAt" >= :from AND "receivedAt" < :to) OR ("closedAt" >= :from AND "closedAt" < :to)
            OR (status = 'in-progress' AND "receivedAt" < :to)
         ORDER BY "receivedAt", id`,
        { type: QueryTypes.SELECT, replacements: { from, to } },
      );
    },
    /** Every case, without its data: the totals a report counts over all time. */
    all(): Promise<ReportCaseRow[]> {
      return db.sequelize.query<ReportCaseRow>(
        `SELECT id, "serviceId", status, outcome, NULL AS data, deadlines, "nextDueAt", "receivedAt", "closedAt" FROM cases
         ORDER BY id`,
        { type: QueryTypes.SELECT },
      );
    },
  };
}
