import { Router, type Request } from 'express';
import { badRequest } from '../errors';
import { objectBody } from '../http/validateBody';
import { actorOf } from '../http/session';
import type { Context } from '../usecases/context';
import {
  deleteDraft,
  diffVersions,
  getDefinition,
  listDefinitions,
  listVersions,
  publishDraft,
  saveDraft,
} from '../usecases/definitions';

/** The revision a write expects: an If-Match header or a `baseRevision` field. */
function expectedRevision(req: Request, body?: Record<string, unknown>): number | undefined {
  const header = req.headers['if-match'];
  const raw = header !== undefined ? header.replace(/^W\//, '').replace(/"/g, '').trim() : body?.baseRevision;
  if (raw === undefined || raw === '*') return undefined;
  // an object here could carry its own toString: only a number or its text is a revision
  const revision = typeof raw === 'number' || typeof raw === 'string' ? Number(raw) : NaN;
  if (!Number.isInteger(revision) || revision < 0)
    throw badRequest('If-Match / baseRevision must be a revision number', [
      { path: '/baseRevision', message: 'must be a non-negative integer' },
    ]);
  return revision;
}

const param = (req: Request, name: string) => String(req.params[name]);

export function definitionRoutes(ctx: Context): Router {
  const router = Router();

  router.get('/definitions', async (req, res) => {
    actorOf(res);
    const kind = typeof req.query.kind === 'string' ? req.query.kind : undefined;
    res.json({ definitions: await listDefinitions(ctx, kind) });
  });

  router.get('/definitions/:kind/:id', async (req, res) => {
    actorOf(res);
    const version = req.query.version === undefined ? undefined : Number(req.query.version);
    if (version !== undefined && (!Number.isInteger(version) || version < 1)) {
      throw badRequest('version must be a positive integer', [
        { path: '/version', message: 'must be a positive integer' },
      ]);
    }
    const draft = req.query.draft === '1' || req.query.draft === 'true';
    const found = await getDefinition(ctx, param(req, 'kind'), param(req, 'id'), { version, draft });
    if (found.revision !== null) res.set('ETag', `"${found.revision}"`);
    res.json(found);
  });

  router.put('/definitions/:kind/:id/draft', async (req, res) => {
    const actor = actorOf(res);
    const body = objectBody(req);
    // either the definition itself, or {definition, baseRevision}
    const wrapped = 'definition' in body && !('kind' in body);
    const definition = wrapped ? (body.definition as Record<string, unknown>) : body;
    const saved = await saveDraft(
      ctx,
      actor,
      param(req, 'kind'),
      param(req, 'id'),
      definition ?? {},
      expectedRevision(req, wrapped ? body : undefined),
    );
    res.set('ETag', `"${saved.revision}"`);
    res.json(saved);
  });

  // only the draft: a published version has no delete route, so none can be deleted
  router.delete('/definitions/:kind/:id/draft', async (req, res) => {
    const actor = actorOf(res);
    const body = req.body === undefined ? {} : objectBody(req);
    res.json(await deleteDraft(ctx, actor, param(req, 'kind'), param(req, 'id'), expectedRevision(req, body)));
  });

  router.post('/definitions/:kind/:id/publish', async (req, res) => {
    const actor = actorOf(res);
    const body = req.body === undefined ? {} : objectBody(req);
    const published = await publishDraft(ctx, actor, param(req, 'kind'), param(req, 'id'), expectedRevision(req, body));
    res.status(201).json(published);
  });

  router.get('/definitions/:kind/:id/versions', async (req, res) => {
    actorOf(res);
    res.json({ versions: await listVersions(ctx, param(req, 'kind'), param(req, 'id')) });
  });

  router.get(['/definitions/:kind/:id/diff', '/definitions/:kind/:id/versions/diff'], async (req, res) => {
    actorOf(res);
    const { from, to } = req.query;
    const ok = (v: unknown) => typeof v === 'string' && (v === 'draft' || /^[1-9][0-9]*$/.test(v));
    if (!ok(from) || !ok(to)) {
      throw badRequest('give ?from= and ?to= as version numbers or "draft"', [
        ...(ok(from) ? [] : [{ path: '/from', message: 'must be a version number or "draft"' }]),
        ...(ok(to) ? [] : [{ path: '/to', message: 'must be a version number or "draft"' }]),
      ]);
    }
    res.json(await diffVersions(ctx, param(req, 'kind'), param(req, 'id'), from as string, to as string));
  });
  return router;
}
