import { Router } from 'express';
import { AppError } from '../errors';
import { BoundedQueue } from '../http/boundedQueue';
import type { SignInLimits } from '../http/signInLimits';
import { bodyOf } from '../http/validateBody';
import { LoginBody } from '../http/schemas';
import { actorOf, SESSION_COOKIE, tokenOf } from '../http/session';
import { login, logout } from '../usecases/auth';
import type { Context } from '../usecases/context';

const loginBody = bodyOf(LoginBody);

export function authRoutes(ctx: Context, options: { secureCookies: boolean; limits: SignInLimits }): Router {
  const router = Router();
  const { limits } = options;
  // one password hash at a time, a few waiting: a flood is refused (503) instead of starving the thread pool
  const hashing = new BoundedQueue(1, 8);
  router.post('/auth/login', async (req, res) => {
    const { username, password } = loginBody(req);
    // req.ip is the socket's address unless QAGIDA_TRUSTED_PROXY names the proxy whose X-Forwarded-For to believe
    const address = req.ip ?? '';
    const wait = await limits.retryAfter(username, address);
    if (wait > 0) res.set('Retry-After', String(wait));
    await limits.check(username, address);
    let session: Awaited<ReturnType<typeof login>>;
    try {
      session = await hashing.run(() => login(ctx, username, password));
    } catch (error) {
      if (error instanceof AppError && error.status === 401) await limits.fail(username, address);
      if (error instanceof AppError && error.status === 503) res.set('Retry-After', '1');
      throw error;
    }
    await limits.succeed(username, address);
    res.cookie(SESSION_COOKIE, session.token, {
      httpOnly: true,
      // Strict: a link or form from another site never carries the session
      sameSite: 'strict',
      secure: options.secureCookies,
      path: '/',
      // the browser's clock decides when the cookie goes (at the absolute lifetime); the server checks idle expiry
      maxAge: ctx.config.sessionHours * 3600_000,
    });
    res.json(session);
  });
  router.post('/auth/logout', async (req, res) => {
    const actor = actorOf(res);
    await logout(ctx, actor, tokenOf(req) as string);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.status(204).end();
  });
  router.get('/auth/me', (_req, res) => {
    actorOf(res);
    res.json({ user: res.locals.user });
  });
  // who is signed in, if anyone: a signed-out browser asks at start and gets 200, not a 401 its console reports
  router.get('/auth/session', (_req, res) => {
    const user = res.locals.user as { username: string; role: string } | undefined;
    res.json({ user: user ? { username: user.username, role: user.role } : null });
  });
  return router;
}
