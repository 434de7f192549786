import { Router } from 'express';
import { isLanguage } from '../../runtime/i18n/index';
import { actorOf } from '../http/session';
import { requestLanguage } from '../i18n/requestLanguage';
import type { Context } from '../usecases/context';
import { monthlyReportCsv, monthlyReport } from '../usecases/reportMonthly';
import { csvLabels, listReports, reportCsv, reportDefinition, totalsReport } from '../usecases/reports';

/** The reports are definitions (kind `report`): one route runs any of them, as JSON or CSV. */
export function reportRoutes(ctx: Context): Router {
  const router = Router();
  router.get('/reports', async (_req, res) => {
    actorOf(res);
    res.json(await listReports(ctx));
  });
  router.get('/reports/:report', async (req, res) => {
    actorOf(res);
    const definition = await reportDefinition(ctx, String(req.params.report));
    const asked = typeof req.query.lang === 'string' && isLanguage(req.query.lang) ? req.query.lang : null;
    const csv = req.query.format === 'csv';
    if (definition.period === 'month') {
      const report = await monthlyReport(ctx, definition, req.query.month);
      if (!csv) return void res.json(report);
      // a monthly return is filed in Kazakh unless asked otherwise (Appendix 2 of 002 is a Kazakh form)
      res
        .type('text/csv; charset=utf-8')
        .attachment(`${report.name}-${report.month}.csv`)
        .send(monthlyReportCsv(report, asked ?? 'kk'));
      return;
    }
    const report = await totalsReport(ctx, definition);
    if (!csv) return void res.json(report);
    res
      .type('text/csv; charset=utf-8')
      .attachment(`${report.name}.csv`)
      .send(reportCsv(report, await csvLabels(ctx, report, asked ?? requestLanguage(), definition)));
  });
  return router;
}
