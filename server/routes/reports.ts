import { Router } from 'express';
import { actorOf } from '../http/session';
import type { Context } from '../usecases/context';
import { reportCsv, runReport } from '../usecases/reports';

export function reportRoutes(ctx: Context): Router {
  const router = Router();
  router.get('/reports/:report', async (req, res) => {
    actorOf(res);
    const report = await runReport(ctx, String(req.params.report));
    if (req.query.format === 'csv') {
      res.type('text/csv').attachment(`${report.name}.csv`).send(reportCsv(report));
    } else {
      res.json(report);
    }
  });
  return router;
}
