import type { Request, RequestHandler, Response } from 'express';
import { unauthorized } from '../errors';
import type { User } from '../repositories/users';
import { authenticate } from '../usecases/auth';
import type { Actor, Context } from '../usecases/context';

export const SESSION_COOKIE = 'qagida_session';

function cookie(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

/** The session token of a request: a bearer token, else the session cookie. */
export function tokenOf(req: Request): string | undefined {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim() || undefined;
  return cookie(req, SESSION_COOKIE);
}

/** Finds who is asking, if anyone; routes that need a user call `actorOf`. */
export function sessionMiddleware(ctx: Context): RequestHandler {
  return async (req, res, next) => {
    const token = tokenOf(req);
    if (token) {
      const user = await authenticate(ctx, token);
      if (user) res.locals.user = user;
    }
    next();
  };
}

export function actorOf(res: Response): Actor {
  const user = res.locals.user as User | undefined;
  if (!user) throw unauthorized();
  return { username: user.username, role: user.role, groups: user.groups ?? [] };
}
