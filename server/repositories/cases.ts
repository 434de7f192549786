import { Op, QueryTypes, type Transaction, type WhereOptions } from 'sequelize';
import type { Db } from '../db/connection';
import { sqliteAll, sqliteConnectionOf, sqliteReader, sqliteValue } from '../db/rawSqlite';
import { rawAll, rawOne, type CaseEventRow, type CaseRow, type DocumentRow, type StoredCaseRow } from '../db/models';
import type { Pins } from '../db/caseColumns';
import { caseReplayRepository } from './caseReplay';
import { overdueWhere } from './caseQueue';
import { fromJsonColumn as json } from './jsonColumn';

export type { CaseDeadline, CaseReplay, CaseStatus, Pin, Pins, RulesetOutcome } from '../db/caseColumns';

/** Columns the record leaves to SQL: the Desk's queue reads the step's due instant and groups from the row. */
type RowOnlyColumn = 'serviceId' | 'calendarId' | 'stepDue' | 'stepGroups';
/** Instants the record gives as ISO text. */
type InstantColumn = 'nextDueAt' | 'submittedAt' | 'receivedAt' | 'closedAt' | 'createdAt' | 'updatedAt';
/** JSON columns a record reads as empty rather than null. */
type FilledColumn = 'outcomes' | 'deadlines' | 'forms';

/** Flattens an intersection, so that editors and errors show one object type. */
type Flat<T> = { [K in keyof T]: T[K] } & {};

/** A case as use cases see it: its row (models.ts CaseRow), with instants as ISO text and the service as `service`. */
export type CaseRecord = Flat<
  Omit<CaseRow, RowOnlyColumn | InstantColumn | FilledColumn> & {
    service: string;
    createdAt: string;
    updatedAt: string;
    nextDueAt: string | null;
    submittedAt: string | null;
    receivedAt: string | null;
    closedAt: string | null;
  } & { [C in FilledColumn]: NonNullable<CaseRow[C]> }
>;

/** A case event as its history shows it, `at` as ISO text. */
export type CaseEvent = Flat<Omit<CaseEventRow, 'caseId' | 'at'> & { at: string }>;

const iso = (value: Date | string | null) => (value ? new Date(value).toISOString() : null);

function toPlain(row: StoredCaseRow): CaseRecord {
  return {
    id: row.id,
    service: row.serviceId,
    serviceVersion: row.serviceVersion,
    pins: json<Pins>(row.pins, {} as Pins),
    channel: row.channel,
    status: row.status,
    step: row.step,
    outcome: row.outcome,
    data: json(row.data, {}),
    state: json(row.state, null),
    outcomes: json(row.outcomes, []),
    facts: json(row.facts, null),
    deadlines: json(row.deadlines, []),
    nextDueAt: iso(row.nextDueAt),
    submittedAt: iso(row.submittedAt),
    receivedAt: iso(row.receivedAt),
    closedAt: iso(row.closedAt),
    revision: row.revision,
    createdBy: row.createdBy,
    createdAt: iso(row.createdAt) as string,
    updatedAt: iso(row.updatedAt) as string,
    forms: json(row.forms, {}),
    replay: json(row.replay, null),
    number: row.number ?? null,
    assignee: row.assignee ?? null,
    applicantName: row.applicantName ?? null,
    applicantId: row.applicantId ?? null,
  };
}

function eventToPlain(row: CaseEventRow): CaseEvent {
  return {
    id: row.id,
    type: row.type,
    action: row.action,
    fromStep: row.fromStep,
    toStep: row.toStep,
    actor: row.actor,
    role: row.role,
    reason: row.reason,
    payload: json(row.payload, null),
    at: iso(row.at) as string,
  };
}

/** Columns set when a case is created and never changed by a move (revision and updatedAt are the repository's). */
type FixedColumn =
  | 'id'
  | 'serviceId'
  | 'serviceVersion'
  | 'pins'
  | 'channel'
  | 'calendarId'
  | 'revision'
  | 'createdBy'
  | 'createdAt'
  | 'updatedAt';

export type CaseChanges = Partial<Omit<CaseRow, FixedColumn>> & {
  /**
   * The case's language: the one it was submitted in (the submitter's interface language); its notices
   * are written in it. A column the case model does not map: only the submit sets it.
   */
  lang?: string;
};

/** Columns of `cases` the model does not map, written by update() all the same. */
const UNMAPPED = new Set(['lang']);

/** Columns update() reads back into the record it returns; the others (stepDue, stepGroups, lang) the record lacks. */
type ReadBackColumn = Exclude<keyof CaseChanges, 'lang' | 'stepDue' | 'stepGroups'> | 'revision' | 'updatedAt';

