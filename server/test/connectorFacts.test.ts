import request from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { bearer } from './harness';
import { useLicenceAskingBenefits } from './support/benefitsConnector';
import { submittedLicence } from './support/submittedLicence';

/** The licence fixtures, whose rules also ask the benefits register whether the applicant already receives one. */
const { register, server } = useLicenceAskingBenefits({
  facts: [
    {
      id: 'receives',
      type: 'boolean',
      from: 'input',
      connector: { id: 'benefits', inputs: { iin: 'data.applicantName' }, output: 'receives' },
    },
    {
      id: 'benefitsRegister',
      type: 'string',
      from: 'input',
      connector: { id: 'benefits', inputs: { iin: 'data.applicantName' } },
    },
  ],
  events: [
    { type: 'already-receives', label: { en: 'Already receives the benefit' } },
    { type: 'register-unavailable', label: { en: 'The benefits register was unavailable' } },
  ],
  rules: [
    {
      id: 'receives',
      conditions: { all: [{ fact: 'receives', operator: 'equal', value: true }] },
      event: { type: 'already-receives' },
    },
    {
      id: 'unavailable',
      conditions: { all: [{ fact: 'benefitsRegister', operator: 'notEqual', value: 'ok' }] },
      event: { type: 'register-unavailable' },
    },
  ],
});
const api = () => request(server.app);

beforeEach(() => {
  register.fault(null);
  register.requests.length = 0;
});

const submit = async (iin: string) => {
  const { id, body } = await submittedLicence(server, iin);
  return {
    id,
    body: body as {
      outcomes: { events: { type: string }[] }[];
      replay: { rulesets: Record<string, { facts: Record<string, unknown> }> };
    },
  };
};
const eventsOf = (body: { outcomes: { events: { type: string }[] }[] }) =>
  body.outcomes.flatMap((o) => o.events.map((e) => e.type));

describe('ruleset facts fetched through a connector at submission', () => {
  it('when the register says the applicant receives the benefit, then the rule fires, and the answer is recorded for replay', async () => {
    const { id, body } = await submit('900101300011');
    expect(eventsOf(body)).toContain('already-receives');
    expect(eventsOf(body)).not.toContain('register-unavailable');
    expect(body.replay.rulesets['licence-rules']?.facts).toMatchObject({ receives: true, benefitsRegister: 'ok' });
    const calls = (await api().get(`/api/cases/${id}/connector-calls`).set(bearer(server.tokens.staff))).body as {
      purpose: string;
      answerDigest: string;
      record: { fact: string; value: unknown };
    }[];
    expect(calls.map((c) => [c.purpose, c.record.fact, c.record.value])).toEqual([
      ['fact', 'receives', true],
      ['fact', 'benefitsRegister', 'ok'],
    ]);
    expect(calls[0]?.answerDigest).toMatch(/^[0-9a-f]{64}$/);
  });

  it('when the register is down, then the submission still succeeds and "register unavailable" is a fact the rules decide on', async () => {
    register.fault('500');
    const { body } = await submit('850715400022');
    expect(eventsOf(body)).toContain('register-unavailable');
    expect(eventsOf(body)).not.toContain('already-receives');
    expect(body.replay.rulesets['licence-rules']?.facts).toMatchObject({ benefitsRegister: 'unavailable' });
  });

  it('when staff act on the case later, then the recorded answer is used and the register is not called again', async () => {
    const { id } = await submit('900101300011');
    const calls = register.requests.length;
    register.fault('500'); // a new call would now say "unavailable"
    const res = await api().post(`/api/cases/${id}/actions/issue`).set(bearer(server.tokens.staff)).send({});
    expect(res.status).toBe(200);
    expect(register.requests.length).toBe(calls);
    expect(eventsOf(res.body)).toContain('already-receives');
    expect(eventsOf(res.body)).not.toContain('register-unavailable');
  });
});
