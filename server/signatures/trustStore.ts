import { createHash } from 'node:crypto';
import { QueryTypes, type Transaction } from 'sequelize';
import type { Db } from '../db/connection';

export type TrustKind = 'root' | 'crl';

export interface TrustEntry {
  id: number;
  kind: TrustKind;
  subject: string;
  pem: string;
  sha256: string;
  createdBy: string;
  createdAt: string;
}

/** The trusted roots and CRLs an administrator uploaded (migration 0041-trust-store). */
export function trustStoreRepository(db: Db) {
  const { sequelize } = db;
  return {
    /** Adds an entry; the same bytes twice are one entry. Returns whether it was new. */
    async add(
      entry: { kind: TrustKind; subject: string; pem: string; createdBy: string; at: Date },
      t: Transaction,
    ): Promise<boolean> {
      const sha256 = createHash('sha256').update(entry.pem).digest('hex');
      const rows = await sequelize.query<{ id: number }>(
        `/* trust */ INSERT INTO trust_store (kind, subject, pem, sha256, "createdBy", "createdAt")
         VALUES (:kind, :subject, :pem, :sha256, :createdBy, :at) ON CONFLICT (sha256) DO NOTHING RETURNING id`,
        { replacements: { ...entry, sha256 }, type: QueryTypes.SELECT, transaction: t },
      );
      return rows.length === 1;
    },
    async list(kind?: TrustKind): Promise<TrustEntry[]> {
      const rows = await sequelize.query<TrustEntry & { createdAt: Date | string }>(
        `SELECT * FROM trust_store ${kind ? 'WHERE kind = :kind' : ''} ORDER BY id`,
        { replacements: { kind }, type: QueryTypes.SELECT },
      );
      return rows.map((r) => ({ ...r, id: Number(r.id), createdAt: new Date(r.createdAt).toISOString() }));
    },
  };
}
