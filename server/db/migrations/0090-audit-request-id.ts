import { DataTypes, type QueryInterface } from 'sequelize';

/**
 * The id of the HTTP request that made an audit entry (`X-Request-Id`), so an entry leads to the
 * request's log line. Null for entries made outside a request (seeding, the overdue sweep) and for
 * those written before this column: the chain hashes it only when it is set, so they still verify.
 */
export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.addColumn('audit_log', 'requestId', { type: DataTypes.STRING(128), allowNull: true });
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.removeColumn('audit_log', 'requestId');
}
