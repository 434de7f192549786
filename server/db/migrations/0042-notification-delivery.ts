import { DataTypes, type QueryInterface } from 'sequelize';

const { INTEGER, STRING, TEXT, DATE } = DataTypes;

export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  // delivery of the outbox: attempts back off until nextAttemptAt; after the last one failedAt is set.
  // leaseUntil is the claim of one instance's mailer, so two instances never send the same notice.
  await qi.addColumn('notifications', 'attempts', { type: INTEGER, allowNull: false, defaultValue: 0 });
  await qi.addColumn('notifications', 'nextAttemptAt', { type: DATE, allowNull: true });
  await qi.addColumn('notifications', 'leaseUntil', { type: DATE, allowNull: true });
  await qi.addColumn('notifications', 'failedAt', { type: DATE, allowNull: true });
  await qi.addColumn('notifications', 'lastError', { type: TEXT, allowNull: true });
  await qi.addColumn('notifications', 'email', { type: STRING(320), allowNull: true });
  // where a staff member's notices go
  await qi.addColumn('users', 'email', { type: STRING(320), allowNull: true });
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.removeColumn('users', 'email');
  for (const column of ['attempts', 'nextAttemptAt', 'leaseUntil', 'failedAt', 'lastError', 'email'])
    await qi.removeColumn('notifications', column);
}
