import { notFound, conflict } from '../errors';
import { recordAudit, type Actor, type Context } from '../usecases/context';
import { assertRole } from '../usecases/permissions';

/**
 * An admin sends a failed notice again (after fixing an address or the SMTP settings): its
 * attempts start afresh and the next delivery takes it. Only a failed notice can be; the audit says who.
 */
export async function retryNotification(ctx: Context, actor: Actor, id: number): Promise<{ id: number }> {
  assertRole(actor, ['admin'], 'send notices again');
  return ctx.transaction(async (t) => {
    const row = await ctx.notices.get(id, t);
    if (!row) throw notFound(`no notification ${id}`);
    if (!row.failedAt)
      throw conflict(`notification ${id} has not failed`, [
        { path: '/id', message: 'only a failed notice is sent again' },
      ]);
    await ctx.notices.resetAttempts(id, t);
    await recordAudit(ctx, t, {
      actor: actor.username,
      action: 'notification.retry',
      entity: 'notification',
      entityId: String(id),
      before: { attempts: row.attempts, lastError: row.lastError, failed: true },
      after: { attempts: 0, failed: false },
      details: { caseId: row.caseId, kind: row.kind, recipient: row.recipient },
    });
    return { id };
  });
}
