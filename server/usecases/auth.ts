import { randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import { sha256 } from '../digest';
import { AppError, conflict, notFound } from '../errors';
import { ROLES, type Role, type User } from '../repositories/users';
import { recordAudit, type Actor, type Context } from './context';
import { assertRole } from './permissions';

export const hashPassword = (password: string) => argon2.hash(password, { type: argon2.argon2id });

// verifying against a real hash when the user does not exist keeps the timing the same
let dummyHash: Promise<string> | undefined;

/** Signs in: a new session token, stored only as its SHA-256. */
export async function login(
  ctx: Context,
  username: string,
  password: string,
): Promise<{ token: string; user: User; expiresAt: string }> {
  const found = await ctx.users.credentials(username);
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  const ok = await argon2.verify(found?.passwordHash ?? (await dummyHash), password).catch(() => false);
  if (!found || !ok || !found.active) {
    await ctx.transaction((t) =>
      recordAudit(ctx, t, {
        actor: username,
        action: 'auth.login-failed',
        entity: 'user',
        entityId: username,
        before: null,
        after: null,
      }),
    );
    throw new AppError(401, 'BAD_CREDENTIALS', 'wrong username or password');
  }
  const { passwordHash: _hash, ...user } = found;
  const token = randomBytes(32).toString('base64url');
  const createdAt = ctx.now();
  const expiresAt = sessionExpiry(ctx, createdAt, createdAt);
  await ctx.transaction(async (t) => {
    await ctx.users.createSession({ tokenHash: sha256(token), userId: user.id, expiresAt, createdAt }, t);
    await recordAudit(ctx, t, {
      actor: username,
      action: 'auth.login',
      entity: 'user',
      entityId: username,
      before: null,
      after: null,
    });
  });
  return { token, user, expiresAt: expiresAt.toISOString() };
}

export async function logout(ctx: Context, actor: Actor, token: string): Promise<void> {
  await ctx.transaction(async (t) => {
    await ctx.users.deleteSession(sha256(token), t);
    await recordAudit(ctx, t, {
      actor: actor.username,
      action: 'auth.logout',
      entity: 'user',
      entityId: actor.username,
      before: null,
      after: null,
    });
  });
}

/** When a session used at `usedAt` ends: after the idle timeout, and never later than its absolute lifetime. */
function sessionExpiry(ctx: Context, createdAt: Date, usedAt: Date): Date {
  const absolute = createdAt.getTime() + ctx.config.sessionHours * 3600_000;
  const idle = ctx.config.sessionIdleMinutes;
  return new Date(idle === undefined ? absolute : Math.min(absolute, usedAt.getTime() + idle * 60_000));
}

// moving the expiry on every request would write on every request: a minute's slack is plenty
const EXTEND_AFTER_MS = 60_000;

/** The user of a live session; each use pushes the idle expiry later, up to the absolute lifetime. */
export async function authenticate(ctx: Context, token: string): Promise<User | null> {
  const now = ctx.now();
  const found = await ctx.users.liveSession(sha256(token), now);
  if (!found) return null;
  const { session } = found;
  const expiresAt = sessionExpiry(ctx, new Date(session.createdAt), now);
  if (expiresAt.getTime() - new Date(session.expiresAt).getTime() > EXTEND_AFTER_MS)
    await ctx.users.extendSession(session.tokenHash, expiresAt);
  return found.user;
}

export async function listUsers(ctx: Context, actor: Actor): Promise<User[]> {
  assertRole(actor, ['admin'], 'manage users');
  return ctx.users.list();
}

export async function createUser(
  ctx: Context,
  actor: Actor | null,
  input: { username: string; password: string; role: Role; displayName?: string; email?: string },
): Promise<User> {
  if (actor) assertRole(actor, ['admin'], 'manage users');
  if (!ROLES.includes(input.role))
    throw new AppError(422, 'INVALID', 'unknown role', [
      { path: '/role', message: `must be one of: ${ROLES.join(', ')}` },
    ]);
  const passwordHash = await hashPassword(input.password);
  return ctx.transaction(async (t) => {
    if (await ctx.users.credentials(input.username)) {
      throw conflict(`user "${input.username}" exists`, [{ path: '/username', message: 'is taken' }]);
    }
    const user = await ctx.users.create(
      {
        username: input.username,
        displayName: input.displayName ?? null,
        email: input.email?.trim() || null,
        role: input.role,
        passwordHash,
      },
      t,
    );
    await recordAudit(ctx, t, {
      actor: actor?.username ?? 'seed',
      action: 'user.create',
      entity: 'user',
      entityId: user.username,
      before: null,
      after: user,
    });
    return user;
  });
}

/** An administrator sets the groups a user belongs to; the user's steps follow at once. */
export async function setUserGroups(ctx: Context, actor: Actor, username: string, groups: string[]): Promise<User> {
  assertRole(actor, ['admin'], 'manage users');
  return ctx.transaction(async (t) => {
    const before = await ctx.users.byUsername(username, t);
    if (!before) throw notFound(`no user "${username}"`);
    const after = await ctx.users.update(before.id, { groups: [...new Set(groups)].sort() }, t);
    // sessions stay: a signed-in user's cached groups follow within SESSION_CACHE_MS
    await recordAudit(ctx, t, {
      actor: actor.username,
      action: 'user.groups',
      entity: 'user',
      entityId: username,
      before,
      after,
    });
    return after as User;
  });
}

export async function updateUser(
  ctx: Context,
  actor: Actor,
  id: number,
  input: { password?: string; role?: Role; displayName?: string | null; active?: boolean; email?: string | null },
): Promise<User> {
  assertRole(actor, ['admin'], 'manage users');
  const passwordHash = input.password === undefined ? undefined : await hashPassword(input.password);
  return ctx.transaction(async (t) => {
    const before = await ctx.users.byId(id, t);
    if (!before) throw notFound(`no user ${id}`);
    const losesAdmin =
      before.role === 'admin' && before.active && (input.active === false || (input.role ?? 'admin') !== 'admin');
    if (losesAdmin && (await ctx.users.list(t)).filter((u) => u.role === 'admin' && u.active).length <= 1)
      throw conflict('the last active admin cannot be deactivated or demoted: make another user admin first', [
        { path: input.active === false ? '/active' : '/role', message: 'would leave no active admin' },
      ]);
    const { password: _password, ...changes } = input;
    const after = await ctx.users.update(id, { ...changes, ...(passwordHash ? { passwordHash } : {}) }, t);
    if (input.password !== undefined || input.active === false || input.role !== undefined)
      await ctx.users.deleteSessionsOf(id, t);
    await recordAudit(ctx, t, {
      actor: actor.username,
      action: 'user.update',
      entity: 'user',
      entityId: before.username,
      before,
      after,
      details: {
        passwordChanged: input.password !== undefined,
        // where notices go is readable in the log, not only in the digests
        ...(input.email !== undefined && input.email !== before.email
          ? { email: { from: before.email, to: input.email } }
          : {}),
      },
    });
    return after as User;
  });
}
