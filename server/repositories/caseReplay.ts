import { QueryTypes, type Transaction } from 'sequelize';
import type { Db } from '../db/connection';
import { sqliteAll, sqliteConnectionOf, sqliteReader, sqliteRun } from '../db/rawSqlite';
import { fromJsonColumn as parsed } from './jsonColumn';

/** What a case's replay record holds (see usecases/caseEvaluation.ts `CaseReplay`), as stored here. */
interface StoredReplay {
  evaluatedAt: string;
  events: Record<string, string>;
  step: unknown;
  rulesets: Record<string, unknown>;
}

/** A case in flight as a calendar's impact preview reads it: the instants, the step, the stored deadlines. */
export interface DeadlineReplayRow {
  id: string;
  service: string;
  serviceVersion: number;
  deadlines: { id: string; due: string | null }[];
  evaluatedAt: string;
  events: Record<string, string>;
  step: unknown;
}

/** A case in flight as a ruleset's impact preview reads it: its pinned rulesets and what one of them last saw. */
export interface RulesetReplayRow {
  id: string;
  rulesetIds: string[];
  /** `{version, facts, events}` of the ruleset asked about, or null when the case never evaluated it */
  last: unknown;
}

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

const COLUMNS = [
  'caseId',
  'calendarId',
  'serviceId',
  'serviceVersion',
  'rulesetIds',
  'evaluatedAt',
  'events',
  'step',
  'deadlines',
  'rulesets',
];

/**
 * `case_replay`: one narrow row per case in progress, written in the transaction of every move
 * that changes the case (see casesRepository.update), so impact previews read nothing else.
 * Paged in case id order (keyset paging: each page is one indexed range read).
 */
export function caseReplayRepository(db: Db) {
  const postgres = db.dialect === 'postgres';

  /** SQLite rows straight from the driver: Sequelize's row handling costs more than the read itself. */
  async function select(sql: string, params: unknown[]): Promise<Record<string, unknown>[]> {
    const reader = await sqliteReader(db);
    if (reader) return sqliteAll(reader, sql, params);
    let n = 0;
    return db.sequelize.query<Record<string, unknown>>(
      sql.replace(/\?/g, () => `$${++n}`),
      { type: QueryTypes.SELECT, bind: params },
    );
  }

  async function* pages(
    sql: (after: string) => { text: string; params: unknown[] },
    pageSize: number,
  ): AsyncGenerator<Record<string, unknown>[], void, undefined> {
    let after = '';
    for (;;) {
      const { text, params } = sql(after);
      const rows = await select(`${text} ORDER BY "caseId" LIMIT ?`, [...params, pageSize]);
      if (rows.length === 0) return;
      yield rows;
      if (rows.length < pageSize) return;
      after = String(rows[rows.length - 1]?.caseId);
    }
  }

  return {
    /** The cases in progress on calendar `calendarId`. */
    async *onCalendar(calendarId: string, pageSize = 20_000): AsyncGenerator<DeadlineReplayRow[], void, undefined> {
      const reader = await sqliteReader(db);
      if (reader) {
        // a page as ONE JSON text glued by SQLite from the stored JSON (never re-parsed there) and
        // parsed once here: node-sqlite3 builds each row object cell by cell, which cost more than the read
        let after = '';
        for (;;) {
          const [found] = await sqliteAll(
            reader,
            `SELECT '[' || group_concat('[' || json_quote("caseId") || ',' || json_quote("serviceId") || ','
               || "serviceVersion" || ',' || json_quote("evaluatedAt") || ',' || events || ','
               || coalesce(step, 'null') || ',' || deadlines || ']', ',') || ']' AS page, max("caseId") AS last
             FROM (SELECT * FROM case_replay WHERE "calendarId" = ? AND "caseId" > ? ORDER BY "caseId" LIMIT ?)`,
            [calendarId, after, pageSize],
          );
          const page = found?.page ? (JSON.parse(String(found.page)) as unknown[][]) : [];
          if (page.length === 0) return;
          yield page.map(([id, service, serviceVersion, evaluatedAt, events, step, deadlines]) => ({
            id: id as string,
            service: service as string,
            serviceVersion: serviceVersion as number,
            evaluatedAt: evaluatedAt as string,
            events: events as Record<string, string>,
            step,
            deadlines: deadlines as DeadlineReplayRow['deadlines'],
          }));
          if (page.length < pageSize) return;
          after = String(found?.last);
        }
      }
      const sql = (after: string) => ({
        text: `SELECT "caseId", "serviceId", "serviceVersion", "evaluatedAt", events, step, deadlines
               FROM case_replay WHERE "calendarId" = ? AND "caseId" > ?`,
        params: [calendarId, after],
      });
      for await (const rows of pages(sql, pageSize)) {
        yield rows.map((r) => ({
          id: String(r.caseId),
          service: String(r.serviceId),
          serviceVersion: Number(r.serviceVersion),
          evaluatedAt: String(r.evaluatedAt),
          events: parsed(r.events, {}),
          step: parsed(r.step, null),
          deadlines: parsed(r.deadlines, []),
        }));
      }
    },

    /** The cases in progress pinned to ruleset `rulesetId`, with only that ruleset's last evaluation. */
    async *pinnedTo(rulesetId: string, pageSize = 20_000): AsyncGenerator<RulesetReplayRow[], void, undefined> {
      // only the part of `rulesets` for this ruleset leaves the database; `_` in an id matches any
      // character in LIKE, so the pins are a superset the caller checks exactly
      const path = `$.${JSON.stringify(rulesetId)}`;
      const last = postgres ? `(rulesets::jsonb -> ?::text)` : `json_extract(rulesets, ?)`;
      const sql = (after: string) => ({
        text: `SELECT "caseId", "rulesetIds", ${last} AS last FROM case_replay WHERE "rulesetIds" LIKE ? AND "caseId" > ?`,
        params: [postgres ? rulesetId : path, `%,${rulesetId},%`, after],
      });
      for await (const rows of pages(sql, pageSize)) {
        yield rows.map((r) => ({
          id: String(r.caseId),
          rulesetIds: String(r.rulesetIds).split(',').filter(Boolean),
          last: parsed(r.last, null),
        }));
      }
    },

    save: (record: ReplayedCase, t: Transaction) => saveReplay(db, record, t),
  };
}

