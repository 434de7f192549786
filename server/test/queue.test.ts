import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Form, Process, Ruleset, Service } from '../../runtime/definitions/index';
import { planWalks, sampleIin, type Walk } from '../../runtime/walks/index';
import { FormatRegistry } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { sweepOverdue } from '../jobs/overdueSweep';
import { CaseList } from '../http/schemas';
import { bearer, DEMO_PASSWORD, startTestServer, type TestServer } from './harness';
import { shippedDefinitions } from './shippedDefinitions';

/** The queue over real cases of the cash-register conclusion (its application names the applicant and the IIN/BIN). */
const shipped = { ...shippedDefinitions('ccm-conclusion', 'ucc-report', 'kz') };
const ofKind = <T>(kind: string) => Object.values(shipped).filter((d) => d.kind === kind) as unknown as T[];
const service = ofKind<Service>('service').find((s) => s.id === 'ccm-conclusion') as Service;
const walk = planWalks({
  service,
  processes: Object.fromEntries(ofKind<Process>('process').map((p) => [p.id, p])),
  forms: Object.fromEntries(ofKind<Form>('form').map((f) => [f.id, f])),
  rulesets: ofKind<Ruleset>('ruleset').filter((r) => service.rulesets.includes(r.id)),
}).find((w) => w.ok && w.channel === 'office' && w.end === 'issued') as Walk;

// TypeBox's Value knows no formats of its own
if (!FormatRegistry.Has('date-time'))
  FormatRegistry.Set('date-time', (v) => /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v)));

const NAMES = ['Alpha Systems', 'Beta Kassa', 'Gamma Soft', 'Delta Trade', 'Epsilon Retail'];

let server: TestServer;
const ids: string[] = [];
beforeAll(async () => {
  // Thursday 15 January 2026, 10:00 in Astana
  server = await startTestServer({ now: '2026-01-15T05:00:00Z', definitions: shipped });
  for (const [i, name] of NAMES.entries()) {
    const data = structuredClone(walk.application) as { applicant: Record<string, unknown> };
    data.applicant.name = name;
    data.applicant.iinBin = sampleIin(100 + i, 'bin');
    const created = await api().post('/api/cases').set(staff()).send({ service: 'ccm-conclusion', channel: 'office' });
    const submitted = await api().post(`/api/cases/${created.body.id}/submit`).set(staff()).send({ data });
    expect(submitted.status).toBe(200);
    ids.push(created.body.id as string);
  }
});
afterAll(() => server.close());

const api = () => request(server.app);
const staff = () => bearer(server.tokens.staff);
const list = async (query: string) =>
  (await api().get(`/api/cases?service=ccm-conclusion&${query}`).set(staff())).body as {
    cases: {
      id: string;
      number: string;
      applicantName: string;
      applicantId: string;
      overdue: boolean;
      nextDueAt: string | null;
    }[];
    total: number;
  };

