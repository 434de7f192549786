import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { startTestServer, type TestServer } from '../test/harness';

let server: TestServer;
let app: ReturnType<typeof createApp>;
let dist = '';
beforeAll(async () => {
  server = await startTestServer();
  // the designer's build as the server serves it: index.html for every non-/api path
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'qagida-dist-'));
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
  app = createApp({ db: server.db, designerDist: dist });
});
afterAll(async () => {
  fs.rmSync(dist, { recursive: true, force: true });
  await server.close();
});

describe('security headers drill: the app and the API tell the browser what it may do', () => {
  for (const [what, url] of [
    ['the designer app', '/desk'],
    ['the API', '/api/health'],
    ['an API error', '/api/no-such-route'],
  ] as const) {
    it(`when ${what} answers, then it carries a CSP that forbids framing, nosniff and a Referrer-Policy`, async () => {
      const res = await request(app).get(url);
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(csp).toMatch(/default-src 'self'/);
      expect(csp).toMatch(/script-src 'self'/);
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(csp).toMatch(/object-src 'none'/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
    });
  }
});
