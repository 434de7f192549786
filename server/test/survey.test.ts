import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { ADULT } from './fixtures';
import { bearer } from './harness';
import { ARCHIVAL_REQUEST, useArchivalServer } from './support/archivalServer';

const server = useArchivalServer();
const api = () => request(server.app);
const staff = () => bearer(server.tokens.staff);
const asked = ARCHIVAL_REQUEST;
const answers = { serviceName: 'Мұрағаттық анықтамалар беру', q1: 'satisfied', q2: 'partially-satisfied' };

async function archivalCase(submit = true): Promise<string> {
  const created = await api()
    .post('/api/cases')
    .set(staff())
    .send({ service: 'archival-reference', channel: 'portal' });
  expect(created.status).toBe(201);
  if (submit)
    expect((await api().post(`/api/cases/${created.body.id}/submit`).set(staff()).send({ data: asked })).status).toBe(
      200,
    );
  return created.body.id as string;
}

const survey = (id: string, body: unknown, who = staff()) =>
  api()
    .post(`/api/cases/${id}/survey`)
    .set(who)
    .send(body as object);

describe('POST /api/cases/:id/survey', () => {
  it('when staff send valid answers, then they are kept on the case under the survey form, with an event and an audit entry', async () => {
    const id = await archivalCase();
    const res = await survey(id, { answers });
    expect(res.status).toBe(200);
    expect(res.body.forms['archival-reference-survey']).toEqual(answers);
    const page = await api().get(`/api/cases/${id}`).set(staff());
    expect(page.body.forms['archival-reference-survey']).toEqual(answers);
    expect(page.body.events.map((e: { type: string }) => e.type)).toContain('survey');
    const audit = await api()
      .get(`/api/audit?entity=case&entityId=${id}&action=case.survey`)
      .set(bearer(server.tokens.admin));
    expect(audit.body.entries).toHaveLength(1);
    expect(audit.body.entries[0]).toMatchObject({ actor: 'staff', details: { form: 'archival-reference-survey' } });
  });

  it('when an answer is not one of the options, then answers 422 with a pointer into /answers and stores nothing', async () => {
    const id = await archivalCase();
    const res = await survey(id, { answers: { ...answers, q1: 'delighted' } });
    expect(res.status).toBe(422);
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain('/answers/q1');
    expect((await api().get(`/api/cases/${id}`).set(staff())).body.forms).toEqual({});
  });

  it('when the case is a draft or already answered, then answers 409', async () => {
    const draft = await archivalCase(false);
    expect((await survey(draft, { answers })).status).toBe(409);
    const id = await archivalCase();
    expect((await survey(id, { answers })).status).toBe(200);
    const again = await survey(id, { answers: { ...answers, q1: 'not-satisfied' } });
    expect(again.status).toBe(409);
    expect((await api().get(`/api/cases/${id}`).set(staff())).body.forms['archival-reference-survey'].q1).toBe(
      'satisfied',
    );
  });

  it('when the service has no survey, the case is unknown or the body is malformed, then 404, 404 and 422', async () => {
    const created = await api()
      .post('/api/cases')
      .set(staff())
      .send({ service: 'licence', channel: 'office', data: ADULT });
    await api().post(`/api/cases/${created.body.id}/submit`).set(staff()).send({});
    expect((await survey(created.body.id, { answers: {} })).status).toBe(404);
    expect((await survey('no-such-case', { answers })).status).toBe(404);
    const id = await archivalCase();
    expect((await survey(id, { answers: 'all good' })).status).toBe(422);
  });

  it('when an analyst sends answers, then answers 403; an admin may', async () => {
    const id = await archivalCase();
    expect((await survey(id, { answers }, bearer(server.tokens.analyst))).status).toBe(403);
    expect((await survey(id, { answers }, bearer(server.tokens.admin))).status).toBe(200);
  });
});
