import { Op, type Transaction, type WhereOptions } from 'sequelize';
import type { Db } from '../db/connection';
import { sqliteAll, sqliteConnectionOf, sqliteValue } from '../db/rawSqlite';
import { rawAll, rawOne, type AuditRow } from '../db/models';
import { canonicalJson, sha256 } from '../digest';
import { assertStorable } from '../http/storableText';

export interface AuditInput extends Pick<
  AuditRow,
  'actor' | 'action' | 'entity' | 'entityId' | 'beforeDigest' | 'afterDigest'
> {
  details?: Record<string, unknown> | null;
  at: Date;
  /** the X-Request-Id of the request that made the entry, if any */
  requestId?: string | null;
}

export interface AuditEntry extends Omit<AuditInput, 'at'> {
  id: number;
  at: string;
  prevHash: string;
  hash: string;
}

/** The hash of the chain before its first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * What an entry's hash covers: every field but the hash itself, and the previous entry's hash.
 * The request id is covered when the entry has one; entries without one (made outside a request,
 * or before the column existed) hash exactly as they always did, so old chains still verify.
 */
export function entryHash(entry: Omit<AuditEntry, 'hash' | 'id'> & { id?: number }): string {
  const { actor, action, entity, entityId, beforeDigest, afterDigest, details, at, prevHash, requestId } = entry;
  return sha256(
    canonicalJson({
      actor,
      action,
      entity,
      entityId,
      beforeDigest,
      afterDigest,
      details: details ?? null,
      at,
      prevHash,
      ...(requestId ? { requestId } : {}),
    }),
  );
}

function toPlain(row: AuditRow): AuditEntry {
  const details = typeof row.details === 'string' ? (JSON.parse(row.details) as Record<string, unknown>) : row.details;
  return {
    id: row.id,
    at: new Date(row.at).toISOString(),
    actor: row.actor,
    action: row.action,
    entity: row.entity,
    entityId: row.entityId,
    beforeDigest: row.beforeDigest,
    afterDigest: row.afterDigest,
    details: details ?? null,
    prevHash: row.prevHash,
    hash: row.hash,
    requestId: row.requestId ?? null,
  };
}

const COLUMNS = [
  'actor',
  'action',
  'entity',
  'entityId',
  'beforeDigest',
  'afterDigest',
  'details',
  'at',
  'requestId',
  'prevHash',
  'hash',
] as const;

/**
 * The INSERT of the SQLite fast path. It names the hash it chains to and inserts only while that is
 * still the chain's tail (the guard reads the last row by its primary key), so the entry costs one
 * statement instead of a read of the tail and an insert. The tail is remembered per connection from
 * the last entry this process wrote; when it is stale (another process appended, or a rolled-back
 * savepoint took the remembered entry with it) nothing is inserted, and the tail is read and the
 * insert repeated: a wrong guess costs a statement, never a broken chain.
 */
const APPEND =
  `INSERT INTO audit_log (${COLUMNS.map((c) => `"${c}"`).join(', ')}) ` +
  `SELECT ${COLUMNS.map(() => '?').join(', ')} ` +
  `WHERE coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '${GENESIS_HASH}') = ? RETURNING id`;

type SqliteConnection = NonNullable<ReturnType<typeof sqliteConnectionOf>>;
const tails = new WeakMap<SqliteConnection, string>();

async function appendOnSqlite(
  connection: SqliteConnection,
  entry: (prevHash: string) => Omit<AuditEntry, 'id'>,
  at: Date,
): Promise<AuditEntry> {
  const insert = async (prevHash: string) => {
    const row = entry(prevHash);
    const values = COLUMNS.map((c) => sqliteValue(c === 'at' ? at : row[c]));
    const [inserted] = await sqliteAll(connection, APPEND, [...values, prevHash]);
    if (inserted) tails.set(connection, row.hash);
    return inserted ? { ...row, id: Number(inserted.id) } : null;
  };
  const remembered = tails.get(connection);
  const guessed = remembered === undefined ? null : await insert(remembered);
  if (guessed) return guessed;
  const [last] = await sqliteAll(connection, 'SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1');
  const appended = await insert((last?.hash as string | undefined) ?? GENESIS_HASH);
  if (!appended) throw new Error('the audit chain changed while appending to it');
  return appended;
}

/** The audit log: append and read. There is deliberately no update or delete. */
export function auditRepository(db: Db) {
  const { Audit } = db.models;
  return {
    /** Appends one entry chained to the last; must run inside the transaction of the write it records. */
    async append(input: AuditInput, t: Transaction): Promise<AuditEntry> {
      if (db.dialect === 'postgres') {
        // instances append concurrently: serialize on the chain's tail until commit
        await db.sequelize.query('SELECT pg_advisory_xact_lock(7411)', { transaction: t });
      }
      const connection = sqliteConnectionOf(db, t);
      // what is hashed must be exactly what is stored: text a database would alter is refused, not hashed
      assertStorable(input);
      const at = input.at.toISOString();
      const entry = (prevHash: string) => {
        const base = { ...input, details: input.details ?? null, requestId: input.requestId ?? null, at, prevHash };
        return { ...base, hash: entryHash(base) };
      };
      if (connection) return appendOnSqlite(connection, entry, input.at);
      const last = await rawOne<AuditRow>(
        Audit.findOne({ order: [['id', 'DESC']], attributes: ['hash'], raw: true, transaction: t }),
      );
      const base = entry(last?.hash ?? GENESIS_HASH);
      const row = await Audit.create({ ...base, at: input.at }, { transaction: t });
      return toPlain(row.get({ plain: true }));
    },

    async list(filter: {
      entity?: string;
      entityId?: string;
      actor?: string;
      action?: string;
      since?: Date;
      limit: number;
      offset: number;
    }) {
      const where: WhereOptions<AuditRow> = {};
      if (filter.entity) Object.assign(where, { entity: filter.entity });
      if (filter.entityId) Object.assign(where, { entityId: filter.entityId });
      if (filter.actor) Object.assign(where, { actor: filter.actor });
      if (filter.action) Object.assign(where, { action: filter.action });
      if (filter.since) Object.assign(where, { at: { [Op.gte]: filter.since } });
      const rows = await rawAll<AuditRow>(
        Audit.findAll({ where, order: [['id', 'DESC']], limit: filter.limit, offset: filter.offset, raw: true }),
      );
      return rows.map(toPlain);
    },

    /** Every entry in chain order, in pages, for verification. */
    async *all(pageSize = 1000): AsyncGenerator<AuditEntry> {
      let after = 0;
      for (;;) {
        const rows = await rawAll<AuditRow>(
          Audit.findAll({ where: { id: { [Op.gt]: after } }, order: [['id', 'ASC']], limit: pageSize, raw: true }),
        );
        for (const row of rows) yield toPlain(row);
        if (rows.length < pageSize) return;
        after = rows[rows.length - 1]?.id ?? after;
      }
    },
  };
}

export type AuditRepository = ReturnType<typeof auditRepository>;
