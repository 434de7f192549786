import type { AddressInfo } from 'node:net';
import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { openDatabase } from '../db/connection';
import { migrator } from '../db/migrate';
import { flushWrites, inBatch } from '../db/writeBatch';
import { shutdownGracefully } from '../lifecycle/shutdown';
import { ADULT } from './fixtures';
import { bearer, startTestServer, useTestServer } from './harness';

const server = useTestServer(() => ({ now: '2025-06-02T05:00:00Z' }));

const api = () => request(server.app);
const as = (who: 'admin' | 'analyst' | 'staff') => bearer(server.tokens[who]);

async function startCase() {
  const res = await api()
    .post('/api/cases')
    .set(as('staff'))
    .send({ service: 'licence', channel: 'office', data: ADULT });
  expect(res.status).toBe(201);
  return res.body as { id: string };
}

describe('request ids', () => {
  it('when a request carries no X-Request-Id, then the answer carries a new one', async () => {
    const res = await api().get('/api/health');
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect((await api().get('/api/health')).headers['x-request-id']).not.toBe(res.headers['x-request-id']);
  });

  it('when a proxy sends a sane X-Request-Id, then it is kept; an unsafe one is replaced', async () => {
    expect((await api().get('/api/health').set('X-Request-Id', 'edge-1234:abcd')).headers['x-request-id']).toBe(
      'edge-1234:abcd',
    );
    for (const unsafe of ['has spaces in it', 'x'.repeat(129), 'short', '"quoted-value"']) {
      const res = await api().get('/api/health').set('X-Request-Id', unsafe);
      expect(res.headers['x-request-id'], unsafe).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('when submissions run together in one group commit, then each audit entry names its own request and the chain verifies', async () => {
    const cases = await Promise.all([1, 2, 3, 4, 5, 6].map(() => startCase()));
    const answers = await Promise.all(
      cases.map((c, i) =>
        api().post(`/api/cases/${c.id}/submit`).set(as('staff')).set('X-Request-Id', `submit-request-${i}`).send({}),
      ),
    );
    for (const res of answers) expect(res.status).toBe(200);
    const audit = await api().get('/api/audit?action=case.submit&limit=100').set(as('admin'));
    expect(audit.status).toBe(200);
    const entries = audit.body.entries as { entityId: string; requestId: string | null }[];
    cases.forEach((c, i) => {
      const entry = entries.find((e) => e.entityId === c.id);
      expect(entry?.requestId, c.id).toBe(`submit-request-${i}`);
    });
    const verify = await api().get('/api/audit/verify').set(as('admin'));
    expect(verify.body).toMatchObject({ ok: true });
  });

  it('when an audit entry request id is altered, then verification finds the break', async () => {
    const [last] = (await server.db.sequelize.query(
      `SELECT id FROM audit_log WHERE requestId IS NOT NULL ORDER BY id DESC LIMIT 1`,
    )) as [{ id: number }[], unknown];
    const id = last[0]?.id;
    expect(id).toBeDefined();
    await server.db.write(`UPDATE audit_log SET requestId = 'forged-request-id' WHERE id = ${id}`);
    const verify = await api().get('/api/audit/verify').set(as('admin'));
    expect(verify.body.ok).toBe(false);
    expect(verify.body.breaks.map((b: { id: number }) => b.id)).toContain(id);
  });
});

describe('GET /api/ready', () => {
  it('when the database answers and is migrated, then it is ready', async () => {
    const res = await api().get('/api/ready');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ready' });
  });

  it('when migrations are pending, then 503 MIGRATIONS_PENDING', async () => {
    const other = await startTestServer();
    await migrator(other.db.sequelize).down();
    const res = await request(other.app).get('/api/ready');
    expect(res.status).toBe(503);
    expect(res.body.error).toMatchObject({ code: 'MIGRATIONS_PENDING' });
    await other.close();
  });

  it('when the database is unreachable, then 503 DATABASE_UNREACHABLE while /api/health fails too', async () => {
    const db = await openDatabase(`sqlite:${server.dir}/unreachable.sqlite`);
    const app = createApp({ db });
    expect((await request(app).get('/api/ready')).status).toBe(200);
    await db.close();
    const res = await request(app).get('/api/ready');
    expect(res.status).toBe(503);
    expect(res.body.error).toMatchObject({ code: 'DATABASE_UNREACHABLE' });
  });
});

describe('GET /api/metrics', () => {
  it('when an admin asks, then it answers the Prometheus text format with per-route requests and submissions', async () => {
    await api().get('/api/health');
    const res = await api().get('/api/metrics').set(as('admin'));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(res.text).toMatch(/^# TYPE qagida_http_requests_total counter$/m);
    expect(res.text).toMatch(/qagida_http_requests_total\{method="GET",route="\/api\/health",status="200"\} \d+/);
    expect(res.text).toMatch(/qagida_submit_duration_seconds_count\{status="200"\} [1-9]/);
    expect(res.text).toMatch(/qagida_commit_batch_size_count [1-9]/);
    expect(res.text).toMatch(/^# TYPE qagida_overdue_cases gauge$/m);
  });

  it('when staff asks, then 403; without a sign-in, 401', async () => {
    expect((await api().get('/api/metrics').set(as('staff'))).status).toBe(403);
    expect((await api().get('/api/metrics')).status).toBe(401);
  });
});

describe('graceful shutdown', () => {
  async function listen(app: express.Express) {
    const http = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => http.once('listening', resolve));
    return { http, url: `http://127.0.0.1:${(http.address() as AddressInfo).port}` };
  }

  it('when SIGTERM comes while a slow request runs, then the request finishes, new ones are refused, and the closers run after', async () => {
    const order: string[] = [];
    const app = express();
    app.get('/slow', (_req, res) => {
      setTimeout(() => {
        order.push('answered');
        res.json({ done: true });
      }, 300);
    });
    const { http, url } = await listen(app);
    const slow = fetch(`${url}/slow`).then((r) => r.json());
    await new Promise((resolve) => setTimeout(resolve, 50));
    const stopping = shutdownGracefully({
      server: http,
      deadlineMs: 5_000,
      closers: [{ name: 'database', close: () => order.push('closed') }],
    });
    await expect(fetch(`${url}/slow`)).rejects.toThrow();
    expect(await slow).toEqual({ done: true });
    expect(await stopping).toEqual({ drained: true, failed: [] });
    expect(order).toEqual(['answered', 'closed']);
  });

  it('when a request outlives the deadline, then its connection is cut and shutdown still completes', async () => {
    const app = express();
    app.get('/stuck', () => undefined);
    const { http, url } = await listen(app);
    const stuck = fetch(`${url}/stuck`).then(
      () => 'answered',
      () => 'cut',
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    const result = await shutdownGracefully({ server: http, deadlineMs: 200, closers: [] });
    expect(result.drained).toBe(false);
    expect(await stuck).toBe('cut');
  });

  it('when writes are queued for the group commit at shutdown, then they are committed before the database closes', async () => {
    const file = `${server.dir}/flush.sqlite`;
    const db = await openDatabase(`sqlite:${file}`);
    await db.sequelize.query('CREATE TABLE marks (n INTEGER)');
    const writes = [1, 2, 3, 4, 5].map((n) =>
      inBatch(db, (t) => db.sequelize.query(`INSERT INTO marks (n) VALUES (${n})`, { transaction: t })),
    );
    const { http } = await listen(express());
    await shutdownGracefully({
      server: http,
      deadlineMs: 1_000,
      closers: [
        { name: 'group commit', close: () => flushWrites(db) },
        { name: 'database', close: () => db.close() },
      ],
    });
    await Promise.all(writes);
    const reopened = await openDatabase(`sqlite:${file}`);
    const [rows] = await reopened.sequelize.query('SELECT COUNT(*) AS n FROM marks');
    expect(rows).toEqual([{ n: 5 }]);
    await reopened.close();
  });
});
