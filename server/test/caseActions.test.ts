import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { bearer } from './harness';
import { ARCHIVAL_REQUEST, useArchivalServer } from './support/archivalServer';
import { shippedDefinitions } from './shippedDefinitions';
import type { Form } from '../../runtime/definitions/index';
import { sampleFormData } from '../../runtime/walks/index';

const server = useArchivalServer();
const api = () => request(server.app);
const staff = () => bearer(server.tokens.staff);
const asked = ARCHIVAL_REQUEST;
/** the portal's request screens, filled with data generated from the form itself */
const portalRequest = sampleFormData(
  shippedDefinitions('archival-reference-portal-request')['form/archival-reference-portal-request'] as unknown as Form,
);
const certificate = {
  requestIin: '870412300415',
  certificateIin: '870412300415',
  certificateValidTo: '2027-01-31',
  certificateRevoked: false,
};
const reference = {
  decision: 'reference',
  reference: {
    issueDate: '2026-03-10',
    applicant: 'Сейтқали Айгүл Нұрланқызы',
    referenceType: 'Еңбек өтілі туралы',
    period: '1985–1992',
    content: '№ 12 бұйрыққа сәйкес жұмысқа қабылданған.',
    basis: '1-қор, 2-тізімдеме, 15-іс',
    archiveDirector: 'Әбенов Д.С.',
    archivist: 'Қасымова Г.Т.',
  },
};

async function portalCase(): Promise<string> {
  const created = await api()
    .post('/api/cases')
    .set(staff())
    .send({ service: 'archival-reference', channel: 'portal' });
  expect(created.status).toBe(201);
  const submitted = await api().post(`/api/cases/${created.body.id}/submit`).set(staff()).send({ data: asked });
  expect(submitted.status).toBe(200);
  expect(submitted.body.step).toBe('authorization');
  return created.body.id as string;
}

const act = (id: string, action: string, body: Record<string, unknown> = {}) =>
  api().post(`/api/cases/${id}/actions/${action}`).set(staff()).send(body);

describe('POST /api/cases/:id/actions/:action re-runs the rules', () => {
  it('when the actor states facts, then every ruleset runs on them and auto steps follow the fresh events', async () => {
    const id = await portalCase();
    expect((await act(id, 'sign-in', { input: { authorized: true } })).body.step).toBe('request-form');
    expect((await act(id, 'fill', { forms: { 'archival-reference-portal-request': portalRequest } })).status).toBe(200);
    const signed = await act(id, 'sign', { input: certificate });
    expect(signed.status).toBe(200);
    // the events of this evaluation only: the earlier sign-in's facts are not carried along
    expect(signed.body.facts.events).toEqual([]);
    expect(signed.body.step).toBe('accept-for-execution');
    const accepted = await act(id, 'accept');
    expect(accepted.body.step).toBe('draft-answer');

    const page = await api().get(`/api/cases/${id}`).set(staff());
    expect(page.body.actions).toEqual([]); // nothing to issue before the decision form is filled
    const issue = page.body.stepActions.find((a: { id: string }) => a.id === 'issue-reference');
    expect(issue).toMatchObject({ available: false, requiresReason: false });
    expect(issue.accepts.forms).toContain('archival-reference-result');
    expect(issue.accepts.input.map((f: { id: string }) => f.id)).toEqual(expect.arrayContaining(['authorized']));

    const issued = await act(id, 'issue-reference', { form: 'archival-reference-result', data: reference });
    expect(issued.status).toBe(200);
    expect(issued.body.step).toBe('create-output-document');
    expect(issued.body.forms['archival-reference-result']).toEqual(reference);
    const done = await act(id, 'create');
    expect(done.body).toMatchObject({ status: 'done', outcome: 'issued', step: 'issued' });

    const document = await api().get(`/api/cases/${id}/documents/archival-reference?lang=kk`).set(staff());
    expect(document.status).toBe(200);
    expect(document.text).toContain('1-қор, 2-тізімдеме, 15-іс');
  });

  it('when the portal does not confirm the user, then the case ends rejected and the page says which rule fired and why', async () => {
    const id = await portalCase();
    const res = await act(id, 'sign-in', { input: { authorized: false } });
    expect(res.body).toMatchObject({ status: 'done', outcome: 'rejected', step: 'authorization-refused' });
    const page = (await api().get(`/api/cases/${id}`).set(staff())).body;
    const fired = page.evaluation.rules.filter((r: { fired: boolean }) => r.fired);
    expect(fired).toEqual([
      expect.objectContaining({
        ruleset: 'archival-reference-authorization',
        id: 'user-data-not-confirmed',
        facts: { authorized: false },
        label: expect.objectContaining({ kk: expect.any(String) }),
      }),
    ]);
    expect(page.evaluation.events[0]).toMatchObject({ type: expect.any(String), label: expect.any(Object) });
  });

  it('when the form data is invalid, then answers 422 with pointers into /data and nothing moves', async () => {
    const id = await portalCase();
    await act(id, 'sign-in', { input: { authorized: true } });
    await act(id, 'fill', { forms: { 'archival-reference-portal-request': portalRequest } });
    await act(id, 'sign', { input: certificate });
    await act(id, 'accept');
    const keyed = await act(id, 'issue-reference', {
      data: { 'archival-reference-result': { decision: 'reference', reference: { applicant: 'x' } } },
    });
    expect(keyed.status).toBe(422);
    const paths = keyed.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toContain('/data/archival-reference-result/reference/content');
    const named = await act(id, 'issue-reference', { form: 'archival-reference-result', data: { decision: 'maybe' } });
    expect(named.status).toBe(422);
    expect(named.body.error.details[0].path).toBe('/data/decision');
    const foreign = await act(id, 'issue-reference', { form: 'licence-form', data: {} });
    expect(foreign.status).toBe(422);
    expect(foreign.body.error.details[0].path).toBe('/form');
    // without the decision form, which the step requires, nothing moves
    const bare = await act(id, 'issue-reference');
    expect(bare.status).toBe(422);
    expect(bare.body.error.details).toEqual([
      { path: '/forms/archival-reference-result', message: 'is required at this step' },
    ]);
    expect((await api().get(`/api/cases/${id}`).set(staff())).body.step).toBe('draft-answer');
  });
});

