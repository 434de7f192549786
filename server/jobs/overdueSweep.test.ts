import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { openDatabase, type Db } from '../db/connection';
import { notificationsRepository } from '../repositories/notifications';
import { ROOT } from '../drills/serverProcess';
import { ADULT, licenceDefinitions, MINOR } from '../test/fixtures';
import { bearer, DEMO_PASSWORD, startTestServer, type TestServer } from '../test/harness';
import { verifyAuditChain } from '../usecases/audit';
import { scheduleOverdueSweep, sweepOverdue } from './overdueSweep';

let server: TestServer;

/** The licence fixtures, the review step's actor in group `office`, overdue terms told to the creator and that group. */
function definitions() {
  const defs = licenceDefinitions();
  defs.process.actors = defs.process.actors.map((a) => (a.id === 'clerk' ? { ...a, groups: ['office'] } : a));
  defs.service.notices = [{ on: 'overdue', to: ['creator', 'group'] }];
  const notice = JSON.parse(fs.readFileSync(path.join(ROOT, 'definitions/templates/notice-overdue.json'), 'utf8')) as {
    kind: string;
    id: string;
  };
  return { ...defs, notice };
}

/** The analyst drafts a new version of the service, the admin publishes it. */
async function publishService(body: Record<string, unknown>) {
  const drafted = await request(server.app)
    .put(`/api/definitions/service/${String(body.id)}/draft`)
    .set(bearer(server.tokens.analyst))
    .send(body);
  expect(drafted.status).toBeLessThan(300);
  const published = await request(server.app)
    .post(`/api/definitions/service/${String(body.id)}/publish`)
    .set(bearer(server.tokens.admin))
    .set('If-Match', String(drafted.headers.etag))
    .send({});
  expect(published.status).toBe(201);
}
let secondDb: Db;
let second: ReturnType<typeof createApp>;
const DAY = 24 * 3600_000;

beforeAll(async () => {
  // Monday 2 June 2025, 10:00 in Almaty
  server = await startTestServer({ now: '2025-06-02T05:00:00Z', definitions: definitions() });
  await server.db.write(`UPDATE users SET groups = '["office"]' WHERE username IN ('staff', 'admin')`);
  await advance(0); // a fresh session sees the groups
  // a second instance on the same file, sweeping at the same time as the first
  secondDb = await openDatabase(`sqlite:${server.file}`);
  second = createApp({ db: secondDb, now: () => server.clock.now });
});
afterAll(async () => {
  await secondDb.close();
  await server.close();
});

const staff = () => bearer(server.tokens.staff);

/** Moves the clock; sessions last hours, so everyone signs in again. */
async function advance(ms: number) {
  server.clock.now = new Date(server.clock.now.getTime() + ms);
  for (const username of ['staff', 'analyst', 'admin'] as const) {
    const res = await request(server.app).post('/api/auth/login').send({ username, password: DEMO_PASSWORD });
    server.tokens[username] = res.body.token;
  }
}

async function submitted(data: Record<string, unknown>): Promise<{ id: string; status: string; nextDueAt: string }> {
  const started = await request(server.app)
    .post('/api/cases')
    .set(staff())
    .send({ service: 'licence', channel: 'office', data });
  expect(started.status).toBe(201);
  const res = await request(server.app).post(`/api/cases/${started.body.id}/submit`).set(staff()).send({});
  expect(res.status).toBe(200);
  return res.body;
}

const ctxA = () => server.app.locals.ctx;
const ctxB = () => second.locals.ctx;