describe('GET /api/cases: the queue', () => {
  it('when cases are submitted, then they are numbered CCM-2026-… consecutively in order, and the applicant is shown', async () => {
    const page = await list('sort=number&order=asc');
    expect([...Value.Errors(CaseList, page)]).toEqual([]);
    const { cases } = page;
    const ours = cases.filter((c) => ids.includes(c.id));
    expect(ours.map((c) => c.applicantName)).toEqual(NAMES);
    const first = Number(ours[0]?.number.slice(-6));
    expect(ours.map((c) => c.number)).toEqual(NAMES.map((_, i) => `CCM-2026-${String(first + i).padStart(6, '0')}`));
  });

  it('when searching by part of a number, a name in another case, or an IIN/BIN, then exactly those cases match', async () => {
    expect((await list('q=2026-000003')).cases.map((c) => c.applicantName)).toEqual(['Gamma Soft']);
    expect((await list('q=beta%20KASSA')).cases.map((c) => c.number)).toEqual(['CCM-2026-000002']);
    expect((await list(`q=${sampleIin(104, 'bin')}`)).cases.map((c) => c.applicantName)).toEqual(['Epsilon Retail']);
    expect((await list('q=nobody')).total).toBe(0);
  });

  it('when paging a sorted list, then pages do not overlap and the total counts every match', async () => {
    const first = await list('q=a&sort=applicantName&order=desc&limit=2&offset=0');
    const second = await list('q=a&sort=applicantName&order=desc&limit=2&offset=2');
    expect(first.total).toBe(5);
    expect([...first.cases, ...second.cases].map((c) => c.applicantName)).toEqual([
      'Gamma Soft',
      'Epsilon Retail',
      'Delta Trade',
      'Beta Kassa',
    ]);
  });

  it('when filtering by service, step and status, then only matching cases are listed', async () => {
    const registering = await list('status=in-progress&step=registration&limit=500');
    expect(registering.cases.filter((c) => ids.includes(c.id))).toHaveLength(5);
    expect((await list('step=review')).total).toBe(0);
    expect((await api().get('/api/cases?service=deposit').set(staff())).body.total).toBe(0);
  });

  it('when time passes the step limits, then the list, the case page, the sweep and the monthly report count the same overdue cases', async () => {
    const before = await list('overdue=true');
    expect(before.total).toBe(0);
    // the registration step allows one working day: a week later every case is past it
    server.clock.now = new Date('2026-01-22T05:00:00Z');
    // a week on, the sessions have ended: sign in again
    for (const username of ['admin', 'staff'] as const) {
      const login = await api().post('/api/auth/login').send({ username, password: DEMO_PASSWORD });
      server.tokens[username] = login.body.token as string;
    }
    const overdue = await list('overdue=true&limit=500');
    const flagged = (await list('limit=500')).cases.filter((c) => c.overdue).length;
    let onCasePage = 0;
    for (const id of ids) if ((await api().get(`/api/cases/${id}`).set(staff())).body.overdue) onCasePage++;
    const swept = await sweepOverdue(server.app.locals.ctx);
    const report = await api().get('/api/reports/ucc-monthly?month=2026-01').set(bearer(server.tokens.admin));
    const reported = (report.body.summary.rows as { service: string; overdue: number }[])
      .filter((row) => row.service === service.title.kk)
      .reduce((sum, row) => sum + row.overdue, 0);
    expect(overdue.total).toBeGreaterThan(0);
    // unasked, the most overdue case comes first (ties by id), not the last updated
    const order = overdue.cases.map((c) => `${c.nextDueAt} ${c.id}`);
    expect(order).toEqual([...order].sort());
    expect({ flagged, onCasePage, swept: swept.scanned, reported }).toEqual({
      flagged: overdue.total,
      onCasePage: overdue.total,
      swept: overdue.total,
      reported: overdue.total,
    });
    expect((await list('due=today')).total).toBe(0);
  });
});

describe('groups', () => {
  it('when a user is put in groups, then GET /api/users lists them, and only an admin may set them', async () => {
    const created = await api()
      .post('/api/users')
      .set(bearer(server.tokens.admin))
      .send({ username: 'operator', password: DEMO_PASSWORD, role: 'staff' });
    expect(created.status).toBe(201);
    const set = await api()
      .put('/api/users/operator')
      .set(bearer(server.tokens.admin))
      .send({ groups: ['psc-astana', 'archive'] });
    expect(set.body.groups).toEqual(['archive', 'psc-astana']);
    const users = (await api().get('/api/users').set(bearer(server.tokens.admin))).body.users as {
      username: string;
      groups: string[];
    }[];
    expect(users.find((u) => u.username === 'operator')?.groups).toEqual(['archive', 'psc-astana']);
    expect((await api().put('/api/users/operator').set(staff()).send({ groups: [] })).status).toBe(403);
    const bad = await api()
      .put('/api/users/operator')
      .set(bearer(server.tokens.admin))
      .send({ groups: ['Not Valid'] });
    expect(bad.status).toBe(422);
    expect(bad.body.error.details[0].path).toBe('/groups/0');
  });
});
