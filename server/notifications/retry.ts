import { QueryTypes } from 'sequelize';
import { notFound, conflict } from '../errors';
import { recordAudit, type Actor, type Context } from '../usecases/context';
import { assertRole } from '../usecases/permissions';

interface FailedRow {
  id: number;
  caseId: string;
  kind: string;
  recipient: string;
  attempts: number;
  lastError: string | null;
  failedAt: Date | string | null;
}

/**
 * An admin sends a failed notice again (after fixing an address or the SMTP settings): its
 * attempts start afresh and the next delivery takes it. Only a failed notice can be; the audit says who.
 */
export async function retryNotification(ctx: Context, actor: Actor, id: number): Promise<{ id: number }> {
  assertRole(actor, ['admin'], 'send notices again');
  return ctx.db.transaction(async (t) => {
    const [row] = await ctx.db.sequelize.query<FailedRow>(
      'SELECT id, "caseId", kind, recipient, attempts, "lastError", "failedAt" FROM notifications WHERE id = :id',
      { replacements: { id }, type: QueryTypes.SELECT, transaction: t },
    );
    if (!row) throw notFound(`no notification ${id}`);
    if (!row.failedAt)
      throw conflict(`notification ${id} has not failed`, [
        { path: '/id', message: 'only a failed notice is sent again' },
      ]);
    await ctx.db.sequelize.query(
      `UPDATE notifications SET attempts = 0, "failedAt" = NULL, "nextAttemptAt" = NULL, "leaseUntil" = NULL
       WHERE id = :id`,
      { replacements: { id }, transaction: t },
    );
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
