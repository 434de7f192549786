import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../runtime/definitions/index';
import { createApp } from '../app';
import { useTestServer } from './harness';

const server = useTestServer();

describe('GET /api/health', () => {
  it('when the database answers, then reports ok without credentials', async () => {
    const res = await request(server.app).get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', database: 'sqlite' });
  });
});

describe('GET /api/openapi.json and /api/docs', () => {
  it('when fetched, then documents every endpoint of the contract and the schema of every kind', async () => {
    const res = await request(server.app).get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    for (const p of [
      '/api/health',
      '/api/auth/login',
      '/api/definitions',
      '/api/definitions/{kind}/{id}',
      '/api/definitions/{kind}/{id}/draft',
      '/api/definitions/{kind}/{id}/publish',
      '/api/definitions/{kind}/{id}/versions',
      '/api/definitions/{kind}/{id}/diff',
      '/api/rulesets/{id}/evaluate',
      '/api/checklists/{id}/evaluate',
      '/api/calendars/{id}/deadline',
      '/api/cases',
      '/api/cases/{id}/data',
      '/api/cases/{id}/submit',
      '/api/cases/{id}/actions/{action}',
      '/api/cases/{id}/documents/{output}',
      '/api/reports/{report}',
      '/api/audit',
    ]) {
      expect(res.body.paths, p).toHaveProperty([p]);
    }
    for (const kind of KINDS) expect(res.body.components.schemas[kind].properties.kind.const).toBe(kind);
    expect(res.body.components.schemas.CaseStartBody.required).toEqual(['service', 'channel']);
  });

  it('when /api/docs is opened, then Swagger UI answers', async () => {
    const res = await request(server.app).get('/api/docs/');
    expect(res.status).toBe(200);
    expect(res.text).toMatch(/swagger/i);
  });

  it('when an /api route does not exist, then answers 404 in the error shape', async () => {
    const res = await request(server.app).get('/api/nowhere');
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({ code: 'NOT_FOUND', details: [] });
  });
});

describe('the web app', () => {
  it('when designer/dist exists, then other paths get its index.html and /api still answers JSON', async () => {
    const dist = path.join(server.dir, 'dist');
    fs.mkdirSync(dist);
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Qagida</title>');
    const app = createApp({ db: server.db, designerDist: dist });
    const page = await request(app).get('/desk/cases/123');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<title>Qagida</title>');
    expect((await request(app).get('/api/nowhere')).body.error.code).toBe('NOT_FOUND');
  });

  it('when designer/dist is missing, then the API is served regardless', async () => {
    const app = createApp({ db: server.db, designerDist: path.join(server.dir, 'missing') });
    expect((await request(app).get('/api/health')).status).toBe(200);
    expect((await request(app).get('/')).status).toBe(404);
  });
});
