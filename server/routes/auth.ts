import { Router } from 'express';
import { bodyOf } from '../http/validateBody';
import { LoginBody } from '../http/schemas';
import { actorOf, SESSION_COOKIE, tokenOf } from '../http/session';
import { login, logout } from '../usecases/auth';
import type { Context } from '../usecases/context';

const loginBody = bodyOf(LoginBody);

export function authRoutes(ctx: Context, options: { secureCookies: boolean }): Router {
  const router = Router();
  router.post('/auth/login', async (req, res) => {
    const { username, password } = loginBody(req);
    const session = await login(ctx, username, password);
    res.cookie(SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: options.secureCookies,
      path: '/',
      // the browser's clock decides when the cookie goes; the server checks the session's own expiry
      maxAge: Date.parse(session.expiresAt) - ctx.now().getTime(),
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
  return router;
}
