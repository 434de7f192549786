import { Router } from 'express';
import { actorOf } from '../http/session';
import { actCoverage } from '../usecases/actCoverage';
import type { Context } from '../usecases/context';

/** GET /api/acts/coverage: per act, each paragraph encoded (with what cites it), not applicable (why) or missing. */
export function actRoutes(ctx: Context): Router {
  const router = Router();
  router.get('/acts/coverage', async (_req, res) => {
    actorOf(res);
    res.json({ acts: await actCoverage(ctx) });
  });
  return router;
}
