import { DataTypes, type QueryInterface } from 'sequelize';

const { DATE, INTEGER, STRING, JSON: JSONTYPE } = DataTypes;

/**
 * What the queue works from: a human-readable case number (sequential per service and year,
 * allocated from `case_numbers` in the submit transaction), the assignee who claimed the case,
 * the applicant's name and IIN/BIN as the service definition points at them (searched and
 * sorted without reading the data), and the groups a user belongs to (a process actor names them).
 */
export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.addColumn('cases', 'number', { type: STRING(40), allowNull: true });
  await qi.addColumn('cases', 'assignee', { type: STRING(80), allowNull: true });
  await qi.addColumn('cases', 'applicantName', { type: STRING(300), allowNull: true });
  await qi.addColumn('cases', 'applicantId', { type: STRING(20), allowNull: true });
  // the current step's due instant (sorted on), and the groups its actor names as `,a,b,` (a LIKE finds "my group")
  await qi.addColumn('cases', 'stepDue', { type: DATE, allowNull: true });
  await qi.addColumn('cases', 'stepGroups', { type: STRING(1000), allowNull: true });
  await qi.addIndex('cases', ['serviceId', 'number'], { name: 'cases_service_number', unique: true });
  await qi.addIndex('cases', ['assignee'], { name: 'cases_assignee' });
  await qi.createTable('case_numbers', {
    serviceId: { type: STRING(80), primaryKey: true },
    year: { type: INTEGER, primaryKey: true },
    last: { type: INTEGER, allowNull: false },
  });
  await qi.addColumn('users', 'groups', { type: JSONTYPE, allowNull: true });
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.removeColumn('users', 'groups');
  await qi.dropTable('case_numbers');
  await qi.removeIndex('cases', 'cases_assignee');
  await qi.removeIndex('cases', 'cases_service_number');
  for (const column of ['stepGroups', 'stepDue', 'applicantId', 'applicantName', 'assignee', 'number'])
    await qi.removeColumn('cases', column);
}
