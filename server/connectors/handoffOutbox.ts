import type { Transaction } from 'sequelize';
import { handoffInputs, stepsEntered } from '../../runtime/connectors/index';
import type { ProcessState } from '../../runtime/process/index';
import type { Handoff } from '../../runtime/definitions/connector';
import type { Service } from '../../runtime/definitions/index';
import type { CaseRecord } from '../repositories/cases';
import type { Context } from '../usecases/context';
import { callConnector, type ConnectorDeps } from './callConnector';
import { pinnedConnector } from './pinnedConnector';

export interface HandoffOptions {
  /** attempts before a hand-off is given up and shown to admins as failed */
  maxAttempts: number;
  /** the pause after the first failed attempt; doubled after each */
  backoffMs: number;
  /** how long one instance holds a claimed hand-off */
  leaseMs: number;
}
export const DEFAULT_HANDOFF: HandoffOptions = { maxAttempts: 6, backoffMs: 30_000, leaseMs: 120_000 };

/**
 * Queues the hand-offs the service asks for on `on`, inside the transaction that makes the change:
 * committed with the case or not at all. The key (case, hand-off, event) is unique, so a retried
 * request queues nothing twice; the connector version is the one the case pinned.
 */
export async function enqueueHandoffs(
  ctx: Context,
  t: Transaction,
  record: CaseRecord,
  service: Service,
  on: 'submitted' | 'decided',
  at: Date,
): Promise<void> {
  for (const handoff of (service.handoffs ?? []).filter((h) => h.on === on)) {
    const connector = await pinnedConnector(ctx, record.pins, handoff.connector, t);
    if (!connector) continue; // crossCheck refuses a service naming no published connector; a deleted one sends nothing
    await insertHandoff(ctx, t, {
      key: `${record.id}:${handoff.id}:${on}`,
      record,
      handoff,
      event: on,
      version: connector.version ?? 1,
      at,
    });
  }
}

/**
 * Queues the hand-offs the service asks for on entering a step, for every step the move entered
 * (from `before`, null at submission, to `after`), in the transaction that moves the case. The key
 * names the step and its place in the history: a retried request queues nothing twice, a second
 * entry into the step (after a return) is a hand-off of its own.
 */
export async function enqueueStepHandoffs(
  ctx: Context,
  t: Transaction,
  record: CaseRecord,
  service: Service,
  before: Pick<ProcessState, 'history'> | null,
  after: Pick<ProcessState, 'history'>,
  at: Date,
): Promise<void> {
  const handoffs = (service.handoffs ?? []).filter((h) => !['submitted', 'decided'].includes(h.on));
  if (handoffs.length === 0) return;
  for (const { step, place } of stepsEntered(before, after)) {
    for (const handoff of handoffs.filter((h) => h.on === step)) {
      const connector = await pinnedConnector(ctx, record.pins, handoff.connector, t);
      if (!connector) continue;
      await insertHandoff(ctx, t, {
        key: `${record.id}:${handoff.id}:step:${step}:${place}`,
        record,
        handoff,
        event: `step:${step}`,
        version: connector.version ?? 1,
        at,
      });
    }
  }
}

async function insertHandoff(
  ctx: Context,
  t: Transaction,
  entry: { key: string; record: CaseRecord; handoff: Handoff; event: string; version: number; at: Date },
): Promise<void> {
  const { key, record, handoff, event, version, at } = entry;
  await ctx.handoffs.add(
    {
      key,
      caseId: record.id,
      handoff: handoff.id,
      event,
      connector: handoff.connector,
      version,
      inputs: handoffInputs(handoff, record),
      at,
    },
    t,
  );
}

/**
 * Sends the due hand-offs: claims each (so two instances never send the same one at once),
 * calls its connector version with the Idempotency-Key header, then marks it sent, or schedules
 * the next attempt with a doubling pause, or after the last attempt marks it failed.
 */
export async function dispatchHandoffs(
  ctx: Context,
  deps: ConnectorDeps,
  options: HandoffOptions = DEFAULT_HANDOFF,
): Promise<{ sent: number; failed: number; retried: number }> {
  const now = ctx.now();
  const due = await ctx.handoffs.due(now);
  const result = { sent: 0, failed: 0, retried: 0 };
  for (const row of due) {
    if (!(await ctx.handoffs.lease(row.id, now, new Date(now.getTime() + options.leaseMs)))) continue; // another instance has it
    const connector = await ctx.store.at('connector', row.connector, row.version);
    const call = connector
      ? await callConnector(
          { ...connector, version: row.version },
          JSON.parse(row.inputs) as Record<string, unknown>,
          deps,
          {
            'idempotency-key': row.key,
          },
        )
      : null;
    const attempts = row.attempts + 1;
    if (call?.ok) {
      await ctx.handoffs.markSent(row.id, ctx.now(), attempts, call.answerDigest);
      result.sent++;
      continue;
    }
    const error =
      call && !call.ok ? `${call.failure}: ${call.message}` : `connector ${row.connector} v${row.version} is missing`;
    // a refused host or an invalid input does not heal by waiting; give up at once and show the admins
    const hopeless = !call || ['input', 'refused-host', 'credential-missing'].includes(call.ok ? '' : call.failure);
    const failed = hopeless || attempts >= options.maxAttempts;
    await ctx.handoffs.markAttempt(row.id, {
      attempts,
      error: error.slice(0, 2000),
      next: new Date(now.getTime() + options.backoffMs * 2 ** (attempts - 1)),
      failedAt: failed ? now : null,
    });
    if (failed) result.failed++;
    else result.retried++;
  }
  return result;
}

/** Hand-offs for admins: the failed ones with their last error, the pending, the sent, or all. */
export function listHandoffs(ctx: Context, status: 'failed' | 'pending' | 'sent' | undefined) {
  return ctx.handoffs.list(status);
}

/** Runs dispatchHandoffs every `intervalMs`, one run at a time; returns the stop function. */
export function scheduleHandoffs(
  ctx: Context,
  deps: ConnectorDeps,
  options: HandoffOptions & { intervalMs: number; onError: (error: unknown) => void },
): () => void {
  if (options.intervalMs <= 0) return () => undefined;
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    dispatchHandoffs(ctx, deps, options)
      .catch(options.onError)
      .finally(() => (running = false));
  }, options.intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
