import type { Transaction } from 'sequelize';
import type { Service } from '../../runtime/definitions/index';
import type { Context } from '../usecases/context';
import { noticeRecipients } from './recipients';

export type NoticeEvent = 'submitted' | 'decided' | 'overdue';

/**
 * Puts into the outbox the notices the service definition (the version the case pinned) asks
 * for on `on`, one row per recipient, inside the transaction that makes the change. `key` names
 * the occasion (`submitted@<instant>`, `<deadline>@<due>`): the outbox's unique (case, key, kind,
 * recipient) makes raising the same occasion twice a no-op. Returns how many rows this call added.
 */
export async function raiseNotices(
  ctx: Context,
  t: Transaction,
  input: {
    caseId: string;
    service: Service;
    on: NoticeEvent;
    key: string;
    dueAt: Date;
    payload: Record<string, unknown>;
    at: Date;
  },
): Promise<number> {
  let raised = 0;
  for (const notice of (input.service.notices ?? []).filter((n) => n.on === input.on)) {
    for (const to of await noticeRecipients(ctx, t, input.caseId, input.service, notice.to)) {
      const added = await ctx.notices.add(
        {
          caseId: input.caseId,
          deadline: input.key,
          kind: input.on,
          dueAt: input.dueAt,
          recipient: to.recipient,
          email: to.email,
          payload: {
            ...input.payload,
            service: input.service.id,
            ...(notice.template ? { template: notice.template } : {}),
          },
          at: input.at,
        },
        t,
      );
      if (added) raised++;
    }
  }
  return raised;
}

/** The notices of a submission or a decision, keyed by the instant it happened. */
export async function raiseCaseNotices(
  ctx: Context,
  t: Transaction,
  record: { id: string; outcome: string | null },
  service: Service,
  on: 'submitted' | 'decided',
  at: Date,
): Promise<void> {
  await raiseNotices(ctx, t, {
    caseId: record.id,
    service,
    on,
    key: `${on}@${at.toISOString()}`,
    dueAt: at,
    payload: { outcome: record.outcome },
    at,
  });
}
