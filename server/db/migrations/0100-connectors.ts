import { DataTypes, type QueryInterface } from 'sequelize';

const { BOOLEAN, INTEGER, STRING, TEXT } = DataTypes;

/**
 * Connectors (issue 18): the hosts an administrator lets connectors reach, the credentials an
 * administrator stored (encrypted with the server's key: the database alone does not reveal them),
 * and every call made for a case, so a decision can be explained later without calling again.
 */
export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.createTable('connector_hosts', {
    host: { type: STRING(255), primaryKey: true },
    allowPrivate: { type: BOOLEAN, allowNull: false, defaultValue: false },
    updatedBy: { type: STRING(80), allowNull: false },
    updatedAt: { type: STRING(40), allowNull: false },
  });
  await qi.createTable('connector_credentials', {
    name: { type: STRING(64), primaryKey: true },
    /** AES-256-GCM: iv, tag and ciphertext, base64, dot-separated */
    sealed: { type: TEXT, allowNull: false },
    updatedBy: { type: STRING(80), allowNull: false },
    updatedAt: { type: STRING(40), allowNull: false },
  });
  await qi.createTable('connector_calls', {
    id: { type: INTEGER, primaryKey: true, autoIncrement: true },
    caseId: { type: STRING(64), allowNull: false },
    /** prefill, fact, document or try */
    purpose: { type: STRING(20), allowNull: false },
    connector: { type: STRING(80), allowNull: false },
    version: { type: INTEGER, allowNull: true },
    ok: { type: BOOLEAN, allowNull: false },
    answerDigest: { type: STRING(64), allowNull: true },
    /** the whole record: outputs or failure, attempts, and what it filled */
    record: { type: TEXT, allowNull: false },
    actor: { type: STRING(80), allowNull: false },
    at: { type: STRING(40), allowNull: false },
  });
  await qi.addIndex('connector_calls', ['caseId', 'id']);
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.dropTable('connector_calls');
  await qi.dropTable('connector_credentials');
  await qi.dropTable('connector_hosts');
}
