import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { Type } from '@sinclair/typebox';
import { API_ROUTES, type RouteSpec } from '../../runtime/api/index';
import { useTestServer } from '../test/harness';
import { responseContract } from './responseContract';

interface Layer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

/** Every route the app serves under /api, as METHOD /api/path (each route file's router sits at /api). */
function servedRoutes(stack: Layer[]): string[] {
  return stack.flatMap((layer) => {
    if (layer.route) {
      const paths = Array.isArray(layer.route.path) ? layer.route.path : [layer.route.path];
      return Object.keys(layer.route.methods).flatMap((m) => paths.map((p) => `${m.toUpperCase()} /api${p}`));
    }
    return layer.handle?.stack ? servedRoutes(layer.handle.stack) : [];
  });
}
const shapeOf = (op: string) => op.replace(/\{[^}]+\}/g, '{}').replace(/:[^/]+/g, '{}');

const server = useTestServer();

describe('the API contract (runtime/api)', () => {
  it('when the server serves a route, then the contract describes it', () => {
    const served = servedRoutes(server.app.router.stack as Layer[]);
    expect(served.length).toBeGreaterThan(50);
    const described = new Set(API_ROUTES.map((r) => shapeOf(`${r.method.toUpperCase()} ${r.path}`)));
    // a second path one handler also answers (the diff's old address) is the same route
    const missing = served.filter((op) => !described.has(shapeOf(op)) && !op.endsWith('/versions/diff'));
    expect(missing, `routes with no response schema: ${missing.join(', ')}`).toEqual([]);
  });

  it('when the contract describes a route, then the server serves it (no stale entries)', () => {
    const served = new Set(servedRoutes(server.app.router.stack as Layer[]).map(shapeOf));
    const stale = API_ROUTES.map((r) => `${r.method.toUpperCase()} ${r.path}`).filter((op) => !served.has(shapeOf(op)));
    expect(stale).toEqual([]);
  });

  it('when a route answers JSON with a 2xx, then the contract names a schema for that status', () => {
    const bare = API_ROUTES.flatMap((r) =>
      Object.entries(r.responses)
        .filter(([status, a]) => Number(status) < 300 && typeof a === 'object' && !a.schema && !a.contentType)
        .filter(([status]) => status !== '204')
        .map(([status]) => `${r.method.toUpperCase()} ${r.path} ${status}`),
    );
    expect(bare).toEqual([]);
  });

  it('when the suite calls a route, then its answer is checked: a signed-in user is what the schema says', async () => {
    const res = await request(server.app).get('/api/auth/me').set('Authorization', `Bearer ${server.tokens.staff}`);
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ username: 'staff', role: 'staff' });
  });
});

describe('responseContract()', () => {
  const specs: RouteSpec[] = [
    {
      method: 'get',
      path: '/api/things/{id}',
      summary: 'a thing',
      tag: 'test',
      responses: { 200: { description: 'the thing', schema: Type.Object({ id: Type.String() }) } },
    },
  ];
  const app = express();
  const api = express.Router();
  api.use(responseContract(specs));
  api.get('/things/:id', (req, res) => {
    res.json(req.params.id === 'bad' ? { id: 7 } : { id: req.params.id });
  });
  api.get('/unlisted', (_req, res) => {
    res.json({ ok: true });
  });
  api.get('/broken-error', (_req, res) => {
    res.status(404).json({ message: 'not the envelope' });
  });
  app.use('/api', api);

  it('when an answer matches its schema, then it passes unchanged', async () => {
    const res = await request(app).get('/api/things/a1');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ id: 'a1' });
  });

  it('when an answer breaks its schema, then it becomes a 500 naming the route and the pointer', async () => {
    const res = await request(app).get('/api/things/bad');
    expect(res.status).toBe(500);
    expect(res.body.error.code).toBe('RESPONSE_CONTRACT');
    expect(res.body.error.message).toContain('route GET /api/things/:id answered 200 outside its schema');
    expect(res.body.error.message).toContain('/id');
  });

  it('when a route is not in the contract, then the answer says "route X has no response schema"', async () => {
    const res = await request(app).get('/api/unlisted');
    expect(res.status).toBe(500);
    expect(res.body.error.message).toContain('route GET /api/unlisted has no response schema');
  });

  it('when an error answer is not the error envelope, then it is refused too', async () => {
    const res = await request(app).get('/api/broken-error');
    expect(res.status).toBe(500);
    expect(res.body.error.message).toContain('not ErrorBody');
  });
});
