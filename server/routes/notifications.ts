import { Router } from 'express';
import { badRequest } from '../errors';
import { actorOf } from '../http/session';
import { listNotifications } from '../notifications/mailer';
import { retryNotification } from '../notifications/retry';
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
  router.post('/notifications/:id/retry', async (req, res) => {
    const id = Number(req.params.id);
    if (!Number.isInteger(id))
      throw badRequest('a notification id is a number', [{ path: '/id', message: 'must be an integer' }]);
    res.json(await retryNotification(ctx, actorOf(res), id));
  });
  return router;
}
