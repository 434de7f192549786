import { Router } from 'express';
import type { Context } from '../usecases/context';

export function healthRoutes(ctx: Context): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    await ctx.db.sequelize.query('SELECT 1');
    res.json({ status: 'ok', database: ctx.db.dialect, time: ctx.now().toISOString() });
  });
  return router;
}
