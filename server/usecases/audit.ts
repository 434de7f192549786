import { entryHash, GENESIS_HASH } from '../repositories/audit';
import type { Actor, Context } from './context';
import { assertRole } from './permissions';

export async function listAudit(
  ctx: Context,
  actor: Actor,
  filter: { entity?: string; entityId?: string; actor?: string; action?: string; limit?: number; offset?: number },
) {
  assertRole(actor, ['admin'], 'read the audit log');
  return ctx.audit.list({ ...filter, limit: Math.min(filter.limit ?? 100, 1000), offset: filter.offset ?? 0 });
}

export interface AuditVerification {
  ok: boolean;
  entries: number;
  /** the first entry whose hash or link does not hold */
  brokenAt?: number;
  problem?: string;
}

/** Walks the chain: each entry must hash to its stored hash and link to the one before. */
export async function verifyAuditChain(ctx: Pick<Context, 'audit'>): Promise<AuditVerification> {
  let previous = GENESIS_HASH;
  let entries = 0;
  for await (const entry of ctx.audit.all()) {
    entries++;
    if (entry.prevHash !== previous)
      return {
        ok: false,
        entries,
        brokenAt: entry.id,
        problem: 'does not link to the entry before it (an entry was removed or reordered)',
      };
    if (entryHash(entry) !== entry.hash)
      return {
        ok: false,
        entries,
        brokenAt: entry.id,
        problem: 'its content does not match its hash (the entry was changed)',
      };
    previous = entry.hash;
  }
  return { ok: true, entries };
}
