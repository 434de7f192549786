import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Form, Process, Ruleset, Service } from '../../runtime/definitions/index';
import { planWalks, type Walk } from '../../runtime/walks/index';
import { bearer, DEMO_PASSWORD, startTestServer, type TestServer } from './harness';
import { shippedDefinitions } from './shippedDefinitions';

/** The cash-register conclusion with its office clerk's steps given to the group "office-astana". */
const shipped = shippedDefinitions('ccm-conclusion', 'kz');
const office = structuredClone(shipped['process/ccm-conclusion-office']) as unknown as Process;
for (const actor of office.actors) if (actor.id === 'office-clerk') actor.groups = ['office-astana'];
const definitions = { ...shipped, 'process/ccm-conclusion-office': office as unknown as { kind: string; id: string } };
const ofKind = <T>(kind: string) => Object.values(definitions).filter((d) => d.kind === kind) as unknown as T[];
const service = ofKind<Service>('service')[0] as Service;
const walk = planWalks({
  service,
  processes: Object.fromEntries(ofKind<Process>('process').map((p) => [p.id, p])),
  forms: Object.fromEntries(ofKind<Form>('form').map((f) => [f.id, f])),
  rulesets: ofKind<Ruleset>('ruleset'),
}).find((w) => w.ok && w.channel === 'office' && w.end === 'issued') as Walk;

let server: TestServer;
let member: string;
let outsiderToken: string;
let caseId: string;
beforeAll(async () => {
  server = await startTestServer({ now: '2026-01-15T05:00:00Z', definitions });
  const admin = bearer(server.tokens.admin);
  await request(server.app)
    .post('/api/users')
    .set(admin)
    .send({ username: 'clerk', password: DEMO_PASSWORD, role: 'staff' });
  await request(server.app)
    .put('/api/users/clerk')
    .set(admin)
    .send({ groups: ['office-astana'] });
  await request(server.app)
    .post('/api/users')
    .set(admin)
    .send({ username: 'outsider', password: DEMO_PASSWORD, role: 'staff' });
  outsiderToken = (
    await request(server.app).post('/api/auth/login').send({ username: 'outsider', password: DEMO_PASSWORD })
  ).body.token;
  member = (await request(server.app).post('/api/auth/login').send({ username: 'clerk', password: DEMO_PASSWORD })).body
    .token;
  caseId = (
    await request(server.app)
      .post('/api/cases')
      .set(bearer(member))
      .send({ service: 'ccm-conclusion', channel: 'office' })
  ).body.id;
  const submitted = await request(server.app)
    .post(`/api/cases/${caseId}/submit`)
    .set(bearer(member))
    .send({ data: walk.application });
  expect(submitted.body.step).toBe('registration');
});
afterAll(() => server.close());

const api = () => request(server.app);
const register = walk.moves[0] as Walk['moves'][number];

describe('a step whose actor names groups', () => {
  it('when a staff member outside the group opens the case, then the step offers nothing and acting is 403', async () => {
    const outsider = bearer(outsiderToken);
    expect((await api().get(`/api/cases/${caseId}`).set(outsider)).body.stepActions).toEqual([]);
    const res = await api()
      .post(`/api/cases/${caseId}/actions/${register.action}`)
      .set(outsider)
      .send({ forms: register.forms });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain('office-astana');
  });

  it('when a member of the group asks for "my group", then the case is listed, and not for the outsider', async () => {
    const listed = async (token: string) =>
      ((await api().get('/api/cases?assignee=group').set(bearer(token))).body.cases as { id: string }[]).map(
        (c) => c.id,
      );
    expect(await listed(member)).toContain(caseId);
    expect(await listed(outsiderToken)).not.toContain(caseId);
  });

  it('when the member acts, or an admin does, then the step is taken', async () => {
    const page = (await api().get(`/api/cases/${caseId}`).set(bearer(member))).body;
    expect(page.stepActions.map((a: { id: string }) => a.id)).toContain(register.action);
    expect((await api().get(`/api/cases/${caseId}`).set(bearer(server.tokens.admin))).body.stepActions).not.toEqual([]);
    const res = await api()
      .post(`/api/cases/${caseId}/actions/${register.action}`)
      .set(bearer(member))
      .send({ forms: register.forms });
    expect(res.status).toBe(200);
    expect(res.body.step).not.toBe('registration');
  });
});
