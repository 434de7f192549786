import { Type } from '@sinclair/typebox';
import { Router, type Response } from 'express';
import { LANGUAGES } from '../../runtime/i18n';
import { unauthorized } from '../errors';
import { bodyOf } from '../http/validateBody';
import type { User } from '../repositories/users';
import type { Context } from '../usecases/context';
import { preferencesOf, setPreferences } from '../usecases/preferences';

/** PUT /api/me/preferences: what the signed-in user chose for themselves. */
export const PreferencesBody = Type.Object(
  { lang: Type.Union(LANGUAGES.map((l) => Type.Literal(l))) },
  { additionalProperties: false },
);
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