const text = (stored: unknown) => (typeof stored === 'string' ? stored : null);
const instant = (stored: unknown) => (typeof stored === 'string' || stored instanceof Date ? iso(stored) : null);

/** How each column a move changes reads back from its stored value (JSON text, SQLite dates), exactly as toPlain reads it. */
const READ_BACK: { [C in ReadBackColumn]: (stored: unknown) => CaseRecord[C] } = {
  status: (stored) => stored as CaseRecord['status'],
  step: text,
  outcome: text,
  revision: Number,
  number: text,
  assignee: text,
  applicantName: text,
  applicantId: text,
  data: (stored) => json(stored, {}),
  state: (stored) => json(stored, null),
  outcomes: (stored) => json(stored, []),
  facts: (stored) => json(stored, null),
  deadlines: (stored) => json(stored, []),
  forms: (stored) => json(stored, {}),
  replay: (stored) => json(stored, null),
  nextDueAt: instant,
  submittedAt: instant,
  receivedAt: instant,
  closedAt: instant,
  updatedAt: (stored) => instant(stored) ?? '',
};

const readsBack = (column: string): column is ReadBackColumn => Object.hasOwn(READ_BACK, column);

function readBack<C extends ReadBackColumn>(record: CaseRecord, column: C, stored: unknown): void {
  record[column] = READ_BACK[column](stored);
}

/**
 * The record `previous` becomes once `columns` are set to `values` (as stored: JSON text, SQLite dates),
 * read back exactly as toPlain reads a row, so the result equals a fresh read of the row.
 */
function withChanges(previous: CaseRecord, columns: string[], values: unknown[]): CaseRecord {
  const next: CaseRecord = { ...previous };
  columns.forEach((column, i) => {
    if (readsBack(column)) readBack(next, column, values[i]);
  });
  return next;
}

/** A move that can change what an impact preview replays: case_replay is rewritten with it. */
const touchesReplay = (changes: CaseChanges) =>
  changes.status !== undefined || changes.replay !== undefined || changes.deadlines !== undefined;

/**
 * The update as one statement on the transaction's sqlite connection. When the caller holds the row as it
 * was, only the changed columns come back through JSON, not the whole case.
 */
async function updateOnSqlite(
  connection: NonNullable<ReturnType<typeof sqliteConnectionOf>>,
  attributes: Record<string, unknown>,
  id: string,
  revision: number,
  changes: CaseChanges,
  previous: CaseRecord | undefined,
): Promise<CaseRecord | null> {
  const set = { ...changes, revision: revision + 1, updatedAt: new Date() } as Record<string, unknown>;
  const columns = Object.keys(set).filter((c) => set[c] !== undefined && (c in attributes || UNMAPPED.has(c)));
  const values = columns.map((c) => sqliteValue(set[c]));
  const assignments = columns.map((c) => `"${c}" = ?`).join(', ');
  if (previous?.id === id && previous.revision === revision) {
    const rows = await sqliteAll(
      connection,
      `UPDATE cases SET ${assignments} WHERE id = ? AND revision = ? RETURNING revision`,
      [...values, id, revision],
    );
    return rows.length ? withChanges(previous, columns, values) : null;
  }
  const [row] = await sqliteAll<StoredCaseRow>(
    connection,
    `UPDATE cases SET ${assignments} WHERE id = ? AND revision = ? RETURNING *`,
    [...values, id, revision],
  );
  return row ? toPlain(row) : null;
}

