import { DataTypes, type QueryInterface } from 'sequelize';

const { DATE, STRING } = DataTypes;

/**
 * Notices follow the service definition, so one event may notify several recipients:
 * - the outbox's identity gains the recipient (one row per person per notice);
 * - a passed deadline is claimed once in `overdue_claims` (event and audit exactly once),
 *   whether or not the service asks anyone to be told of it;
 * - a case keeps the language it was submitted in, which its notices are written in.
 */
export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.createTable('overdue_claims', {
    caseId: { type: STRING(36), primaryKey: true, references: { model: 'cases', key: 'id' } },
    // `<deadline id>@<due instant>`, as the overdue notices name it
    deadline: { type: STRING(200), primaryKey: true },
    createdAt: { type: DATE, allowNull: false },
  });
  // deadlines already raised before this migration stay raised
  await qi.sequelize.query(
    `INSERT INTO overdue_claims ("caseId", deadline, "createdAt")
     SELECT "caseId", deadline, MIN("createdAt") FROM notifications WHERE kind = 'overdue' GROUP BY "caseId", deadline`,
  );
  await qi.removeIndex('notifications', 'notifications_identity');
  await qi.addIndex('notifications', ['caseId', 'deadline', 'kind', 'recipient'], {
    unique: true,
    name: 'notifications_identity',
  });
  await qi.addColumn('cases', 'lang', { type: STRING(2), allowNull: true });
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.removeColumn('cases', 'lang');
  await qi.removeIndex('notifications', 'notifications_identity');
  await qi.addIndex('notifications', ['caseId', 'deadline', 'kind'], { unique: true, name: 'notifications_identity' });
  await qi.dropTable('overdue_claims');
}