describe('GET /api/cases/:id', () => {
  it('when a case waits in review, then the page has the step label and due, labelled deadlines and its actions', async () => {
    const created = await api()
      .post('/api/cases')
      .set(staff())
      .send({ service: 'licence', channel: 'office', data: { applicantName: 'A', age: 30, documentsComplete: false } });
    await api().post(`/api/cases/${created.body.id}/submit`).set(staff()).send({});
    const page = (await api().get(`/api/cases/${created.body.id}`).set(staff())).body;
    expect(page.currentStep).toMatchObject({ id: 'review', label: { en: 'Review' }, due: expect.any(String) });
    // submitted Fri 20 Feb 2026 10:00 Almaty: 5 working days end Fri 27 Feb, five working days away
    expect(page.deadlines).toEqual([
      { id: 'result', due: '2026-02-27T13:30:00.000Z', workingDaysLeft: 5, label: { en: 'Result' } },
    ]);
    expect(page.actions.map((a: { id: string; requiresReason: boolean }) => [a.id, a.requiresReason])).toEqual([
      ['issue', false],
      ['refuse', true],
    ]);
    expect(page.evaluation.rules).toContainEqual(
      expect.objectContaining({ id: 'incomplete', fired: true, facts: { documentsComplete: false } }),
    );
    expect(page.evaluation.events).toEqual([
      expect.objectContaining({ type: 'documents-missing', label: { en: 'Documents missing' } }),
    ]);
    expect(page.events.map((e: { type: string }) => e.type)).toEqual(['started', 'submitted']);
    const analyst = (await api().get(`/api/cases/${created.body.id}`).set(bearer(server.tokens.analyst))).body;
    expect(analyst.actions).toEqual([]);
  });

  it('when a document is asked in a format other than HTML or PDF, then answers 400 at /format', async () => {
    const created = await api().post('/api/cases').set(staff()).send({ service: 'licence', channel: 'office' });
    const res = await api().get(`/api/cases/${created.body.id}/documents/licence?format=docx`).set(staff());
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toBe('/format');
  });
});
