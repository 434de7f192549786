import { QueryTypes, type Transaction } from 'sequelize';
import type { Db } from '../db/connection';

/** What is known of an attached file; its bytes are in the BlobStore under the same id. */
export interface Attachment {
  id: string;
  caseId: string;
  field: string | null;
  document: string | null;
  name: string;
  type: string;
  size: number;
  sha256: string;
  createdBy: string;
  createdAt: string;
}

type AttachmentRow = Omit<Attachment, 'createdAt' | 'size'> & { createdAt: Date | string; size: number | string };

const toPlain = (row: AttachmentRow): Attachment => ({
  ...row,
  size: Number(row.size),
  createdAt: new Date(row.createdAt).toISOString(),
});

/** The attachments table (migration 0040-attachments). */
export function attachmentsRepository(db: Db) {
  const { sequelize } = db;
  return {
    async insert(attachment: Attachment, t: Transaction): Promise<void> {
      await sequelize.query(
        `INSERT INTO attachments (id, "caseId", field, document, name, type, size, sha256, "createdBy", "createdAt")
         VALUES (:id, :caseId, :field, :document, :name, :type, :size, :sha256, :createdBy, :createdAt)`,
        { replacements: { ...attachment, createdAt: new Date(attachment.createdAt) }, transaction: t },
      );
    },
    async ofCase(caseId: string): Promise<Attachment[]> {
      const rows = await sequelize.query<AttachmentRow>(
        'SELECT * FROM attachments WHERE "caseId" = :caseId ORDER BY "createdAt", id',
        { replacements: { caseId }, type: QueryTypes.SELECT },
      );
      return rows.map(toPlain);
    },
    async get(id: string): Promise<Attachment | null> {
      const rows = await sequelize.query<AttachmentRow>('SELECT * FROM attachments WHERE id = :id', {
        replacements: { id },
        type: QueryTypes.SELECT,
      });
      return rows[0] ? toPlain(rows[0]) : null;
    },
  };
}

export type AttachmentsRepository = ReturnType<typeof attachmentsRepository>;
