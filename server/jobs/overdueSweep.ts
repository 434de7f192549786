import type { Logger } from 'pino';
import type { Service } from '../../runtime/definitions/index';
import { raiseNotices } from '../notifications/caseNotices';
import { type OverdueCandidate } from '../repositories/notifications';
import type { Context } from '../usecases/context';
import { recordCaseEvent } from '../usecases/cases/recordCaseEvent';

export const SYSTEM_ACTOR = 'system';
const PAGE = 200;

export interface SweepResult {
  /** overdue cases looked at */
  scanned: number;
  /** passed deadlines this sweep raised (claimed); another instance's claims are not counted */
  raised: number;
}

interface DueItem {
  /** `<deadline id>@<due instant>`: a deadline recomputed to a new date is a new deadline */
  key: string;
  deadline: string;
  due: Date;
}

/** Every deadline of the case, and the limit of its current step, that passed by `now`. */
function passed(candidate: OverdueCandidate, now: Date): DueItem[] {
  const items: DueItem[] = [];
  for (const d of candidate.deadlines) {
    if (d.due && new Date(d.due) < now) items.push({ key: `${d.id}@${d.due}`, deadline: d.id, due: new Date(d.due) });
  }
  if (candidate.stepDue && new Date(candidate.stepDue) < now) {
    const deadline = `step:${candidate.step ?? ''}`;
    items.push({ key: `${deadline}@${candidate.stepDue}`, deadline, due: new Date(candidate.stepDue) });
  }
  return items;
}

/**
 * One pass of the overdue sweep: for each case past a deadline and not done, records one
 * `overdue` case event and one audit entry per passed deadline, and puts into the outbox the
 * overdue notices that the service version the case pinned declares (`notices`, `on: overdue`),
 * one per recipient. Each deadline is claimed by a unique insert inside the transaction that
 * writes the event, so several instances sweeping at once raise it exactly once, and a crash
 * raises it whole or not at all.
 */
export async function sweepOverdue(ctx: Context): Promise<SweepResult> {
  const notifications = ctx.notifications;
  const services = new Map<string, Promise<Service | null>>();
  const serviceOf = (candidate: OverdueCandidate) => {
    const key = `${candidate.serviceId}@${candidate.serviceVersion}`;
    if (!services.has(key)) services.set(key, ctx.store.at('service', candidate.serviceId, candidate.serviceVersion));
    return services.get(key)!;
  };
  const now = ctx.now();
  const result: SweepResult = { scanned: 0, raised: 0 };
  let after = '';
  for (;;) {
    const page = await notifications.overdueCandidates(now, after, PAGE);
    if (page.length === 0) break;
    after = page[page.length - 1]!.id;
    result.scanned += page.length;
    const raised = await notifications.raisedKeys(page.map((c) => c.id));
    for (const candidate of page) {
      const due = passed(candidate, now).filter((item) => !raised.has(`${candidate.id} ${item.key}`));
      if (due.length === 0) continue;
      const service = await serviceOf(candidate);
      result.raised += await ctx.transaction(async (t) => {
        const current = await notifications.lockCase(candidate.id, t);
        // moved on since the scan (acted on, closed): its deadlines may be new; the next sweep sees them
        if (!current || current.revision !== candidate.revision || current.status === 'done') return 0;
        let count = 0;
        for (const item of due) {
          if (!(await notifications.claimOverdue(candidate.id, item.key, now, t))) continue;
          const payload = { deadline: item.deadline, due: item.due.toISOString(), step: candidate.step };
          if (service) {
            await raiseNotices(ctx, t, {
              caseId: candidate.id,
              service,
              on: 'overdue',
              key: item.key,
              dueAt: item.due,
              payload,
              at: now,
            });
          }
          await recordCaseEvent(
            ctx,
            t,
            candidate.id,
            { username: SYSTEM_ACTOR, role: null },
            { type: 'overdue', fromStep: candidate.step, toStep: candidate.step, payload, at: now },
            { action: 'case.overdue', before: null, after: payload, details: payload },
          );
          count++;
        }
        return count;
      });
    }
    if (page.length < PAGE) break;
  }
  return result;
}

export interface SweepSchedule {
  stop(): Promise<void>;
}

/**
 * Runs the sweep every `intervalMs` (0: never). A pass never overlaps the previous one in
 * this process; other instances may sweep at the same time, which the claims make safe.
 */
export function scheduleOverdueSweep(
  ctx: Context,
  options: { intervalMs: number; logger?: Logger; onSweep?: (result: SweepResult) => void },
): SweepSchedule {
  if (options.intervalMs <= 0) return { stop: async () => undefined };
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const tick = () => {
    running = sweepOverdue(ctx).then(
      (result) => {
        options.onSweep?.(result);
        if (result.raised > 0) options.logger?.info(result, 'overdue sweep raised notices');
      },
      (error: unknown) => {
        options.logger?.error({ err: error }, 'overdue sweep failed');
      },
    );
    void running.then(() => {
      if (!stopped) timer = setTimeout(tick, options.intervalMs);
    });
  };
  timer = setTimeout(tick, options.intervalMs);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
