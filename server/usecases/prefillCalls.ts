import type { Transaction } from 'sequelize';
import type { CallRecord } from '../connectors/callConnector';
import { recordAudit, type Actor, type Context } from './context';

/**
 * Records prefill calls with a case, in the transaction t: each call in the case's connector log (what the Desk
 * shows as prefilled and explains) with what it filled, and one audit entry for them all. Used by the prefill a
 * person asks for and by the prefills run when a case starts.
 */
export async function recordPrefillCalls(
  ctx: Context,
  t: Transaction,
  actor: Actor,
  caseId: string,
  calls: readonly { call: CallRecord; record: Record<string, unknown> }[],
  audited: Record<string, unknown>,
): Promise<void> {
  for (const { call, record } of calls) {
    await ctx.connectors.addCall(
      {
        caseId,
        purpose: 'prefill',
        connector: call.connector,
        version: call.version,
        ok: call.ok,
        answerDigest: call.ok ? call.answerDigest : null,
        record,
        actor: actor.username,
        at: call.at,
      },
      t,
    );
  }
  await recordAudit(ctx, t, {
    actor: actor.username,
    action: 'case.prefill',
    entity: 'case',
    entityId: caseId,
    before: null,
    after: audited,
  });
}
