import { Router } from 'express';
import { actorOf } from '../http/session';
import type { Context } from '../usecases/context';
import { computeDeadline } from '../usecases/dryRuns';

export function calendarRoutes(ctx: Context): Router {
  const router = Router();
  router.get('/calendars/:id/deadline', async (req, res) => {
    actorOf(res);
    res.json(await computeDeadline(ctx, String(req.params.id), req.query));
  });
  return router;
}
