import { DataTypes, type QueryInterface } from 'sequelize';

const { INTEGER, STRING, TEXT, DATE } = DataTypes;

export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  // the roots signatures are verified against, and the revocation lists the administrator uploads
  await qi.createTable('trust_store', {
    id: { type: INTEGER, primaryKey: true, autoIncrement: true },
    kind: { type: STRING(10), allowNull: false }, // root | crl
    subject: { type: STRING(500), allowNull: false },
    pem: { type: TEXT, allowNull: false },
    sha256: { type: STRING(64), allowNull: false, unique: true },
    createdBy: { type: STRING(80), allowNull: false },
    createdAt: { type: DATE, allowNull: false },
  });
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.dropTable('trust_store');
}
