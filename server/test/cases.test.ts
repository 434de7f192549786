import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { ADULT, MINOR } from './fixtures';
import { bearer, DEMO_PASSWORD, useTestServer } from './harness';

// Monday 2 June 2025, 10:00 in Almaty (UTC+5)
const server = useTestServer(() => ({ now: '2025-06-02T05:00:00Z' }));

const api = () => request(server.app);
const as = (who: 'admin' | 'analyst' | 'staff') => bearer(server.tokens[who]);

async function startCase(data?: Record<string, unknown>) {
  const res = await api()
    .post('/api/cases')
    .set(as('staff'))
    .send({ service: 'licence', channel: 'office', ...(data ? { data } : {}) });
  expect(res.status).toBe(201);
  return res.body as { id: string; revision: number };
}

describe('POST /api/cases', () => {
  it('when staff starts a case, then it is a draft pinned to the published versions', async () => {
    const res = await api().post('/api/cases').set(as('staff')).send({ service: 'licence', channel: 'office' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      service: 'licence',
      serviceVersion: 1,
      channel: 'office',
      status: 'draft',
      revision: 1,
      createdBy: 'staff',
    });
    expect(res.body.pins).toEqual({
      service: { id: 'licence', version: 1 },
      form: { id: 'licence-form', version: 1 },
      calendar: { id: 'kz', version: 1 },
      processes: [{ id: 'licence-process', version: 1 }],
      rulesets: [{ id: 'licence-rules', version: 1 }],
      templates: [{ id: 'licence-letter', version: 1 }],
      on: '2025-06-02',
    });
  });

  it('when the service is unknown, then answers 404', async () => {
    const res = await api().post('/api/cases').set(as('staff')).send({ service: 'nothing', channel: 'office' });
    expect(res.status).toBe(404);
  });

  it('when the channel is not one of the service, then answers 422 at /channel', async () => {
    const res = await api().post('/api/cases').set(as('staff')).send({ service: 'licence', channel: 'moon' });
    expect(res.status).toBe(422);
    expect(res.body.error.details[0].path).toBe('/channel');
  });

  it('when the body lacks the service, then answers 422 with a pointer', async () => {
    const res = await api().post('/api/cases').set(as('staff')).send({ channel: 'office', extra: 1 });
    expect(res.status).toBe(422);
    const paths = res.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['/service', '/extra']));
  });

  it('when an analyst starts a case, then answers 403; without credentials 401', async () => {
    expect(
      (await api().post('/api/cases').set(as('analyst')).send({ service: 'licence', channel: 'office' })).status,
    ).toBe(403);
    expect((await api().post('/api/cases').send({ service: 'licence', channel: 'office' })).status).toBe(401);
  });
});

