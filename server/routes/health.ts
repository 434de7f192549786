import { Router } from 'express';
import type { Context } from '../usecases/context';

/** How long readiness waits for the database before calling it unreachable. */
const READY_TIMEOUT_MS = 2_000;

function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export function healthRoutes(ctx: Context): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    await ctx.health.ping();
    res.json({ status: 'ok', database: ctx.health.dialect, time: ctx.now().toISOString() });
  });
  // readiness: send traffic here only when the database answers and its schema is this code's
  router.get('/ready', async (_req, res) => {
    let problem: { code: string; message: string };
    try {
      const pending = await within(READY_TIMEOUT_MS, ctx.health.pendingMigrations());
      if (pending.length === 0) {
        res.json({ status: 'ready', database: ctx.health.dialect });
        return;
      }
      problem = { code: 'MIGRATIONS_PENDING', message: `migrations pending: ${pending.join(', ')}` };
    } catch (error) {
      problem = { code: 'DATABASE_UNREACHABLE', message: `database unreachable: ${(error as Error).message}` };
    }
    res.status(503).json({ status: 'not-ready', error: { ...problem, details: [] } });
  });
  return router;
}