/** What a case's replay row is made from. */
export interface ReplayedCase {
  id: string;
  status: string;
  service: string;
  serviceVersion: number;
  pins: { calendar?: { id: string }; rulesets?: { id: string }[] } | null;
  deadlines: unknown;
  replay: StoredReplay | null;
}

/**
 * Keeps a case's row in step with the case, inside the transaction that moved it: written
 * while the case is in progress with a replay record, removed once it is not.
 */
async function saveReplay(db: Db, record: ReplayedCase, t: Transaction): Promise<void> {
  const connection = sqliteConnectionOf(db, t);
  const run = (sql: string, params: unknown[]) => {
    if (connection) return sqliteRun(connection, sql, params);
    let n = 0;
    return db.sequelize
      .query(
        sql.replace(/\?/g, () => `$${++n}`),
        { bind: params, transaction: t },
      )
      .then(() => undefined);
  };
  const { replay } = record;
  if (record.status !== 'in-progress' || !replay) {
    await run('DELETE FROM case_replay WHERE "caseId" = ?', [record.id]);
    return;
  }
  const values = [
    record.id,
    record.pins?.calendar?.id ?? null,
    record.service,
    record.serviceVersion,
    `,${(record.pins?.rulesets ?? []).map((p) => p.id).join(',')},`,
    replay.evaluatedAt,
    json(replay.events ?? {}),
    json(replay.step),
    json(record.deadlines ?? []),
    json(replay.rulesets ?? {}),
  ];
  await run(
    `INSERT INTO case_replay (${COLUMNS.map((c) => `"${c}"`).join(', ')}) VALUES (${COLUMNS.map(() => '?').join(', ')})
   ON CONFLICT ("caseId") DO UPDATE SET ${COLUMNS.slice(1)
     .map((c) => `"${c}" = excluded."${c}"`)
     .join(', ')}`,
    values,
  );
}
