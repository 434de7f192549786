import { DataTypes, type QueryInterface } from 'sequelize';

const { INTEGER, STRING, DATE, JSON: JSONTYPE } = DataTypes;

export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  // an outbox of notices the periodic jobs raise; the unique identity is what lets several
  // instances sweep at once and still raise each notice exactly once
  await qi.createTable('notifications', {
    id: { type: INTEGER, primaryKey: true, autoIncrement: true },
    caseId: { type: STRING(36), allowNull: false, references: { model: 'cases', key: 'id' } },
    // which deadline: `<deadline id>@<due instant>`, so a deadline recomputed to a new date is a new one
    deadline: { type: STRING(200), allowNull: false },
    kind: { type: STRING(20), allowNull: false },
    dueAt: { type: DATE, allowNull: false },
    recipient: { type: STRING(80), allowNull: false },
    payload: { type: JSONTYPE, allowNull: true },
    createdAt: { type: DATE, allowNull: false },
    // set by whatever delivers the notice; null while it waits
    sentAt: { type: DATE, allowNull: true },
  });
  await qi.addIndex('notifications', ['caseId', 'deadline', 'kind'], {
    unique: true,
    name: 'notifications_identity',
  });
  await qi.addIndex('notifications', ['sentAt'], { name: 'notifications_pending' });
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.dropTable('notifications');
}
