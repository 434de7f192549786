import { Router } from 'express';
import { bodyOf } from '../http/validateBody';
import { ChecklistEvaluateBody } from '../http/schemas';
import { actorOf } from '../http/session';
import type { Context } from '../usecases/context';
import { evaluateChecklistDryRun } from '../usecases/dryRuns';

const evaluateBody = bodyOf(ChecklistEvaluateBody);

export function checklistRoutes(ctx: Context): Router {
  const router = Router();
  router.post('/checklists/:id/evaluate', async (req, res) => {
    actorOf(res);
    res.json(await evaluateChecklistDryRun(ctx, String(req.params.id), evaluateBody(req)));
  });
  return router;
}
