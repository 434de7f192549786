import { DataTypes, type QueryInterface } from 'sequelize';

const { STRING } = DataTypes;

/**
 * A hand-off may happen on entering a step (issue 18): its event is "step:<step id>", up to 85
 * characters. SQLite does not enforce a VARCHAR length (and would rebuild the table to change it),
 * so only PostgreSQL's column is widened.
 */
export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  if (qi.sequelize.getDialect() !== 'postgres') return;
  await qi.changeColumn('handoff_outbox', 'event', { type: STRING(100), allowNull: false });
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  if (qi.sequelize.getDialect() !== 'postgres') return;
  await qi.changeColumn('handoff_outbox', 'event', { type: STRING(40), allowNull: false });
}
