import { Op, type Transaction } from 'sequelize';
import type { Db } from '../db/connection';
import { rawAll, rawOne, type SessionRow, type UserRow } from '../db/models';

export const ROLES = ['admin', 'analyst', 'staff'] as const;
export type Role = (typeof ROLES)[number];

export interface User {
  id: number;
  username: string;
  displayName: string | null;
  role: Role;
  active: boolean;
}

function toPlain(row: UserRow): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role as Role,
    active: Boolean(row.active),
  };
}

export function usersRepository(db: Db) {
  const { User: Users, Session } = db.models;
  return {
    async count(t?: Transaction): Promise<number> {
      return Users.count({ transaction: t });
    },
    async list(): Promise<User[]> {
      return (await rawAll<UserRow>(Users.findAll({ order: [['username', 'ASC']], raw: true }))).map(toPlain);
    },
    async byId(id: number, t?: Transaction): Promise<User | null> {
      const row = await rawOne<UserRow>(Users.findByPk(id, { raw: true, transaction: t }));
      return row ? toPlain(row) : null;
    },
    /** The user with the password hash, for signing in only. */
    async credentials(username: string): Promise<(User & { passwordHash: string }) | null> {
      const row = await rawOne<UserRow>(Users.findOne({ where: { username }, raw: true }));
      return row ? { ...toPlain(row), passwordHash: row.passwordHash } : null;
    },
    async create(
      input: { username: string; displayName?: string | null; role: Role; passwordHash: string },
      t: Transaction,
    ): Promise<User> {
      const row = await Users.create(
        { ...input, displayName: input.displayName ?? null, active: true },
        { transaction: t },
      );
      return toPlain(row.get({ plain: true }));
    },
    async update(
      id: number,
      changes: Partial<{ displayName: string | null; role: Role; passwordHash: string; active: boolean }>,
      t: Transaction,
    ): Promise<User | null> {
      const row = await Users.findByPk(id, { transaction: t });
      if (!row) return null;
      await row.update(changes, { transaction: t });
      return toPlain(row.get({ plain: true }));
    },

    async createSession(
      input: { tokenHash: string; userId: number; expiresAt: Date; createdAt?: Date },
      t: Transaction,
    ): Promise<void> {
      await Session.create(input, { transaction: t });
    },
    /** A live session (expired ones are not found) and its user, when the user is active. */
    async liveSession(tokenHash: string, now: Date): Promise<{ session: SessionRow; user: User } | null> {
      const session = await rawOne<SessionRow>(
        Session.findOne({ where: { tokenHash, expiresAt: { [Op.gt]: now } }, raw: true }),
      );
      if (!session) return null;
      const user = await rawOne<UserRow>(Users.findByPk(session.userId, { raw: true }));
      return user && user.active ? { session, user: toPlain(user) } : null;
    },
    /** Moves a session's expiry later, never earlier. */
    async extendSession(tokenHash: string, expiresAt: Date): Promise<void> {
      await Session.update({ expiresAt }, { where: { tokenHash, expiresAt: { [Op.lt]: expiresAt } } });
    },
    /** The signed-in user of a live session; expired sessions are not found. */
    async userOfSession(tokenHash: string, now: Date): Promise<User | null> {
      const session = await rawOne<SessionRow>(
        Session.findOne({ where: { tokenHash, expiresAt: { [Op.gt]: now } }, raw: true }),
      );
      if (!session) return null;
      const user = await rawOne<UserRow>(Users.findByPk(session.userId, { raw: true }));
      return user && user.active ? toPlain(user) : null;
    },
    async deleteSession(tokenHash: string, t: Transaction): Promise<void> {
      await Session.destroy({ where: { tokenHash }, transaction: t });
    },
    async deleteSessionsOf(userId: number, t: Transaction): Promise<void> {
      await Session.destroy({ where: { userId }, transaction: t });
    },
  };
}

export type UsersRepository = ReturnType<typeof usersRepository>;
