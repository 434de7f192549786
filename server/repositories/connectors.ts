import { QueryTypes, type Transaction } from 'sequelize';
import type { Db } from '../db/connection';
import type { AllowedHost } from '../connectors/hostAllowlist';

export interface ConnectorCallRow {
  id: number;
  caseId: string;
  purpose: string;
  connector: string;
  version: number | null;
  ok: boolean;
  answerDigest: string | null;
  record: unknown;
  actor: string;
  at: string;
}

/** The tables of migration 0100: allowed hosts, sealed credentials, calls made for cases. */
export function connectorsRepository(db: Db) {
  const { sequelize } = db;
  return {
    async hosts(): Promise<(AllowedHost & { updatedBy: string; updatedAt: string })[]> {
      const rows = await sequelize.query<{ host: string; allowPrivate: unknown; updatedBy: string; updatedAt: string }>(
        'SELECT host, "allowPrivate", "updatedBy", "updatedAt" FROM connector_hosts ORDER BY host',
        { type: QueryTypes.SELECT },
      );
      return rows.map((r) => ({ ...r, allowPrivate: Boolean(r.allowPrivate) }));
    },
    async host(host: string): Promise<AllowedHost | undefined> {
      const rows = await sequelize.query<{ host: string; allowPrivate: unknown }>(
        'SELECT host, "allowPrivate" FROM connector_hosts WHERE host = :host',
        { type: QueryTypes.SELECT, replacements: { host } },
      );
      const row = rows[0];
      return row && { host: row.host, allowPrivate: Boolean(row.allowPrivate) };
    },
    async putHost(entry: AllowedHost, by: string, at: Date, t?: Transaction): Promise<void> {
      await db.write(
        `INSERT INTO connector_hosts (host, "allowPrivate", "updatedBy", "updatedAt") VALUES (:host, :allowPrivate, :by, :at)
         ON CONFLICT (host) DO UPDATE SET "allowPrivate" = excluded."allowPrivate", "updatedBy" = excluded."updatedBy", "updatedAt" = excluded."updatedAt"`,
        { type: QueryTypes.INSERT, replacements: { ...entry, by, at: at.toISOString() } },
        t,
      );
    },
    async deleteHost(host: string, t?: Transaction): Promise<void> {
      await db.write('DELETE FROM connector_hosts WHERE host = :host', { replacements: { host } }, t);
    },
    async credentialNames(): Promise<{ name: string; updatedBy: string; updatedAt: string }[]> {
      return sequelize.query('SELECT name, "updatedBy", "updatedAt" FROM connector_credentials ORDER BY name', {
        type: QueryTypes.SELECT,
      });
    },
    async sealedCredential(name: string): Promise<string | undefined> {
      const rows = await sequelize.query<{ sealed: string }>(
        'SELECT sealed FROM connector_credentials WHERE name = :name',
        { type: QueryTypes.SELECT, replacements: { name } },
      );
      return rows[0]?.sealed;
    },
    async putCredential(name: string, sealed: string, by: string, at: Date, t?: Transaction): Promise<void> {
      await db.write(
        `INSERT INTO connector_credentials (name, sealed, "updatedBy", "updatedAt") VALUES (:name, :sealed, :by, :at)
         ON CONFLICT (name) DO UPDATE SET sealed = excluded.sealed, "updatedBy" = excluded."updatedBy", "updatedAt" = excluded."updatedAt"`,
        { type: QueryTypes.INSERT, replacements: { name, sealed, by, at: at.toISOString() } },
        t,
      );
    },
    /** whether a credential was there to delete */
    async deleteCredential(name: string, t?: Transaction): Promise<boolean> {
      const remove = async (transaction: Transaction) => {
        const found = await sequelize.query('SELECT name FROM connector_credentials WHERE name = :name', {
          type: QueryTypes.SELECT,
          replacements: { name },
          transaction,
        });
        await sequelize.query('DELETE FROM connector_credentials WHERE name = :name', {
          replacements: { name },
          transaction,
        });
        return found.length > 0;
      };
      return t ? remove(t) : db.transaction(remove);
    },
    async addCall(call: Omit<ConnectorCallRow, 'id'>, t?: Transaction): Promise<void> {
      await db.write(
        `INSERT INTO connector_calls ("caseId", purpose, connector, version, ok, "answerDigest", record, actor, at)
         VALUES (:caseId, :purpose, :connector, :version, :ok, :answerDigest, :record, :actor, :at)`,
        { type: QueryTypes.INSERT, replacements: { ...call, record: JSON.stringify(call.record) } },
        t,
      );
    },
    async calls(caseId: string): Promise<ConnectorCallRow[]> {
      const rows = await sequelize.query<ConnectorCallRow & { record: string }>(
        'SELECT * FROM connector_calls WHERE "caseId" = :caseId ORDER BY id',
        { type: QueryTypes.SELECT, replacements: { caseId } },
      );
      return rows.map((r) => ({ ...r, ok: Boolean(r.ok), record: JSON.parse(r.record) as unknown }));
    },
  };
}
