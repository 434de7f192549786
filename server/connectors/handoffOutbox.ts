import { QueryTypes, type Transaction } from 'sequelize';
import { handoffInputs } from '../../runtime/connectors/index';
import type { Service } from '../../runtime/definitions/index';
import type { CaseRecord } from '../repositories/cases';
import type { Context } from '../usecases/context';
import { callConnector, type ConnectorDeps } from './callConnector';

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
 * request queues nothing twice; the connector version is the one published now.
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
    const latest = await ctx.store.latest('connector', handoff.connector, t);
    if (!latest) continue; // crossCheck refuses a service naming no published connector; a deleted one sends nothing
    await ctx.db.sequelize.query(
      `INSERT INTO handoff_outbox (key, "caseId", handoff, event, connector, version, inputs, attempts, "nextAttemptAt", "createdAt")
       VALUES (:key, :caseId, :handoff, :event, :connector, :version, :inputs, 0, :at, :at)
       ON CONFLICT (key) DO NOTHING`,
      {
        replacements: {
          key: `${record.id}:${handoff.id}:${on}`,
          caseId: record.id,
          handoff: handoff.id,
          event: on,
          connector: handoff.connector,
          version: latest.version,
          inputs: JSON.stringify(handoffInputs(handoff, record)),
          at,
        },
        transaction: t,
      },
    );
  }
}

interface DueRow {
  id: number;
  key: string;
  connector: string;
  version: number;
  inputs: string;
  attempts: number;
}

function affected(meta: unknown): number {
  if (typeof meta === 'number') return meta;
  const m = meta as { rowCount?: number; changes?: number } | undefined;
  return m?.rowCount ?? m?.changes ?? 0;
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
  const { sequelize } = ctx.db;
  const now = ctx.now();
  const due = await sequelize.query<DueRow>(
    `SELECT id, key, connector, version, inputs, attempts FROM handoff_outbox
     WHERE "sentAt" IS NULL AND "failedAt" IS NULL AND "nextAttemptAt" <= :now
       AND ("leaseUntil" IS NULL OR "leaseUntil" < :now)
     ORDER BY id LIMIT 50`,
    { replacements: { now }, type: QueryTypes.SELECT },
  );
  const result = { sent: 0, failed: 0, retried: 0 };
  for (const row of due) {
    const [, leased] = await ctx.db.write(
      `UPDATE handoff_outbox SET "leaseUntil" = :until
       WHERE id = :id AND "sentAt" IS NULL AND "failedAt" IS NULL AND ("leaseUntil" IS NULL OR "leaseUntil" < :now)`,
      { replacements: { id: row.id, now, until: new Date(now.getTime() + options.leaseMs) }, type: QueryTypes.UPDATE },
    );
    if (affected(leased) !== 1) continue; // another instance has it
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
      await ctx.db.write(
        `UPDATE handoff_outbox SET "sentAt" = :at, "leaseUntil" = NULL, attempts = :attempts, "answerDigest" = :digest, "lastError" = NULL WHERE id = :id`,
        { replacements: { id: row.id, at: ctx.now(), attempts, digest: call.answerDigest } },
      );
      result.sent++;
      continue;
    }
    const error =
      call && !call.ok ? `${call.failure}: ${call.message}` : `connector ${row.connector} v${row.version} is missing`;
    // a refused host or an invalid input does not heal by waiting; give up at once and show the admins
    const hopeless = !call || ['input', 'refused-host', 'credential-missing'].includes(call.ok ? '' : call.failure);
    const failed = hopeless || attempts >= options.maxAttempts;
    await ctx.db.write(
      `UPDATE handoff_outbox SET attempts = :attempts, "lastError" = :error, "leaseUntil" = NULL,
         "nextAttemptAt" = :next, "failedAt" = :failedAt WHERE id = :id`,
      {
        replacements: {
          id: row.id,
          attempts,
          error: error.slice(0, 2000),
          next: new Date(now.getTime() + options.backoffMs * 2 ** (attempts - 1)),
          failedAt: failed ? now : null,
        },
      },
    );
    if (failed) result.failed++;
    else result.retried++;
  }
  return result;
}

/** Hand-offs for admins: the failed ones with their last error, the pending, the sent, or all. */
export async function listHandoffs(ctx: Context, status: 'failed' | 'pending' | 'sent' | undefined) {
  const where =
    status === 'failed'
      ? 'WHERE "failedAt" IS NOT NULL'
      : status === 'sent'
        ? 'WHERE "sentAt" IS NOT NULL'
        : status === 'pending'
          ? 'WHERE "sentAt" IS NULL AND "failedAt" IS NULL'
          : '';
  return ctx.db.sequelize.query<Record<string, unknown>>(
    `SELECT id, key, "caseId", handoff, event, connector, version, attempts, "nextAttemptAt", "sentAt", "failedAt", "lastError"
     FROM handoff_outbox ${where} ORDER BY id DESC LIMIT 500`,
    { type: QueryTypes.SELECT },
  );
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