describe('PUT /api/cases/:id/data', () => {
  it('when staff saves a draft of the data, then it is kept without validation and the revision moves', async () => {
    const created = await startCase();
    const res = await api()
      .put(`/api/cases/${created.id}/data`)
      .set(as('staff'))
      .send({ data: { applicantName: 'half' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ data: { applicantName: 'half' }, revision: 2, status: 'draft' });
  });

  it('when the baseRevision is stale, then answers 409 and keeps the data', async () => {
    const created = await startCase();
    await api()
      .put(`/api/cases/${created.id}/data`)
      .set(as('staff'))
      .send({ data: { applicantName: 'first' }, baseRevision: 1 });
    const res = await api()
      .put(`/api/cases/${created.id}/data`)
      .set(as('staff'))
      .send({ data: { applicantName: 'late' }, baseRevision: 1 });
    expect(res.status).toBe(409);
    const now = await api().get(`/api/cases/${created.id}`).set(as('staff'));
    expect(now.body.data.applicantName).toBe('first');
  });

  it('when the case does not exist, then answers 404', async () => {
    expect((await api().put('/api/cases/nope/data').set(as('staff')).send({ data: {} })).status).toBe(404);
  });

  it('when data is not an object, then answers 422', async () => {
    const created = await startCase();
    expect((await api().put(`/api/cases/${created.id}/data`).set(as('staff')).send({ data: 'text' })).status).toBe(422);
  });
});

describe('POST /api/cases/:id/submit', () => {
  it('when the data breaks the form, then answers 422 with every error and the case stays a draft', async () => {
    const created = await startCase();
    const auditBefore = await server.db.models.Audit.count();
    const res = await api()
      .post(`/api/cases/${created.id}/submit`)
      .set(as('staff'))
      .send({ data: { age: 'old', extra: true } });
    expect(res.status).toBe(422);
    const paths = res.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['/applicantName', '/age', '/extra']));
    for (const detail of res.body.error.details)
      expect(detail).toEqual({ path: expect.any(String), message: expect.any(String) });
    const after = await api().get(`/api/cases/${created.id}`).set(as('staff'));
    expect(after.body).toMatchObject({ status: 'draft', revision: 1, state: null });
    expect(await server.db.models.Audit.count()).toBe(auditBefore);
  });

  it('when the data is valid, then the rules run, the process waits in review and the deadline is 5 working days', async () => {
    const created = await startCase();
    const res = await api().post(`/api/cases/${created.id}/submit`).set(as('staff')).send({ data: ADULT });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'in-progress', step: 'review', outcome: null, revision: 2 });
    expect(res.body.submittedAt).toBe('2025-06-02T05:00:00.000Z');
    // received Monday 2 June at 10:00; Friday 6 June is Kurban Ait, so the fifth working day is Tuesday 10 June,
    // ending with the working day at 18:30 (13:30 UTC)
    expect(res.body.deadlines).toEqual([{ id: 'result', due: '2025-06-10T13:30:00.000Z' }]);
    expect(res.body.nextDueAt).toBe('2025-06-04T13:30:00.000Z'); // the review step's 2-working-day limit comes first
    expect(res.body.outcomes[0]).toMatchObject({ ruleset: 'licence-rules', version: 1, events: [] });
    expect(res.body.outcomes[0].rules).toContainEqual({ id: 'minor', fired: false, facts: { age: 30 } });
  });

  it('when a rule fires a refusal, then the process ends refused at once with the rule as explanation', async () => {
    const created = await startCase();
    const res = await api().post(`/api/cases/${created.id}/submit`).set(as('staff')).send({ data: MINOR });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'done', outcome: 'refused', step: 'refused', nextDueAt: null });
    expect(res.body.outcomes[0].events).toEqual([{ type: 'minor', params: {}, rule: 'minor' }]);
  });

  it('when submitted twice, then the second answers 409', async () => {
    const created = await startCase(ADULT);
    expect((await api().post(`/api/cases/${created.id}/submit`).set(as('staff')).send({})).status).toBe(200);
    expect((await api().post(`/api/cases/${created.id}/submit`).set(as('staff')).send({})).status).toBe(409);
  });

  it('when the case does not exist, then answers 404; an analyst gets 403', async () => {
    expect((await api().post('/api/cases/nope/submit').set(as('staff')).send({})).status).toBe(404);
    const created = await startCase(ADULT);
    expect((await api().post(`/api/cases/${created.id}/submit`).set(as('analyst')).send({})).status).toBe(403);
  });
});

