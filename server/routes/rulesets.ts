import { Router } from 'express';
import { bodyOf } from '../http/validateBody';
import { ImpactBody, RulesetEvaluateBody } from '../http/schemas';
import { actorOf } from '../http/session';
import type { Context } from '../usecases/context';
import { evaluateRuleset } from '../usecases/dryRuns';
import { rulesetImpact } from '../usecases/impact';
import { assertRole } from '../usecases/permissions';

const evaluateBody = bodyOf(RulesetEvaluateBody);
const impactBody = bodyOf(ImpactBody);

export function rulesetRoutes(ctx: Context): Router {
  const router = Router();
  router.post('/rulesets/:id/evaluate', async (req, res) => {
    actorOf(res);
    res.json(await evaluateRuleset(ctx, String(req.params.id), evaluateBody(req)));
  });
  // which cases in flight a candidate ruleset would judge differently; nothing is stored
  router.post('/rulesets/:id/impact', async (req, res) => {
    assertRole(actorOf(res), ['admin'], 'preview ruleset changes');
    res.json(await rulesetImpact(ctx, String(req.params.id), impactBody(req).definition));
  });
  return router;
}
