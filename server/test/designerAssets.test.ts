import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { startTestServer, type TestServer } from './harness';

let server: TestServer;
let app: ReturnType<typeof createApp>;
const script = 'console.log("designer");'.repeat(200);

beforeAll(async () => {
  server = await startTestServer();
  // a build as Vite writes it: hashed assets with their .br and .gz beside them
  const dist = path.join(server.dir, 'dist');
  fs.mkdirSync(path.join(dist, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
  const asset = path.join(dist, 'assets', 'index-Cf708DVj.js');
  fs.writeFileSync(asset, script);
  fs.writeFileSync(`${asset}.br`, zlib.brotliCompressSync(script));
  fs.writeFileSync(`${asset}.gz`, zlib.gzipSync(script));
  app = createApp({ db: server.db, designerDist: dist });
});
afterAll(() => server.close());

describe('the designer build, served', () => {
  it('when the browser accepts brotli, then a hashed asset goes out as the .br file, cached as immutable', async () => {
    const res = await request(app).get('/assets/index-Cf708DVj.js').set('Accept-Encoding', 'gzip, deflate, br');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(Number(res.headers['content-length'])).toBeLessThan(script.length / 10);
    expect(res.text).toBe(script); // supertest decoded the brotli
  });

  it('when the browser accepts gzip only, then the .gz goes out; with neither, the plain file', async () => {
    const gzip = await request(app).get('/assets/index-Cf708DVj.js').set('Accept-Encoding', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    const plain = await request(app).get('/assets/index-Cf708DVj.js').set('Accept-Encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toBe(script);
  });

  it('when a screen of the designer is asked for, then index.html comes, revalidated on every load', async () => {
    for (const url of ['/', '/desk/queue']) {
      const res = await request(app).get(url);
      expect(res.status).toBe(200);
      expect(res.text).toContain('<div id="root">');
      expect(res.headers['cache-control']).toBe('no-cache');
    }
    expect((await request(app).get('/api/nothing')).status).toBe(404);
  });
});
