import { Router } from 'express';
import { ImpactBody } from '../http/schemas';
import { actorOf } from '../http/session';
import { bodyOf } from '../http/validateBody';
import type { Context } from '../usecases/context';
import { computeDeadline } from '../usecases/dryRuns';
import { calendarImpact } from '../usecases/impact';
import { assertRole } from '../usecases/permissions';

const impactBody = bodyOf(ImpactBody);

export function calendarRoutes(ctx: Context): Router {
  const router = Router();
  router.get('/calendars/:id/deadline', async (req, res) => {
    actorOf(res);
    res.json(await computeDeadline(ctx, String(req.params.id), req.query));
  });
  // which deadlines of cases in flight a candidate calendar would move; nothing is stored
  router.post('/calendars/:id/impact', async (req, res) => {
    assertRole(actorOf(res), ['admin'], 'preview calendar changes');
    res.json(await calendarImpact(ctx, String(req.params.id), impactBody(req).definition));
  });
  return router;
}