describe('sweepOverdue()', () => {
  let open: { id: string; nextDueAt: string }[];
  let closedEarly: string;
  let refused: string;
  let draft: string;

  beforeAll(async () => {
    open = [];
    for (let i = 0; i < 6; i++) open.push(await submitted({ ...ADULT, applicantName: `Applicant ${i}` }));
    refused = (await submitted(MINOR)).id;
    const early = await submitted(ADULT);
    closedEarly = early.id;
    const issued = await request(server.app).post(`/api/cases/${early.id}/actions/issue`).set(staff()).send({});
    expect(issued.body.status).toBe('done');
    draft = (await request(server.app).post('/api/cases').set(staff()).send({ service: 'licence', channel: 'office' }))
      .body.id;
  });

  it('when no deadline has passed yet, then it raises nothing', async () => {
    server.clock.now = new Date('2025-06-02T06:00:00Z');
    expect(await sweepOverdue(ctxA())).toEqual({ scanned: 0, raised: 0 });
  });

  it('when two instances sweep at once, again and again, then each passed deadline of each open case is raised exactly once', async () => {
    await advance(21 * DAY - 3600_000);
    const results = [];
    for (let round = 0; round < 3; round++) {
      results.push(
        ...(await Promise.all([
          sweepOverdue(ctxA()),
          sweepOverdue(ctxB()),
          sweepOverdue(ctxA()),
          sweepOverdue(ctxB()),
        ])),
      );
    }
    const notices = await notificationsRepository(server.db).list({ kind: 'overdue' });
    const raised = results.reduce((sum, r) => sum + r.raised, 0);
    // every open case has its result deadline and its review step's limit passed
    expect(raised).toBe(open.length * 2);
    // each told to the creator (staff) and the group (staff, admin): staff once, admin once
    expect(notices.length).toBe(open.length * 2 * 2);
    const keys = notices.map((n) => `${n.caseId} ${n.deadline} ${n.recipient}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const c of open) {
      const mine = notices.filter((n) => n.caseId === c.id);
      expect(mine.map((n) => `${n.payload?.deadline} ${n.recipient}`).sort()).toEqual([
        'result admin',
        'result staff',
        'step:review admin',
        'step:review staff',
      ]);
      expect(mine.every((n) => n.sentAt === null)).toBe(true);
      const view = await request(second).get(`/api/cases/${c.id}`).set(staff());
      const overdue = view.body.events.filter((e: { type: string }) => e.type === 'overdue');
      expect(overdue).toHaveLength(2);
      expect(overdue[0]).toMatchObject({ actor: 'system', toStep: 'review' });
    }
    for (const id of [refused, closedEarly, draft]) expect(notices.some((n) => n.caseId === id)).toBe(false);
  });

  it('when the version of the service a case pinned declares no overdue notice, then its event and audit entry are raised once, with no notice', async () => {
    // version 2 asks no one; the quiet case pins it; version 3 asks again, for cases started later
    const { service } = definitions();
    await publishService({ ...service, notices: undefined });
    const quiet = await submitted({ ...ADULT, applicantName: 'Quiet' });
    await publishService(service);
    await advance(21 * DAY);
    await Promise.all([sweepOverdue(ctxA()), sweepOverdue(ctxB()), sweepOverdue(ctxA())]);
    expect(await notificationsRepository(server.db).list({ caseId: quiet.id })).toEqual([]);
    const view = await request(server.app).get(`/api/cases/${quiet.id}`).set(staff());
    expect(view.body.events.filter((e: { type: string }) => e.type === 'overdue')).toHaveLength(2);
    // the cases before it keep their notices, none added
    expect(await notificationsRepository(server.db).list({ kind: 'overdue' })).toHaveLength(open.length * 4);
  });

  it('then the audit log holds one case.overdue entry per notice and its chain verifies', async () => {
    const entries = await ctxA().audit.list({ action: 'case.overdue', limit: 1000, offset: 0 });
    expect(entries).toHaveLength(open.length * 2 + 2); // and the quiet case's two
    expect(entries.every((e) => e.actor === 'system')).toBe(true);
    expect(await verifyAuditChain({ audit: ctxA().audit })).toMatchObject({ ok: true });
  });

  it('when a case is closed after its notices, then later sweeps leave it alone', async () => {
    const first = open[0]!;
    const res = await request(server.app).post(`/api/cases/${first.id}/actions/issue`).set(staff()).send({});
    expect(res.body.status).toBe('done');
    await advance(7 * DAY);
    expect(await sweepOverdue(ctxB())).toEqual({ scanned: open.length, raised: 0 }); // and the quiet case
  });
});

describe('scheduleOverdueSweep()', () => {
  it('when the interval is 0, then it never sweeps', async () => {
    const schedule = scheduleOverdueSweep(ctxA(), { intervalMs: 0 });
    await schedule.stop();
  });

  it('when a new deadline passes while it runs, then the schedule raises it by itself and stops cleanly', async () => {
    const fresh = await submitted({ ...ADULT, applicantName: 'Late' });
    await advance(21 * DAY);
    const schedule = scheduleOverdueSweep(ctxB(), { intervalMs: 20 });
    const repo = notificationsRepository(server.db);
    const deadline = Date.now() + 10_000;
    while ((await repo.list({ caseId: fresh.id })).length < 4 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    await schedule.stop();
    expect(await repo.list({ caseId: fresh.id })).toHaveLength(4);
  });
});
