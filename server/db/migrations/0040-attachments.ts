import { DataTypes, type QueryInterface } from 'sequelize';

const { INTEGER, STRING, DATE, BLOB } = DataTypes;

export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  // what staff see of a file: never its content, which lives in attachment_blobs behind the BlobStore
  await qi.createTable('attachments', {
    id: { type: STRING(36), primaryKey: true },
    caseId: { type: STRING(36), allowNull: false, references: { model: 'cases', key: 'id' } },
    // the form field (dotted key) and the service's required document it answers, when known
    field: { type: STRING(200), allowNull: true },
    document: { type: STRING(100), allowNull: true },
    name: { type: STRING(255), allowNull: false },
    type: { type: STRING(100), allowNull: false },
    size: { type: INTEGER, allowNull: false },
    sha256: { type: STRING(64), allowNull: false },
    createdBy: { type: STRING(80), allowNull: false },
    createdAt: { type: DATE, allowNull: false },
  });
  await qi.addIndex('attachments', ['caseId'], { name: 'attachments_case' });
  // the bytes, one row per attachment: the default BlobStore, seen by every instance on the database
  await qi.createTable('attachment_blobs', {
    id: { type: STRING(36), primaryKey: true },
    content: { type: BLOB('long'), allowNull: false },
  });
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.dropTable('attachment_blobs');
  await qi.dropTable('attachments');
}
