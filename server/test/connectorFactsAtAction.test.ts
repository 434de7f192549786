import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { bearer } from './harness';
import { useLicenceAskingBenefits } from './support/benefitsConnector';
import { submittedLicence } from './support/submittedLicence';

/** The licence, whose rules ask the benefits register at the "issue" action (not at submission). */
const { register, server } = useLicenceAskingBenefits({
  facts: [
    {
      id: 'receivesAtIssue',
      type: 'boolean',
      from: 'input',
      connector: { id: 'benefits', inputs: { iin: 'data.applicantName' }, output: 'receives', at: 'issue' },
    },
  ],
  events: [{ type: 'already-receives', label: { en: 'Already receives the benefit' } }],
  rules: [
    {
      id: 'receives',
      conditions: { all: [{ fact: 'receivesAtIssue', operator: 'equal', value: true }] },
      event: { type: 'already-receives' },
    },
  ],
});
const api = () => request(server.app);

const eventsOf = (body: { outcomes: { events: { type: string }[] }[] }) =>
  body.outcomes.flatMap((o) => o.events.map((e) => e.type));

describe('a ruleset fact fetched through a connector at a named action', () => {
  it('when the case is submitted, then the register is not asked; when staff take the action, then it is asked once, the rule fires and the answer is recorded with the action', async () => {
    const { id, body } = await submittedLicence(server, '900101300011');
    expect(register.requests).toHaveLength(0);
    expect(eventsOf(body as Parameters<typeof eventsOf>[0])).not.toContain('already-receives');

    const issued = await api().post(`/api/cases/${id}/actions/issue`).set(bearer(server.tokens.staff)).send({});
    expect(issued.status).toBe(200);
    expect(register.requests).toHaveLength(1);
    expect(eventsOf(issued.body)).toContain('already-receives');
    expect(issued.body.replay.rulesets['licence-rules'].facts).toMatchObject({ receivesAtIssue: true });
    const calls = (await api().get(`/api/cases/${id}/connector-calls`).set(bearer(server.tokens.staff))).body as {
      purpose: string;
      record: { fact: string; value: unknown; action?: string };
    }[];
    expect(calls.map((c) => [c.purpose, c.record.fact, c.record.value, c.record.action])).toEqual([
      ['fact', 'receivesAtIssue', true, 'issue'],
    ]);
  });

  it('when another action is taken instead of the named one, then the register is not asked', async () => {
    const { id } = await submittedLicence(server, '850715400022');
    const before = register.requests.length;
    const refused = await api()
      .post(`/api/cases/${id}/actions/refuse`)
      .set(bearer(server.tokens.staff))
      .send({ reason: 'incomplete' });
    expect(refused.status).toBe(200);
    expect(register.requests.length).toBe(before);
  });
});
