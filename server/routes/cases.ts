import { Router, type Request } from 'express';
import { badRequest } from '../errors';
import { bodyOf } from '../http/validateBody';
import {
  CaseActionBody,
  CaseActionsPreviewBody,
  CaseDataBody,
  CaseStartBody,
  CaseSubmitBody,
  SurveyBody,
} from '../http/schemas';
import { actorOf } from '../http/session';
import { actOnCase } from '../usecases/caseActions';
import { caseDocument, saveCaseData, submitCase } from '../usecases/cases';
import { startCaseWithPrefill } from '../usecases/prefillOnStart';
import { assignCase, listQueue } from '../usecases/caseQueue';
import { getCase, previewActions } from '../usecases/caseView';
import { caseDocumentPdf } from '../usecases/documentPdf';
import type { Context } from '../usecases/context';
import { recordSurvey } from '../usecases/survey';
import { discardDraft } from '../usecases/discardDraft';

const startBody = bodyOf(CaseStartBody);
const dataBody = bodyOf(CaseDataBody);
const submitBody = bodyOf(CaseSubmitBody);
const actionBody = bodyOf(CaseActionBody);
const previewBody = bodyOf(CaseActionsPreviewBody);
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

/** A result document runs nothing and goes nowhere: sandbox blocks scripts, forms, navigation and meta refresh. */
const DOCUMENT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'; sandbox";

export function caseRoutes(ctx: Context): Router {
  const router = Router();
  const id = (req: Request) => String(req.params.id);

  router.post('/cases', async (req, res) => {
    const actor = actorOf(res);
    res.status(201).json(await startCaseWithPrefill(ctx, actor, startBody(req)));
  });

  router.get('/cases', async (req, res) => {
    const actor = actorOf(res);
    const text = (name: string) => (typeof req.query[name] === 'string' ? (req.query[name] as string) : undefined);
    const status = text('status');
    if (status !== undefined && !STATUSES.includes(status)) {
      throw badRequest('unknown status', [{ path: '/status', message: `must be one of: ${STATUSES.join(', ')}` }]);
    }
    const due = text('due');
    if (due !== undefined && due !== 'today')
      throw badRequest('unknown due', [{ path: '/due', message: 'must be "today"' }]);
    const overdue = text('overdue');
    const { limit, offset } = pageOf(req);
    res.json(
      await listQueue(ctx, actor, {
        q: text('q'),
        service: text('service'),
        step: text('step'),
        status,
        ...(due ? { due: 'today' as const } : {}),
        overdue: overdue === 'true' || overdue === '1',
        assignee: text('assignee'),
        sort: text('sort'),
        order: text('order'),
        limit,
        offset,
      }),
    );
  });

  router.post('/cases/:id/claim', async (req, res) => {
    res.json(await assignCase(ctx, actorOf(res), id(req), true));
  });

  router.post('/cases/:id/release', async (req, res) => {
    res.json(await assignCase(ctx, actorOf(res), id(req), false));
  });

  router.get('/cases/:id', async (req, res) => {
    res.json(await getCase(ctx, actorOf(res), id(req)));
  });

  // a draft nobody will finish: erased with its files (only drafts; see usecases/discardDraft.ts)
  router.delete('/cases/:id', async (req, res) => {
    res.json(await discardDraft(ctx, ctx.blobs, actorOf(res), id(req)));
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

  router.post('/cases/:id/actions-preview', async (req, res) => {
    const actor = actorOf(res);
    const { forms, data, form, input } = previewBody(req);
    res.json(await previewActions(ctx, actor, id(req), { forms, data, form, input }));
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
    res.type('html').set('Content-Security-Policy', DOCUMENT_CSP).send(html);
  });

  return router;
}
