import { Router } from 'express';
import { actorOf } from '../http/session';
import type { Context } from '../usecases/context';
import { explainCaseDeadline } from '../usecases/deadlineExplanation';

/** GET /api/cases/:id/deadlines/:deadlineId/explanation: how a due date was counted, day by day. */
export function deadlineExplanationRoutes(ctx: Context): Router {
  const router = Router();
  router.get('/cases/:id/deadlines/:deadlineId/explanation', async (req, res) => {
    actorOf(res);
    res.json(await explainCaseDeadline(ctx, String(req.params.id), String(req.params.deadlineId)));
  });
  return router;
}
