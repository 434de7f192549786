import { Type } from '@sinclair/typebox';
import { Router, type Request } from 'express';
import { bodyOf } from '../http/validateBody';
import { actorOf } from '../http/session';
import {
  allowHost,
  deleteCredential,
  listCredentials,
  listHosts,
  removeHost,
  setCredential,
} from '../usecases/connectorAdmin';
import type { Context } from '../usecases/context';
import { connectorCallsOf, prefillCase, retryProviderDocument, tryConnector } from '../usecases/prefill';
import { listHandoffs } from '../connectors/handoffOutbox';
import { assertRole } from '../usecases/permissions';
import { badRequest } from '../errors';

export const ConnectorHostBody = Type.Object(
  { host: Type.String({ minLength: 1, maxLength: 255 }), allowPrivate: Type.Boolean() },
  { additionalProperties: false },
);
export const CredentialBody = Type.Object(
  { value: Type.String({ minLength: 1, maxLength: 8192 }) },
  { additionalProperties: false },
);
export const PrefillBody = Type.Object(
  {
    /** the index of the prefill in the pinned form's `prefill` */
    prefill: Type.Integer({ minimum: 0, maximum: 100 }),
    /** the form data as staff see it now (not yet saved) */
    data: Type.Record(Type.String(), Type.Unknown()),
  },
  { additionalProperties: false },
);
export const TryConnectorBody = Type.Object(
  {
    connector: Type.Record(Type.String(), Type.Unknown()),
    inputs: Type.Record(Type.String(), Type.Union([Type.String({ maxLength: 1000 }), Type.Number()])),
  },
  { additionalProperties: false },
);

const hostBody = bodyOf(ConnectorHostBody);
const credentialBody = bodyOf(CredentialBody);
const prefillBody = bodyOf(PrefillBody);
const tryBody = bodyOf(TryConnectorBody);
const param = (req: Request, name: string) => String(req.params[name]);

/** Connectors: the admin's allowlist and credentials, prefill on a case, and the designer's "try it". */
export function connectorRoutes(ctx: Context): Router {
  const router = Router();
  router.get('/connector-hosts', async (_req, res) => {
    res.json(await listHosts(ctx, actorOf(res)));
  });
  router.put('/connector-hosts', async (req, res) => {
    res.json(await allowHost(ctx, actorOf(res), hostBody(req)));
  });
  router.delete('/connector-hosts/:host', async (req, res) => {
    await removeHost(ctx, actorOf(res), param(req, 'host'));
    res.status(204).end();
  });
  router.get('/connector-credentials', async (_req, res) => {
    res.json(await listCredentials(ctx, actorOf(res)));
  });
  router.put('/connector-credentials/:name', async (req, res) => {
    res.json(await setCredential(ctx, actorOf(res), param(req, 'name'), credentialBody(req).value));
  });
  router.delete('/connector-credentials/:name', async (req, res) => {
    await deleteCredential(ctx, actorOf(res), param(req, 'name'));
    res.status(204).end();
  });
  router.post('/cases/:id/prefill', async (req, res) => {
    res.json(await prefillCase(ctx, actorOf(res), param(req, 'id'), prefillBody(req)));
  });
  router.get('/cases/:id/connector-calls', async (req, res) => {
    res.json(await connectorCallsOf(ctx, actorOf(res), param(req, 'id')));
  });
  router.post('/cases/:id/fetched-documents/:document', async (req, res) => {
    res.json(await retryProviderDocument(ctx, actorOf(res), param(req, 'id'), param(req, 'document')));
  });
  router.get('/handoffs', async (req, res) => {
    assertRole(actorOf(res), ['admin'], 'see hand-offs');
    const status = req.query.status;
    if (status !== undefined && !['failed', 'pending', 'sent'].includes(String(status))) {
      throw badRequest('unknown status', [{ path: '/status', message: 'must be one of: failed, pending, sent' }]);
    }
    res.json(await listHandoffs(ctx, status as 'failed' | 'pending' | 'sent' | undefined));
  });
  router.post('/connectors/try', async (req, res) => {
    const body = tryBody(req);
    res.json(await tryConnector(ctx, actorOf(res), body.connector, body.inputs));
  });
  return router;
}
