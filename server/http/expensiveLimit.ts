import type { RequestHandler } from 'express';
import type { Db } from '../db/connection';
import { AppError } from '../errors';
import type { User } from '../repositories/users';
import { counter } from './signInLimits';

/** Endpoints whose work grows with the input or the database: dry runs, impact previews, deadlines, reports. */
export const EXPENSIVE_ROUTES = [
  '/rulesets/:id/evaluate',
  '/rulesets/:id/impact',
  '/checklists/:id/evaluate',
  '/calendars/:id/impact',
  '/calendars/:id/deadline',
  '/reports',
  '/reports/*rest',
];

/**
 * At most `perMinute` calls of the expensive endpoints per user (per address when signed out),
 * then 429 with Retry-After; counted in the shared table on PostgreSQL, like sign-ins.
 */
export function expensiveLimit(db: Db, perMinute: number): RequestHandler {
  const limiter = counter(db, 'expensive', perMinute, 60);
  return async (req, res, next) => {
    const user = res.locals.user as User | undefined;
    const key = user ? `user:${user.username}` : `address:${req.ip ?? ''}`;
    try {
      await limiter.consume(key);
    } catch (rejection) {
      if (rejection instanceof Error) throw rejection;
      const seconds = Math.max(1, Math.ceil((rejection as { msBeforeNext: number }).msBeforeNext / 1000));
      res.set('Retry-After', String(seconds));
      throw new AppError(429, 'RATE_LIMITED', `too many dry runs, previews and reports: try again in ${seconds} s`, [
        { path: '/', message: `at most ${perMinute} a minute` },
      ]);
    }
    next();
  };
}
