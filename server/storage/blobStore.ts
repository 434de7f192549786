import { QueryTypes, type Transaction } from 'sequelize';
import type { Db } from '../db/connection';

/**
 * Where the bytes of attachments live. The default keeps them in a table of the same
 * database, so every instance behind a load balancer sees every file; a file-system or
 * object store can take its place by implementing these three calls.
 */
export interface BlobStore {
  put(id: string, content: Buffer, t: Transaction): Promise<void>;
  get(id: string): Promise<Buffer | null>;
  remove(id: string, t: Transaction): Promise<void>;
}

export function databaseBlobStore(db: Db): BlobStore {
  const { sequelize } = db;
  return {
    async put(id, content, t) {
      await sequelize.query('INSERT INTO attachment_blobs (id, content) VALUES (:id, :content)', {
        replacements: { id, content },
        transaction: t,
      });
    },
    async get(id) {
      const rows = await sequelize.query<{ content: Buffer | Uint8Array }>(
        'SELECT content FROM attachment_blobs WHERE id = :id',
        { replacements: { id }, type: QueryTypes.SELECT },
      );
      const row = rows[0];
      return row ? Buffer.from(row.content) : null;
    },
    async remove(id, t) {
      await sequelize.query('DELETE FROM attachment_blobs WHERE id = :id', { replacements: { id }, transaction: t });
    },
  };
}