/** Reading and writing the case rows themselves. */
function caseRows(db: Db) {
  const { Case } = db.models;
  const replays = caseReplayRepository(db);
  return {
    async get(id: string, t?: Transaction): Promise<CaseRecord | null> {
      // every case move starts here: on SQLite one statement straight to the driver, not through Sequelize
      const connection = t ? sqliteConnectionOf(db, t) : await sqliteReader(db);
      if (connection) {
        const [found] = await sqliteAll<StoredCaseRow>(connection, 'SELECT * FROM cases WHERE id = ?', [id]);
        return found ? toPlain(found) : null;
      }
      const row = await rawOne<CaseRow>(Case.findByPk(id, { raw: true, transaction: t }));
      return row ? toPlain(row) : null;
    },

    async create(
      input: { id: string; pins: Pins; channel: string; data: Record<string, unknown>; createdBy: string; at: Date },
      t: Transaction,
    ): Promise<CaseRecord> {
      const row = await Case.create(
        {
          id: input.id,
          serviceId: input.pins.service.id,
          serviceVersion: input.pins.service.version,
          pins: input.pins,
          calendarId: input.pins.calendar.id,
          channel: input.channel,
          status: 'draft',
          data: input.data,
          revision: 1,
          createdBy: input.createdBy,
          createdAt: input.at,
          updatedAt: input.at,
        },
        { transaction: t },
      );
      return toPlain(row.get({ plain: true }));
    },

    /**
     * Writes changes only if the case is still at `revision`: two staff acting on one
     * case at once cannot both win. Returns null when someone else moved it first.
     */
    async update(
      id: string,
      revision: number,
      changes: CaseChanges,
      t: Transaction,
      previous?: CaseRecord,
    ): Promise<CaseRecord | null> {
      const connection = sqliteConnectionOf(db, t);
      if (connection) {
        // the submit path's hot write: one statement on the transaction's own connection
        const updated = await updateOnSqlite(connection, Case.getAttributes(), id, revision, changes, previous);
        if (updated && touchesReplay(changes)) await replays.save(updated, t);
        return updated;
      }
      const { lang, ...mapped } = changes;
      const [count] = await Case.update(
        { ...mapped, revision: revision + 1 },
        { where: { id, revision }, transaction: t },
      );
      if (count === 0) return null;
      if (lang !== undefined)
        await db.sequelize.query('UPDATE cases SET lang = ? WHERE id = ?', {
          replacements: [lang, id],
          transaction: t,
        });
      const row = await rawOne<CaseRow>(Case.findByPk(id, { raw: true, transaction: t }));
      const updated = row ? toPlain(row) : null;
      if (updated && touchesReplay(changes)) await replays.save(updated, t);
      return updated;
    },
  };
}

/** Finding, numbering, counting and erasing cases. */
function caseLists(db: Db) {
  const { Case } = db.models;
  return {
    async list(filter: {
      service?: string;
      status?: string;
      /** only the cases this user started or acted on: every such step is a case event of theirs */
      actor?: string;
      overdueAt?: Date;
      limit: number;
      offset: number;
    }): Promise<CaseRecord[]> {
      const where: WhereOptions<CaseRow> = {};
      if (filter.service) Object.assign(where, { serviceId: filter.service });
      if (filter.status) Object.assign(where, { status: filter.status });
      if (filter.actor) {
        const mine = `(SELECT "caseId" FROM case_events WHERE actor = ${db.sequelize.escape(filter.actor)})`;
        Object.assign(where, { id: { [Op.in]: db.sequelize.literal(mine) } });
      }
      if (filter.overdueAt) {
        // THE definition of overdue; status = … AND nextDueAt < … ORDER BY nextDueAt walks the cases_overdue index
        Object.assign(where, overdueWhere(filter.overdueAt));
      }
      const rows = await rawAll<CaseRow>(
        Case.findAll({
          where,
          // overdue: the longest overdue first
          order: filter.overdueAt ? [['nextDueAt', 'ASC']] : [['createdAt', 'DESC']],
          limit: filter.limit,
          offset: filter.offset,
          raw: true,
        }),
      );
      return rows.map(toPlain);
    },

    /** The next number of a service's sequence for a year, inside the caller's transaction (row-locked on PostgreSQL). */
    async nextNumber(serviceId: string, year: number, t: Transaction): Promise<number> {
      const sql =
        'INSERT INTO case_numbers ("serviceId", year, last) VALUES (?, ?, 1) ' +
        'ON CONFLICT ("serviceId", year) DO UPDATE SET last = case_numbers.last + 1 RETURNING last';
      const connection = sqliteConnectionOf(db, t);
      const rows = connection
        ? await sqliteAll(connection, sql, [serviceId, year])
        : await db.sequelize.query<Record<string, unknown>>(sql, {
            replacements: [serviceId, year],
            type: QueryTypes.SELECT,
            transaction: t,
          });
      return Number(rows[0]?.last);
    },

    /**
     * Erases a case and everything recorded under it (events, documents, attachment rows, reminders, replay
     * summary), children first for the foreign keys. Returns the attachment ids, whose bytes the caller's
     * BlobStore removes. Only drafts come here (usecases/discardDraft.ts): nothing was decided on them.
     */
    async remove(id: string, t: Transaction): Promise<string[]> {
      const q = (sql: string) =>
        db.sequelize.query<Record<string, unknown>>(sql, {
          replacements: [id],
          type: QueryTypes.SELECT,
          transaction: t,
        });
      const attachments = (await q('SELECT id FROM attachments WHERE "caseId" = ?')).map((r) => String(r.id));
      for (const table of ['attachments', 'case_events', 'documents', 'notifications', 'case_replay']) {
        await db.sequelize.query(`DELETE FROM ${table} WHERE "caseId" = ?`, { replacements: [id], transaction: t });
      }
      await db.sequelize.query('DELETE FROM cases WHERE id = ?', { replacements: [id], transaction: t });
      return attachments;
    },

    async count(t?: Transaction): Promise<number> {
      return Case.count({ transaction: t });
    },
  };
}

