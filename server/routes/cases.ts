import { Router, type Request } from 'express';
import { badRequest } from '../errors';
import { bodyOf } from '../http/validateBody';
import { CaseActionBody, CaseDataBody, CaseStartBody, CaseSubmitBody, SurveyBody } from '../http/schemas';
import { actorOf } from '../http/session';
import { actOnCase } from '../usecases/caseActions';
import { caseDocument, listCases, saveCaseData, startCase, submitCase } from '../usecases/cases';
import { getCase } from '../usecases/caseView';
import { caseDocumentPdf } from '../usecases/documentPdf';
import type { Context } from '../usecases/context';
import { recordSurvey } from '../usecases/survey';

const startBody = bodyOf(CaseStartBody);
const dataBody = bodyOf(CaseDataBody);
const submitBody = bodyOf(CaseSubmitBody);
const actionBody = bodyOf(CaseActionBody);
const surveyBody = bodyOf(SurveyBody);

const STATUSES = ['draft', 'in-progress', 'done'];

function pageOf(req: Request): { limit?: number; offset?: number } {
  const limit = req.query.limit === undefined ? undefined : Number(req.query.limit);
  const offset = req.query.offset === undefined ? undefined : Number(req.query.offset);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1))
    throw badRequest('limit must be a positive integer', [{ path: '/limit', message: 'must be a positive integer' }]);
  if (offset !== undefined && (!Number.isInteger(offset) || offset < 0))
    throw badRequest('offset must be a non-negative integer', [
      { path: '/offset', message: 'must be a non-negative integer' },
    ]);
  return { limit, offset };
}

export function caseRoutes(ctx: Context): Router {
  const router = Router();
  const id = (req: Request) => String(req.params.id);

  router.post('/cases', async (req, res) => {
    const actor = actorOf(res);
    res.status(201).json(await startCase(ctx, actor, startBody(req)));
  });

  router.get('/cases', async (req, res) => {
    const actor = actorOf(res);
    const { service, status, overdue, assignee } = req.query;
    if (status !== undefined && !STATUSES.includes(String(status))) {
      throw badRequest('unknown status', [{ path: '/status', message: `must be one of: ${STATUSES.join(', ')}` }]);
    }
    // "me" is the only assignee one may ask for: the cases the caller started or acted on
    if (assignee !== undefined && assignee !== 'me') {
      throw badRequest('unknown assignee', [{ path: '/assignee', message: 'must be "me"' }]);
    }
    const cases = await listCases(ctx, {
      service: typeof service === 'string' ? service : undefined,
      status: typeof status === 'string' ? status : undefined,
      overdue: overdue === 'true' || overdue === '1',
      actor: assignee === 'me' ? actor.username : undefined,
      ...pageOf(req),
    });
    res.json({ cases });
  });

  router.get('/cases/:id', async (req, res) => {
    res.json(await getCase(ctx, actorOf(res), id(req)));
  });

  router.put('/cases/:id/data', async (req, res) => {
    const actor = actorOf(res);
    res.json(await saveCaseData(ctx, actor, id(req), dataBody(req)));
  });

  router.post('/cases/:id/submit', async (req, res) => {
    const actor = actorOf(res);
    res.json(await submitCase(ctx, actor, id(req), submitBody(req)));
  });

  router.post('/cases/:id/actions/:action', async (req, res) => {
    const actor = actorOf(res);
    res.json(await actOnCase(ctx, actor, id(req), String(req.params.action), actionBody(req)));
  });

  router.post('/cases/:id/survey', async (req, res) => {
    const actor = actorOf(res);
    res.json(await recordSurvey(ctx, actor, id(req), surveyBody(req)));
  });

  router.get('/cases/:id/documents/:output', async (req, res) => {
    actorOf(res);
    const lang = typeof req.query.lang === 'string' ? req.query.lang : undefined;
    const format = req.query.format ?? 'html';
    if (format === 'pdf') {
      const { pdf, name } = await caseDocumentPdf(ctx, id(req), String(req.params.output), lang);
      res.type('application/pdf').set('Content-Disposition', `inline; filename="${name}"`).send(pdf);
      return;
    }
    if (format !== 'html') {
      throw badRequest('documents are served as HTML or PDF', [
        { path: '/format', message: 'must be "html" or "pdf"' },
      ]);
    }
    const html = await caseDocument(ctx, id(req), String(req.params.output), lang);
    res.type('html').set('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'").send(html);
  });

  return router;
}
