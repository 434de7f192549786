import { Router } from 'express';
import { bodyOf } from '../http/validateBody';
import { RulesetEvaluateBody } from '../http/schemas';
import { actorOf } from '../http/session';
import type { Context } from '../usecases/context';
import { evaluateRuleset } from '../usecases/dryRuns';

const evaluateBody = bodyOf(RulesetEvaluateBody);

export function rulesetRoutes(ctx: Context): Router {
  const router = Router();
  router.post('/rulesets/:id/evaluate', async (req, res) => {
    actorOf(res);
    res.json(await evaluateRuleset(ctx, String(req.params.id), evaluateBody(req)));
  });
  return router;
}
