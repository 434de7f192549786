import request from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { connectorDeps } from '../connectors/connectorDeps';
import { dispatchHandoffs } from '../connectors/handoffOutbox';
import { bearer, useTestServer } from './harness';
import { licenceWithHandoff } from './support/handoffFixtures';
import { useRegisterServer } from './support/useRegisterServer';
import { submittedLicence } from './support/submittedLicence';

const register = useRegisterServer();
// declared after the register: it starts once the register has its URL
const server = useTestServer(() => ({ definitions: licenceWithHandoff(register.url), loopbackConnectors: true }));
const api = () => request(server.app);
const OPTIONS = { maxAttempts: 3, backoffMs: 60_000, leaseMs: 120_000 };
const dispatch = () =>
  dispatchHandoffs(
    server.app.locals.ctx,
    connectorDeps(server.db, () => server.clock.now),
    OPTIONS,
  );

beforeEach(() => {
  register.fault(null);
  register.requests.length = 0;
});

const submitCase = async (applicantName: string) => (await submittedLicence(server, applicantName)).id;
const handoffs = async (status?: string) =>
  (
    await api()
      .get(`/api/handoffs${status ? `?status=${status}` : ''}`)
      .set(bearer(server.tokens.admin))
  ).body as {
    caseId: string;
    attempts: number;
    lastError: string | null;
  }[];

describe('hand-off of submitted cases through the outbox', () => {
  it('when a case is submitted, then its hand-off waits in the outbox and goes out once with the idempotency key', async () => {
    const id = await submitCase('Aigerim Nurlanovna');
    expect((await handoffs('pending')).map((h) => h.caseId)).toContain(id);
    expect(await dispatch()).toEqual({ sent: 1, failed: 0, retried: 0 });
    expect(register.requests).toHaveLength(1);
    expect(register.requests[0]?.headers['idempotency-key']).toBe(`${id}:ministry:submitted`);
    expect(JSON.parse(register.requests[0]?.body ?? '')).toEqual({ case: id, applicant: 'Aigerim Nurlanovna' });
    expect(await dispatch()).toEqual({ sent: 0, failed: 0, retried: 0 });
    expect((await handoffs('sent')).map((h) => h.caseId)).toContain(id);
  });

  it('when the downstream system keeps failing, then attempts back off and the last failure is shown to admins', async () => {
    register.fault('500');
    const id = await submitCase('Dana Failing');
    expect(await dispatch()).toEqual({ sent: 0, failed: 0, retried: 1 });
    // not due again before the back-off has passed
    expect(await dispatch()).toEqual({ sent: 0, failed: 0, retried: 0 });
    server.clock.now = new Date(server.clock.now.getTime() + 60_000);
    expect(await dispatch()).toEqual({ sent: 0, failed: 0, retried: 1 });
    server.clock.now = new Date(server.clock.now.getTime() + 60_000); // the second pause is twice as long
    expect(await dispatch()).toEqual({ sent: 0, failed: 0, retried: 0 });
    server.clock.now = new Date(server.clock.now.getTime() + 60_000);
    expect(await dispatch()).toEqual({ sent: 0, failed: 1, retried: 0 });
    const failed = await handoffs('failed');
    expect(failed).toEqual([
      expect.objectContaining({ caseId: id, attempts: 3, lastError: expect.stringContaining('unavailable') }),
    ]);
  });

  it('when staff ask for the hand-offs, then they are refused', async () => {
    expect((await api().get('/api/handoffs').set(bearer(server.tokens.staff))).status).toBe(403);
  });
});
