import { Router } from 'express';
import { badRequest } from '../errors';
import { actorOf } from '../http/session';
import { listNotifications } from '../notifications/mailer';
import type { Context } from '../usecases/context';
import { assertRole } from '../usecases/permissions';

const STATUSES = ['failed', 'pending', 'sent'] as const;

/** The outbox for administrators: what was delivered, what waits, what failed and why. */
export function notificationRoutes(ctx: Context): Router {
  const router = Router();
  router.get('/notifications', async (req, res) => {
    assertRole(actorOf(res), ['admin'], 'see the notifications outbox');
    const status = req.query.status;
    if (status !== undefined && !STATUSES.includes(status as (typeof STATUSES)[number]))
      throw badRequest('unknown status', [{ path: '/status', message: `must be one of: ${STATUSES.join(', ')}` }]);
    res.json({ notifications: await listNotifications(ctx, status as (typeof STATUSES)[number] | undefined) });
  });
  return router;
}
