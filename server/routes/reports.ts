import { Router } from 'express';
import { isLanguage } from '../../runtime/i18n/index';
import { actorOf } from '../http/session';
import { requestLanguage } from '../i18n/requestLanguage';
import type { Context } from '../usecases/context';
import { REPORTS, csvLabels, reportCsv, runReport } from '../usecases/reports';
import { uccMonthly, uccMonthlyCsv } from '../usecases/uccMonthly';

export function reportRoutes(ctx: Context): Router {
  const router = Router();
  router.get('/reports', async (_req, res) => {
    actorOf(res);
    const form = (await ctx.store.latest('form', 'ucc-report'))?.definition;
    res.json({
      reports: [
        {
          id: 'ucc-monthly',
          title: form?.description ?? form?.title ?? { en: 'ucc-monthly' },
          parameters: [{ name: 'month', format: 'YYYY-MM', required: true }],
          formats: ['json', 'csv'],
        },
        ...Object.keys(REPORTS).map((id) => ({ id, title: { en: id }, parameters: [], formats: ['json', 'csv'] })),
      ],
    });
  });
  router.get('/reports/ucc-monthly', async (req, res) => {
    actorOf(res);
    const report = await uccMonthly(ctx, req.query.month);
    if (req.query.format === 'csv') {
      const lang = typeof req.query.lang === 'string' && isLanguage(req.query.lang) ? req.query.lang : 'kk';
      res
        .type('text/csv; charset=utf-8')
        .attachment(`ucc-monthly-${report.month}.csv`)
        .send(uccMonthlyCsv(report, lang));
    } else {
      res.json(report);
    }
  });
  router.get('/reports/:report', async (req, res) => {
    actorOf(res);
    const report = await runReport(ctx, String(req.params.report));
    if (req.query.format === 'csv') {
      const lang =
        typeof req.query.lang === 'string' && isLanguage(req.query.lang) ? req.query.lang : requestLanguage();
      res
        .type('text/csv; charset=utf-8')
        .attachment(`${report.name}.csv`)
        .send(reportCsv(report, await csvLabels(ctx, report, lang)));
    } else {
      res.json(report);
    }
  });
  return router;
}