/** A case's history: its events, oldest first. */
function caseEvents(db: Db) {
  const { CaseEvent: Events } = db.models;
  return {
    async addEvent(
      caseId: string,
      event: Omit<CaseEvent, 'id' | 'at'> & { at: Date },
      t: Transaction,
    ): Promise<CaseEvent> {
      const connection = sqliteConnectionOf(db, t);
      if (connection) {
        // only the new id comes back: the rest is what was just written, read back as eventToPlain would
        const row = { caseId, ...event };
        const columns = Object.keys(row).filter((c) => row[c as keyof typeof row] !== undefined);
        const values = columns.map((c) => sqliteValue(row[c as keyof typeof row]));
        const [inserted] = await sqliteAll(
          connection,
          `INSERT INTO case_events (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')}) RETURNING id`,
          values,
        );
        if (!inserted) throw new Error('INSERT INTO case_events returned no row');
        return {
          ...event,
          id: Number(inserted.id),
          payload: json(values[columns.indexOf('payload')], null),
          at: iso(event.at) as string,
        };
      }
      const row = await Events.create({ caseId, ...event }, { transaction: t });
      return eventToPlain(row.get({ plain: true }));
    },

    async events(caseId: string): Promise<CaseEvent[]> {
      const rows = await rawAll<CaseEventRow>(Events.findAll({ where: { caseId }, order: [['id', 'ASC']], raw: true }));
      return rows.map(eventToPlain);
    },
  };
}

/** The documents issued to cases, and the figures the dashboards count. */
function caseDocumentsAndFigures(db: Db) {
  const { Case, Document } = db.models;
  return {
    async saveDocument(
      input: Omit<DocumentRow, 'id' | 'createdAt'> & { createdAt: Date },
      t: Transaction,
    ): Promise<void> {
      await Document.create(input, { transaction: t });
    },

    async document(caseId: string, output: string, lang?: string): Promise<DocumentRow | null> {
      const rows = await rawAll<DocumentRow>(
        Document.findAll({ where: { caseId, output, ...(lang ? { lang } : {}) }, raw: true }),
      );
      return rows[0] ?? null;
    },

    async documents(
      caseId: string,
    ): Promise<{ output: string; lang: string; templateId: string; templateVersion: number }[]> {
      const rows = await rawAll<DocumentRow>(
        Document.findAll({
          where: { caseId },
          attributes: ['output', 'lang', 'templateId', 'templateVersion'],
          order: [
            ['output', 'ASC'],
            ['lang', 'ASC'],
          ],
          raw: true,
        }),
      );
      return rows.map((r) => ({
        output: r.output,
        lang: r.lang,
        templateId: r.templateId,
        templateVersion: r.templateVersion,
      }));
    },

    /** Cases per service and status. */
    async countByStatus(): Promise<{ service: string; status: string; count: number }[]> {
      const rows = await db.sequelize.query<{ service: string; status: string; count: number | string }>(
        'SELECT "serviceId" AS service, status, COUNT(*) AS count FROM cases GROUP BY "serviceId", status ORDER BY "serviceId", status',
        { type: QueryTypes.SELECT },
      );
      return rows.map((r) => ({ service: r.service, status: r.status, count: Number(r.count) }));
    },

    /** Closed cases per service with their close time and the deadlines they had. */
    async closed(): Promise<{ service: string; closedAt: string; deadlines: { id: string; due: string | null }[] }[]> {
      const rows = await rawAll<CaseRow>(
        Case.findAll({
          where: { status: 'done', closedAt: { [Op.ne]: null } },
          attributes: ['serviceId', 'closedAt', 'deadlines'],
          raw: true,
        }),
      );
      return rows.map((r) => ({
        service: r.serviceId,
        closedAt: iso(r.closedAt) as string,
        deadlines: json(r.deadlines, []),
      }));
    },
  };
}

export function casesRepository(db: Db) {
  return { ...caseRows(db), ...caseLists(db), ...caseEvents(db), ...caseDocumentsAndFigures(db) };
}

export type CasesRepository = ReturnType<typeof casesRepository>;
