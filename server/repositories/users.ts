import { Op, type Transaction } from 'sequelize';
import type { Db } from '../db/connection';
import { rawAll, rawOne, type SessionRow, type UserRow } from '../db/models';

import type { Role } from '../../runtime/api/roles';

export { ROLES, type Role } from '../../runtime/api/roles';

export interface User {
  id: number;
  username: string;
  displayName: string | null;
  role: Role;
  active: boolean;
  /** the user groups the user belongs to (a PSC office, a ministry unit) */
  groups: string[];
  /** where the user's notices go (migration 0042) */
  email: string | null;
}

function groupsOf(value: UserRow['groups']): string[] {
  const parsed: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  return Array.isArray(parsed) ? parsed.filter((g): g is string => typeof g === 'string') : [];
}

function toPlain(row: UserRow): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role as Role,
    active: Boolean(row.active),
    groups: groupsOf(row.groups),
    email: row.email ?? null,
  };
}

/**
 * How long a session found in the database is trusted without asking again. Signing out, or a
 * user's sessions ended by an admin, through this process forgets it at once; another instance on
 * the same database goes on accepting a revoked session for at most this long. Expiry is checked
 * on every request against the cached expiry, so a session never outlives its idle or absolute limit.
 */
export const SESSION_CACHE_MS = 5_000;
const SESSION_CACHE_MAX = 10_000;

type CachedSession = { session: SessionRow; user: User; until: number };
interface SessionCache {
  recent: Map<string, CachedSession>;
  /**
   * Token hashes and user ids just signed out or ended, not cached again for a while: a request
   * read while the ending transaction had not yet committed would otherwise keep the session alive.
   */
  ended: Map<string | number, number>;
}
/** Per database, so every repository and app on one Db shares what a sign-out forgets. */
const sessionCaches = new WeakMap<Db, SessionCache>();

export function usersRepository(db: Db) {
  const { User: Users, Session } = db.models;
  let cache = sessionCaches.get(db);
  if (!cache) {
    cache = { recent: new Map(), ended: new Map() };
    sessionCaches.set(db, cache);
  }
  const { recent, ended } = cache;
  const end = (key: string | number) => {
    const now = performance.now();
    for (const [k, until] of ended) if (until < now) ended.delete(k);
    ended.set(key, now + SESSION_CACHE_MS);
  };
  const isEnded = (key: string | number) => (ended.get(key) ?? 0) > performance.now();
  return {
    ...accountsOf(db),
    async createSession(
      input: { tokenHash: string; userId: number; expiresAt: Date; createdAt?: Date },
      t: Transaction,
    ): Promise<void> {
      await Session.create(input, { transaction: t });
    },
    /** A live session (expired ones are not found) and its user, when the user is active. */
    async liveSession(tokenHash: string, now: Date): Promise<{ session: SessionRow; user: User } | null> {
      const cached = recent.get(tokenHash);
      if (cached && cached.until > performance.now() && new Date(cached.session.expiresAt) > now)
        return { session: cached.session, user: cached.user };
      // not seen lately, or expired as far as this process knows (another instance may have extended it)
      recent.delete(tokenHash);
      const session = await rawOne<SessionRow>(
        Session.findOne({ where: { tokenHash, expiresAt: { [Op.gt]: now } }, raw: true }),
      );
      if (!session) return null;
      const user = await rawOne<UserRow>(Users.findByPk(session.userId, { raw: true }));
      if (!user || !user.active) return null;
      const found = { session, user: toPlain(user) };
      if (isEnded(tokenHash) || isEnded(user.id)) return found;
      if (recent.size >= SESSION_CACHE_MAX) recent.delete(recent.keys().next().value as string);
      recent.set(tokenHash, { ...found, until: performance.now() + SESSION_CACHE_MS });
      return found;
    },
    /** Moves a session's expiry later, never earlier. */
    async extendSession(tokenHash: string, expiresAt: Date): Promise<void> {
      // through the writer queue: on SQLite a write beside it would wait on the lock, holding a libuv thread
      await db.transaction((transaction) =>
        Session.update({ expiresAt }, { where: { tokenHash, expiresAt: { [Op.lt]: expiresAt } }, transaction }),
      );
      const cached = recent.get(tokenHash);
      if (cached && new Date(cached.session.expiresAt) < expiresAt) cached.session = { ...cached.session, expiresAt };
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
      end(tokenHash);
      recent.delete(tokenHash);
      await Session.destroy({ where: { tokenHash }, transaction: t });
    },
    async deleteSessionsOf(userId: number, t: Transaction): Promise<void> {
      end(userId);
      for (const [hash, cached] of recent) if (cached.user.id === userId) recent.delete(hash);
      await Session.destroy({ where: { userId }, transaction: t });
    },
  };
}

export type UsersRepository = ReturnType<typeof usersRepository>;

/** The user accounts: counted, listed, found, created and changed. */
function accountsOf(db: Db) {
  const { User: Users } = db.models;
  return {
    async count(t?: Transaction): Promise<number> {
      return Users.count({ transaction: t });
    },
    async list(t?: Transaction): Promise<User[]> {
      return (await rawAll<UserRow>(Users.findAll({ order: [['username', 'ASC']], raw: true, transaction: t }))).map(
        toPlain,
      );
    },
    async byUsername(username: string, t?: Transaction): Promise<User | null> {
      const row = await rawOne<UserRow>(Users.findOne({ where: { username }, raw: true, transaction: t }));
      return row ? toPlain(row) : null;
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
      input: { username: string; displayName?: string | null; role: Role; passwordHash: string; email?: string | null },
      t: Transaction,
    ): Promise<User> {
      const row = await Users.create(
        { ...input, displayName: input.displayName ?? null, email: input.email ?? null, active: true },
        { transaction: t },
      );
      return toPlain(row.get({ plain: true }));
    },
    async update(
      id: number,
      changes: Partial<{
        displayName: string | null;
        role: Role;
        passwordHash: string;
        active: boolean;
        groups: string[];
        email: string | null;
      }>,
      t: Transaction,
    ): Promise<User | null> {
      const row = await Users.findByPk(id, { transaction: t });
      if (!row) return null;
      await row.update(changes, { transaction: t });
      return toPlain(row.get({ plain: true }));
    },
  };
}
