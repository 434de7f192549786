import type { Transaction } from 'sequelize';
import { conflict, notFound } from '../../errors';
import type { CaseRecord } from '../../repositories/cases';
import type { Context } from '../context';

/** The case, or 404. */
export async function existing(ctx: Context, id: string, t?: Transaction): Promise<CaseRecord> {
  const record = await ctx.cases.get(id, t);
  if (!record) throw notFound(`no case "${id}"`);
  return record;
}

/** A client that read an older revision is told so (409) rather than overwriting a newer one. */
export function checkRevision(record: CaseRecord, baseRevision: number | undefined): void {
  if (baseRevision !== undefined && baseRevision !== record.revision) {
    throw conflict(`case "${record.id}" is at revision ${record.revision}, not ${baseRevision}`, [
      { path: '/baseRevision', message: `current revision is ${record.revision}` },
    ]);
  }
}

/** Writes changes to the case at the revision it was read at: someone else's write in between is a 409. */
export async function write(
  ctx: Context,
  t: Transaction,
  record: CaseRecord,
  changes: Parameters<Context['cases']['update']>[2],
): Promise<CaseRecord> {
  const updated = await ctx.cases.update(record.id, record.revision, changes, t, record);
  if (!updated) throw conflict(`case "${record.id}" was changed by someone else: reload it`);
  return updated;
}

/** The case as rulesets see it (`case.*` facts). */
export function caseFacts(record: CaseRecord) {
  return {
    id: record.id,
    service: record.service,
    channel: record.channel,
    status: record.status,
    submittedAt: record.submittedAt,
    receivedAt: record.receivedAt,
  };
}