describe('POST /api/cases/:id/actions/:action', () => {
  async function inReview() {
    const created = await startCase(ADULT);
    await api().post(`/api/cases/${created.id}/submit`).set(as('staff')).send({});
    return created.id;
  }

  it('when staff issues, then the case is done, issued, and the licence is rendered in each language', async () => {
    const id = await inReview();
    const view = await api().get(`/api/cases/${id}`).set(as('staff'));
    expect(view.body.actions.map((a: { id: string }) => a.id)).toEqual(['issue', 'refuse']);
    const res = await api().post(`/api/cases/${id}/actions/issue`).set(as('staff')).send({});
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'done', outcome: 'issued', step: 'issued', nextDueAt: null });
    const en = await api().get(`/api/cases/${id}/documents/licence?lang=en`).set(as('staff'));
    expect(en.status).toBe(200);
    expect(en.headers['content-type']).toMatch(/text\/html/);
    expect(en.text).toContain('Issued to Aigerim Nurlanovna');
    const ru = await api().get(`/api/cases/${id}/documents/licence?lang=ru`).set(as('staff'));
    expect(ru.text).toContain('Лицензия');
    const events = (await api().get(`/api/cases/${id}`).set(as('staff'))).body.events;
    expect(events.map((e: { type: string }) => e.type)).toEqual(['started', 'submitted', 'action']);
    expect(events[2]).toMatchObject({ action: 'issue', fromStep: 'review', toStep: 'issued', actor: 'staff' });
  });

  it('when refusing without a reason, then answers 422 at /reason and nothing changes', async () => {
    const id = await inReview();
    const res = await api().post(`/api/cases/${id}/actions/refuse`).set(as('staff')).send({});
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([{ path: '/reason', message: 'is required' }]);
    expect((await api().get(`/api/cases/${id}`).set(as('staff'))).body.step).toBe('review');
    const ok = await api().post(`/api/cases/${id}/actions/refuse`).set(as('admin')).send({ reason: 'forged papers' });
    expect(ok.status).toBe(200);
    expect(ok.body.outcome).toBe('refused');
    expect((await api().get(`/api/cases/${id}/documents/licence`).set(as('staff'))).status).toBe(404);
  });

  it('when the action is unknown, then answers 404', async () => {
    const id = await inReview();
    expect((await api().post(`/api/cases/${id}/actions/fly`).set(as('staff')).send({})).status).toBe(404);
  });

  it('when an analyst acts, then answers 403', async () => {
    const id = await inReview();
    expect((await api().post(`/api/cases/${id}/actions/issue`).set(as('analyst')).send({})).status).toBe(403);
  });

  it('when the case is done or still a draft, then answers 409', async () => {
    const id = await inReview();
    await api().post(`/api/cases/${id}/actions/issue`).set(as('staff')).send({});
    expect((await api().post(`/api/cases/${id}/actions/issue`).set(as('staff')).send({})).status).toBe(409);
    const draft = await startCase();
    expect((await api().post(`/api/cases/${draft.id}/actions/issue`).set(as('staff')).send({})).status).toBe(409);
  });

  it('when the baseRevision is stale, then answers 409', async () => {
    const id = await inReview();
    expect((await api().post(`/api/cases/${id}/actions/issue`).set(as('staff')).send({ baseRevision: 1 })).status).toBe(
      409,
    );
  });
});

describe('GET /api/cases', () => {
  it('when filtered by service and status, then lists only those cases', async () => {
    const res = await api().get('/api/cases?service=licence&status=done').set(as('staff'));
    expect(res.status).toBe(200);
    expect(res.body.cases.length).toBeGreaterThan(0);
    expect(
      res.body.cases.every((c: { service: string; status: string }) => c.service === 'licence' && c.status === 'done'),
    ).toBe(true);
    expect((await api().get('/api/cases?service=other').set(as('staff'))).body.cases).toEqual([]);
  });

  it('when asked for overdue cases, then lists the open cases whose deadline has passed', async () => {
    expect((await api().get('/api/cases?overdue=true').set(as('staff'))).body.cases).toEqual([]);
    server.clock.now = new Date('2025-06-20T05:00:00Z');
    try {
      // the morning session has expired by then: sign in again
      const login = await api().post('/api/auth/login').send({ username: 'staff', password: DEMO_PASSWORD });
      const overdue = (await api().get('/api/cases?overdue=true').set(bearer(login.body.token))).body.cases;
      expect(overdue.length).toBeGreaterThan(0);
      expect(overdue.every((c: { status: string }) => c.status === 'in-progress')).toBe(true);
    } finally {
      server.clock.now = new Date('2025-06-02T05:00:00Z');
    }
  });

  it('when the status is unknown, then answers 400', async () => {
    expect((await api().get('/api/cases?status=lost').set(as('staff'))).status).toBe(400);
  });

  it('when the case id is unknown, then GET /api/cases/:id answers 404, as does its document', async () => {
    expect((await api().get('/api/cases/nope').set(as('staff'))).status).toBe(404);
    expect((await api().get('/api/cases/nope/documents/licence').set(as('staff'))).status).toBe(404);
  });
});
