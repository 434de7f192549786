import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { crossCheck } from '../../runtime/definitions/crossCheck';
import type { Definition, Service } from '../../runtime/definitions/index';
import { connectorDeps } from '../connectors/connectorDeps';
import { dispatchHandoffs } from '../connectors/handoffOutbox';
import { bearer, useTestServer } from './harness';
import { licenceWithHandoff } from './support/handoffFixtures';
import { useRegisterServer } from './support/useRegisterServer';
import { submittedLicence } from './support/submittedLicence';

const register = useRegisterServer();
// declared after the register: it starts once the register has its URL
const server = useTestServer(() => ({ definitions: withStepHandoffs(register.url), loopbackConnectors: true }));
const api = () => request(server.app);

/** The licence with hand-offs on entering steps: the review task (after the auto check) and the "issued" end. */
function withStepHandoffs(registerUrl: string) {
  const base = licenceWithHandoff(registerUrl);
  const inputs = { caseId: 'case.id', applicant: 'data.applicantName' };
  const service: Service = {
    ...base.service,
    handoffs: [
      { id: 'review-desk', on: 'review', connector: 'ministry', inputs },
      { id: 'archive', on: 'issued', connector: 'ministry', inputs },
    ],
  };
  return { ...base, service };
}

const pending = async () =>
  (await api().get('/api/handoffs?status=pending').set(bearer(server.tokens.admin))).body as {
    key: string;
    event: string;
    caseId: string;
  }[];

describe('hand-off on entering a chosen step', () => {
  it('when a case enters the review step at submission and the issued step by an action, then each hand-off is queued once, keyed by its step, and sent with that key', async () => {
    const { id, body } = await submittedLicence(server, 'Aigerim');
    expect(body.step).toBe('review');
    // the auto step "check" was entered first (place 0), then "review" (place 1)
    expect((await pending()).filter((h) => h.caseId === id).map((h) => [h.key, h.event])).toEqual([
      [`${id}:review-desk:step:review:1`, 'step:review'],
    ]);
    const issued = await api().post(`/api/cases/${id}/actions/issue`).set(bearer(server.tokens.staff)).send({});
    expect(issued.status).toBe(200);
    expect((await pending()).filter((h) => h.caseId === id).map((h) => h.key)).toEqual([
      `${id}:archive:step:issued:2`,
      `${id}:review-desk:step:review:1`,
    ]);
    const result = await dispatchHandoffs(
      server.app.locals.ctx,
      connectorDeps(server.db, () => server.clock.now),
      { maxAttempts: 3, backoffMs: 60_000, leaseMs: 120_000 },
    );
    expect(result).toEqual({ sent: 2, failed: 0, retried: 0 });
    expect(register.requests.map((r) => r.headers['idempotency-key'])).toEqual([
      `${id}:review-desk:step:review:1`,
      `${id}:archive:step:issued:2`,
    ]);
  });
});

describe('crossCheck of hand-off steps and fact actions', () => {
  const set = (service: Service, extra: Definition[] = []) => {
    const { service: _s, ...rest } = withStepHandoffs('https://ministry.example.kz');
    return [...(Object.values(rest) as Definition[]), service, ...extra];
  };

  it('when a hand-off names a step no process of the service has, then it is refused at /handoffs/N/on', () => {
    const base = withStepHandoffs('https://ministry.example.kz').service;
    const service = { ...base, handoffs: [{ ...base.handoffs![0]!, on: 'nowhere' }] };
    expect(crossCheck(set(service))).toContainEqual(
      expect.objectContaining({ kind: 'service', path: '/handoffs/0/on', message: expect.stringContaining('nowhere') }),
    );
    expect(crossCheck(set(base)).filter((e) => e.path.startsWith('/handoffs'))).toEqual([]);
  });

  it('when a connector fact is fetched at an action the service processes lack, then the ruleset is refused at /facts/N/connector/at', () => {
    const all = withStepHandoffs('https://ministry.example.kz');
    const ruleset = {
      ...all.ruleset,
      facts: [
        ...all.ruleset.facts,
        {
          id: 'late',
          type: 'string' as const,
          from: 'input' as const,
          connector: { id: 'ministry', inputs: { caseId: 'case.id', applicant: 'data.applicantName' }, at: 'approve' },
        },
      ],
    };
    const definitions = [...(Object.values({ ...all, ruleset }) as Definition[])];
    expect(crossCheck(definitions)).toContainEqual(
      expect.objectContaining({ kind: 'ruleset', path: `/facts/${ruleset.facts.length - 1}/connector/at` }),
    );
  });
});
