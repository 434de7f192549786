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

export interface AuditBreak {
  id: number;
  problem: string;
}

export interface AuditVerification {
  ok: boolean;
  entries: number;
  /** every entry whose hash or link does not hold, in chain order */
  breaks: AuditBreak[];
  /** the first of them */
  brokenAt?: number;
  problem?: string;
}

/**
 * Walks the whole chain: each entry must hash to its stored hash and link to the one before.
 * A break does not stop the walk (the next link is checked against the stored hash), so a
 * harmless first break cannot hide tampering after it.
 */
export async function verifyAuditChain(ctx: Pick<Context, 'audit'>): Promise<AuditVerification> {
  let previous = GENESIS_HASH;
  let entries = 0;
  const breaks: AuditBreak[] = [];
  for await (const entry of ctx.audit.all()) {
    entries++;
    if (entry.prevHash !== previous)
      breaks.push({
        id: entry.id,
        problem: 'does not link to the entry before it (an entry was removed or reordered)',
      });
    else if (entryHash(entry) !== entry.hash)
      breaks.push({ id: entry.id, problem: 'its content does not match its hash (the entry was changed)' });
    previous = entry.hash;
  }
  const [first] = breaks;
  return first
    ? { ok: false, entries, breaks, brokenAt: first.id, problem: first.problem }
    : { ok: true, entries, breaks };
}
