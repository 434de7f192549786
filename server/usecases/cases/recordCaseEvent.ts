import type { Transaction } from 'sequelize';
import { recordAudit, type Context } from '../context';

/** Who moved the case: a user, or the system (the overdue sweep) with no role. */
export interface CaseEventActor {
  username: string;
  role: string | null;
}

/** What happened to the case, as its history shows it; what is left out is null (and `at` is now). */
export interface CaseEventInput {
  type: string;
  action?: string | null;
  fromStep?: string | null;
  toStep?: string | null;
  reason?: string | null;
  payload?: Record<string, unknown> | null;
  at?: Date;
}

/** The audit entry of the same move: the case as it was and as it became, and what the log keeps besides. */
export interface CaseAuditInput {
  action: string;
  before: unknown;
  after: unknown;
  details?: Record<string, unknown>;
}

/** The event as the case's history stores it: what the input leaves out is null, and `at` is now. */
export function caseEventOf(ctx: Context, actor: CaseEventActor, event: CaseEventInput) {
  return {
    type: event.type,
    action: event.action ?? null,
    fromStep: event.fromStep ?? null,
    toStep: event.toStep ?? null,
    actor: actor.username,
    role: actor.role,
    reason: event.reason ?? null,
    payload: event.payload ?? null,
    at: event.at ?? ctx.now(),
  };
}

/**
 * Records one move of a case twice, as every case write must: an event in the case's own history
 * (what the case page shows) and an entry in the audit log (the tamper-evident chain), both in the
 * caller's transaction, so neither is kept without the other.
 */
export async function recordCaseEvent(
  ctx: Context,
  t: Transaction,
  caseId: string,
  actor: CaseEventActor,
  event: CaseEventInput,
  audit: CaseAuditInput,
): Promise<void> {
  await ctx.cases.addEvent(caseId, caseEventOf(ctx, actor, event), t);
  await recordAudit(ctx, t, {
    actor: actor.username,
    action: audit.action,
    entity: 'case',
    entityId: caseId,
    before: audit.before,
    after: audit.after,
    ...(audit.details ? { details: audit.details } : {}),
  });
}
