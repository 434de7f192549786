import { Op, QueryTypes, type Transaction, type WhereOptions } from 'sequelize';
import type { Db } from '../db/connection';
import { sqliteAll, sqliteConnectionOf, sqliteReader, sqliteValue } from '../db/rawSqlite';
import { rawAll, rawOne, type CaseEventRow, type CaseRow, type DocumentRow } from '../db/models';
import { caseReplayRepository } from './caseReplay';
import { overdueWhere } from './caseQueue';

export type CaseStatus = 'draft' | 'in-progress' | 'done';

export interface Pin {
  id: string;
  version: number;
}

/** The exact definition versions a case was started with. */
export interface Pins {
  service: Pin;
  form: Pin;
  calendar: Pin;
  processes: Pin[];
  rulesets: Pin[];
  templates: Pin[];
  /** the service's extra forms (decision, information form, survey); absent on cases started before they were pinned */
  forms?: Pin[];
  /** the dictionaries the case's forms name; absent on cases started before dictionaries existed */
  dictionaries?: Pin[];
  /** the connectors its forms, rulesets, documents and hand-offs call; absent on cases started before they were pinned */
  connectors?: Pin[];
  /** the application date the versions were chosen for: computed ages and fees count on it */
  on?: string;
}

export interface CaseRecord {
  id: string;
  service: string;
  serviceVersion: number;
  pins: Pins;
  channel: string;
  status: CaseStatus;
  step: string | null;
  outcome: string | null;
  data: Record<string, unknown>;
  state: Record<string, unknown> | null;
  outcomes: unknown[];
  facts: Record<string, unknown> | null;
  deadlines: { id: string; due: string | null }[];
  nextDueAt: string | null;
  submittedAt: string | null;
  receivedAt: string | null;
  closedAt: string | null;
  revision: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  /** data of the service's extra forms, by form id */
  forms: Record<string, Record<string, unknown>>;
  /** what impact previews replay (see usecases/caseEvaluation.ts) */
  replay: Record<string, unknown> | null;
  /** e.g. AR-2026-000123: sequential per service and year, given on submission; null for a draft */
  number: string | null;
  /** the user who claimed the case */
  assignee: string | null;
  /** who applies, read from the data where the service definition points */
  applicantName: string | null;
  applicantId: string | null;
}

export interface CaseEvent {
  id: number;
  type: string;
  action: string | null;
  fromStep: string | null;
  toStep: string | null;
  actor: string;
  role: string | null;
  reason: string | null;
  payload: Record<string, unknown> | null;
  at: string;
}

const json = <T>(value: unknown, fallback: T): T =>
  value === null || value === undefined
    ? fallback
    : typeof value === 'string'
      ? (JSON.parse(value) as T)
      : (value as T);
const iso = (value: Date | string | null) => (value ? new Date(value).toISOString() : null);

function toPlain(row: CaseRow): CaseRecord {
  return {
    id: row.id,
    service: row.serviceId,
    serviceVersion: row.serviceVersion,
    pins: json<Pins>(row.pins, {} as Pins),
    channel: row.channel,
    status: row.status as CaseStatus,
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

export interface CaseChanges {
  status?: CaseStatus;
  step?: string | null;
  outcome?: string | null;
  data?: Record<string, unknown>;
  state?: Record<string, unknown> | null;
  outcomes?: unknown[];
  facts?: Record<string, unknown> | null;
  deadlines?: { id: string; due: string | null }[];
  nextDueAt?: Date | null;
  submittedAt?: Date | null;
  receivedAt?: Date | null;
  closedAt?: Date | null;
  forms?: Record<string, Record<string, unknown>>;
  replay?: Record<string, unknown> | null;
  number?: string | null;
  assignee?: string | null;
  applicantName?: string | null;
  applicantId?: string | null;
  stepDue?: Date | null;
  stepGroups?: string | null;
  /**
   * The case's language: the one it was submitted in (the submitter's interface language); its notices
   * are written in it. A column the case model does not map: only the submit sets it.
   */
  lang?: string;
}

/** Columns of `cases` the model does not map, written by update() all the same. */
const UNMAPPED = new Set(['lang']);

const JSON_FIELDS: Record<string, unknown> = {
  data: {},
  state: null,
  outcomes: [],
  facts: null,
  deadlines: [],
  forms: {},
  replay: null,
};
const DATE_FIELDS = new Set(['nextDueAt', 'submittedAt', 'receivedAt', 'closedAt', 'updatedAt']);
const PLAIN_FIELDS = new Set([
  'status',
  'step',
  'outcome',
  'revision',
  'number',
  'assignee',
  'applicantName',
  'applicantId',
]);

/**
 * The record `previous` becomes once `columns` are set to `values` (as stored: JSON text, SQLite dates),
 * read back exactly as toPlain reads a row, so the result equals a fresh read of the row.
 */
function withChanges(previous: CaseRecord, columns: string[], values: unknown[]): CaseRecord {
  const next: Record<string, unknown> = { ...previous };
  columns.forEach((column, i) => {
    const value = values[i] as string | number | null;
    if (column in JSON_FIELDS) next[column] = json(value, JSON_FIELDS[column]);
    else if (DATE_FIELDS.has(column)) next[column] = iso(value as string | null);
    else if (PLAIN_FIELDS.has(column)) next[column] = value ?? null;
  });
  return next as unknown as CaseRecord;
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
  const [row] = await sqliteAll(
    connection,
    `UPDATE cases SET ${assignments} WHERE id = ? AND revision = ? RETURNING *`,
    [...values, id, revision],
  );
  return row ? toPlain(row as unknown as CaseRow) : null;
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
        const [found] = await sqliteAll(connection, 'SELECT * FROM cases WHERE id = ?', [id]);
        return found ? toPlain(found as unknown as CaseRow) : null;
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
          pins: input.pins as unknown as Record<string, unknown>,
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
        { ...(mapped as Partial<CaseRow>), revision: revision + 1 },
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
