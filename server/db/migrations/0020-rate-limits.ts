import { DataTypes, type QueryInterface } from 'sequelize';

/** Counters of rate-limiter-flexible's RateLimiterPostgres, shared by every instance (sign-in and expensive endpoints). */
export async function up({ context: q }: { context: QueryInterface }) {
  await q.createTable('rate_limits', {
    key: { type: DataTypes.STRING(255), primaryKey: true },
    points: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
    expire: { type: DataTypes.BIGINT },
  });
}

export async function down({ context: q }: { context: QueryInterface }) {
  await q.dropTable('rate_limits');
}
