import { Router } from 'express';
import { actorOf } from '../http/session';
import { listAudit, verifyAuditChain } from '../usecases/audit';
import type { Context } from '../usecases/context';
import { assertRole } from '../usecases/permissions';

const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
const int = (v: unknown) => (typeof v === 'string' && /^[0-9]+$/.test(v) ? Number(v) : undefined);

export function auditRoutes(ctx: Context): Router {
  const router = Router();
  router.get('/audit', async (req, res) => {
    const q = req.query;
    const entries = await listAudit(ctx, actorOf(res), {
      entity: text(q.entity),
      entityId: text(q.entityId),
      actor: text(q.actor),
      action: text(q.action),
      limit: int(q.limit),
      offset: int(q.offset),
    });
    res.json({ entries });
  });
  router.get('/audit/verify', async (_req, res) => {
    assertRole(actorOf(res), ['admin'], 'verify the audit log');
    res.json(await verifyAuditChain(ctx));
  });
  return router;
}
