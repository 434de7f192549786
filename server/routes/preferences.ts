import { Router, type Response } from 'express';
import { PreferencesBody } from '../../runtime/api/users';
import { unauthorized } from '../errors';
import { bodyOf } from '../http/validateBody';
import type { User } from '../repositories/users';
import type { Context } from '../usecases/context';
import { preferencesOf, setPreferences } from '../usecases/preferences';

const preferencesBody = bodyOf(PreferencesBody);

function userOf(res: Response): User {
  const user = res.locals.user as User | undefined;
  if (!user) throw unauthorized();
  return user;
}

export function preferenceRoutes(ctx: Context): Router {
  const router = Router();
  router.get('/me/preferences', async (_req, res) => {
    res.json(await preferencesOf(ctx, userOf(res)));
  });
  router.put('/me/preferences', async (req, res) => {
    const user = userOf(res);
    res.json(await setPreferences(ctx, user, preferencesBody(req)));
  });
  return router;
}
