import { calendarFor } from '../../runtime/calendar/index';
import type { Calendar } from '../../runtime/definitions/index';
import { isOverdue } from '../../runtime/process/index';
import { badRequest, conflict } from '../errors';
import { QUEUE_SORTS, type QueueFilter, type QueueRow, type QueueSort } from '../repositories/caseQueue';
import type { Actor, Context } from './context';
import { existing, recordCaseEvent } from './cases';
import { assertRole, CASE_WORKERS } from './permissions';

/** A case as the queue lists it. */
export interface CaseSummary extends QueueRow {
  overdue: boolean;
}

export interface QueueQuery {
  q?: string;
  service?: string;
  step?: string;
  status?: string;
  due?: 'today';
  overdue?: boolean;
  /** "me", "none", "group" (my groups' steps), "acted" (cases I started or acted on), or a username */
  assignee?: string;
  sort?: string;
  order?: string;
  limit?: number;
  offset?: number;
}

export const DEFAULT_LIMIT = 50;
/** A larger page is cut to this many (the total still counts every match). */
export const MAX_LIMIT = 500;
/** Whose "today" the due=today filter means: the national calendar's. */
const NATIONAL_CALENDAR = 'kz';

export const summaryOf = (row: QueueRow, now: Date): CaseSummary => ({ ...row, overdue: isOverdue(row, now) });

async function todayIn(ctx: Context): Promise<{ from: Date; to: Date }> {
  const kz = (await ctx.store.latest('calendar', NATIONAL_CALENDAR))?.definition as Calendar | undefined;
  if (!kz) throw badRequest('due=today needs the national calendar', [{ path: '/due', message: 'no calendar "kz"' }]);
  const calendar = calendarFor(kz);
  const today = calendar.localDate(ctx.now());
  const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return { from: calendar.toInstant(today), to: calendar.toInstant(tomorrow) };
}

/** The queue: search, filters, sort and a page, with the total that matched. */
export async function listQueue(
  ctx: Context,
  actor: Actor,
  query: QueueQuery,
): Promise<{ cases: CaseSummary[]; total: number }> {
  assertRole(actor, [...CASE_WORKERS, 'analyst'], 'list cases');
  // unasked, the overdue list starts with the most overdue case: the overdue index's own order, so a
  // page of 50 reads 50 rows where sorting 1M stored cases' 15,000 overdue ones by update took ~50 ms
  const unasked = query.overdue ? { sort: 'nextDueAt', order: 'asc' } : { sort: 'updatedAt', order: 'desc' };
  const sort = (query.sort ?? unasked.sort) as QueueSort;
  if (!Object.hasOwn(QUEUE_SORTS, sort))
    throw badRequest('unknown sort', [
      { path: '/sort', message: `must be one of: ${Object.keys(QUEUE_SORTS).join(', ')}` },
    ]);
  const order = query.order ?? (query.sort ? 'asc' : unasked.order);
  if (order !== 'asc' && order !== 'desc')
    throw badRequest('unknown order', [{ path: '/order', message: 'must be asc or desc' }]);
  const filter: QueueFilter = {
    q: query.q,
    service: query.service,
    step: query.step,
    status: query.status,
    sort,
    order,
    limit: Math.min(query.limit ?? DEFAULT_LIMIT, MAX_LIMIT),
    offset: query.offset ?? 0,
  };
  if (query.due === 'today') filter.dueBetween = await todayIn(ctx);
  if (query.overdue) filter.overdueAt = ctx.now();
  if (query.assignee === 'me') filter.assignee = actor.username;
  else if (query.assignee === 'none') filter.assignee = null;
  else if (query.assignee === 'group') filter.groups = actor.groups ?? [];
  else if (query.assignee === 'acted') filter.actor = actor.username;
  else if (query.assignee !== undefined) filter.assignee = query.assignee;
  const { rows, total } = await ctx.caseQueue.list(filter);
  const now = ctx.now();
  return { cases: rows.map((r) => summaryOf(r, now)), total };
}

/**
 * Claims a case for the caller (release: gives it back). Someone else's case cannot be taken
 * (409) except by an administrator, who may take it over.
 */
export async function assignCase(ctx: Context, actor: Actor, id: string, claim: boolean): Promise<CaseSummary> {
  assertRole(actor, CASE_WORKERS, claim ? 'claim cases' : 'release cases');
  await ctx.transaction(async (t) => {
    const record = await existing(ctx, id, t);
    const held = record.assignee;
    if (held && held !== actor.username && actor.role !== 'admin')
      throw conflict(`case "${record.number ?? id}" is claimed by ${held}`, [
        { path: '/assignee', message: `is ${held}` },
      ]);
    if (claim && record.status !== 'in-progress')
      throw conflict(`case "${record.number ?? id}" is ${record.status}: nothing to work on`);
    const assignee = claim ? actor.username : null;
    if (held === assignee) return;
    const updated = await ctx.cases.update(id, record.revision, { assignee }, t);
    if (!updated) throw conflict(`case "${id}" was changed by someone else: reload it`);
    await recordCaseEvent(
      ctx,
      t,
      id,
      actor,
      {
        type: claim ? 'claimed' : 'released',
        fromStep: record.step,
        toStep: record.step,
        payload: held && held !== actor.username ? { from: held } : null,
      },
      { action: claim ? 'case.claim' : 'case.release', before: { assignee: held }, after: { assignee } },
    );
  });
  const row = await ctx.caseQueue.summary(id);
  return summaryOf(row as QueueRow, ctx.now());
}
