import { DataTypes, type QueryInterface } from 'sequelize';

const { DATE, INTEGER, STRING, TEXT } = DataTypes;

/**
 * Hand-offs to downstream systems (issue 18), written in the transaction that submits or decides
 * the case, so a crash loses none; `key` is unique, so none is queued twice, and it goes out as the
 * Idempotency-Key header, so a resend after a crash is recognised downstream. `leaseUntil` is one
 * instance's claim; after the last attempt `failedAt` is set and admins see it.
 */
export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.createTable('handoff_outbox', {
    id: { type: INTEGER, primaryKey: true, autoIncrement: true },
    key: { type: STRING(255), allowNull: false, unique: true },
    caseId: { type: STRING(64), allowNull: false },
    handoff: { type: STRING(80), allowNull: false },
    event: { type: STRING(40), allowNull: false },
    connector: { type: STRING(80), allowNull: false },
    version: { type: INTEGER, allowNull: false },
    inputs: { type: TEXT, allowNull: false },
    attempts: { type: INTEGER, allowNull: false, defaultValue: 0 },
    nextAttemptAt: { type: DATE, allowNull: false },
    leaseUntil: { type: DATE, allowNull: true },
    sentAt: { type: DATE, allowNull: true },
    failedAt: { type: DATE, allowNull: true },
    lastError: { type: TEXT, allowNull: true },
    answerDigest: { type: STRING(64), allowNull: true },
    createdAt: { type: DATE, allowNull: false },
  });
  await qi.addIndex('handoff_outbox', ['sentAt', 'failedAt', 'nextAttemptAt']);
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.dropTable('handoff_outbox');
}
