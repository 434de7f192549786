import { conflict, forbidden } from '../errors';
import type { BlobStore } from '../storage/blobStore';
import { existing } from './cases';
import { recordAudit, type Actor, type Context } from './context';
import { assertRole, CASE_WORKERS } from './permissions';

/**
 * Discards a case that was never submitted: a person who gave up, or a failed attempt, leaves a draft with
 * someone's personal data that no one will finish. Only a draft (nothing was decided, no number was given),
 * only by the one who started it or an administrator; the audit log keeps who discarded what.
 */
export async function discardDraft(ctx: Context, blobs: BlobStore, actor: Actor, id: string): Promise<{ id: string }> {
  assertRole(actor, CASE_WORKERS, 'discard drafts');
  return ctx.transaction(async (t) => {
    const record = await existing(ctx, id, t);
    if (record.status !== 'draft')
      throw conflict(`case "${record.number ?? id}" is submitted: only a draft can be discarded`, [
        { path: '/status', message: `is ${record.status}` },
      ]);
    if (actor.role !== 'admin' && record.createdBy !== actor.username)
      throw forbidden('only who started a draft, or an administrator, may discard it');
    const attachments = await ctx.cases.remove(id, t);
    for (const attachment of attachments) await blobs.remove(attachment, t);
    await recordAudit(ctx, t, {
      actor: actor.username,
      action: 'case.discard',
      entity: 'case',
      entityId: id,
      before: { id, service: record.service, channel: record.channel, createdBy: record.createdBy },
      after: null,
      details: { attachments: attachments.length },
    });
    return { id };
  });
}
