import { DataTypes, type QueryInterface } from 'sequelize';

const { INTEGER, STRING } = DataTypes;

/**
 * What a user chose for themselves (today the interface language), in its own narrow table so the
 * users table keeps only who they are and what they may do. A user without a row has chosen nothing.
 */
export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.createTable('user_preferences', {
    userId: { type: INTEGER, primaryKey: true, references: { model: 'users', key: 'id' }, onDelete: 'CASCADE' },
    lang: { type: STRING(2), allowNull: false },
    updatedAt: { type: STRING(40), allowNull: false },
  });
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.dropTable('user_preferences');
}
