import type { Transaction } from 'sequelize';
import { changedDays } from '../../runtime/calendar/impact';
import { calendarFor } from '../../runtime/calendar/index';
import type { Calendar } from '../../runtime/definitions/index';
import { caseEventOf, nextDue } from './cases';
import { recordAudit, type Actor, type Context } from './context';
import { calendarShifts, publishedCalendars, type CalendarImpactRow } from './impact';

export interface CalendarApplied {
  /** cases whose deadlines moved */
  moved: number;
  deadlines: number;
}

/**
 * A published calendar applies to the cases in flight: a decreed holiday is a fact of the world,
 * not a rule a case chose when it started. Inside the publish transaction, every case in progress
 * on calendar `calendar.id` is re-pinned to the new version, and the deadlines it moves (exactly
 * what the impact preview listed) are rewritten, each with a `deadline-moved` case event and one
 * audit entry per case. Other kinds stay pinned (see server/README.md "Versions").
 */
export async function applyCalendar(
  ctx: Context,
  actor: Actor,
  calendar: Calendar,
  t: Transaction,
): Promise<CalendarApplied> {
  const version = calendar.version as number;
  const working = calendarFor(calendar);
  const previous = await publishedCalendars(ctx.store, calendar.id, version - 1, t);
  const shifts = await calendarShifts(ctx, calendar.id, working, changedDays(previous, working), t);
  await ctx.caseCalendars.repin(calendar.id, version, t);

  const byCase = new Map<string, CalendarImpactRow[]>();
  for (const shift of shifts) {
    const list = byCase.get(shift.case);
    if (list) list.push(shift);
    else byCase.set(shift.case, [shift]);
  }
  const ids = [...byCase.keys()];
  const at = ctx.now();
  let moved = 0;
  for (const id of ids) {
    const record = await ctx.cases.get(id, t);
    if (!record || record.status !== 'in-progress') continue;
    const caseShifts = byCase.get(id) as CalendarImpactRow[];
    const due = new Map(caseShifts.map((s) => [s.deadline, s.after]));
    const deadlines = record.deadlines.map((d) => (due.has(d.id) ? { ...d, due: due.get(d.id) ?? null } : d));
    // the current step's limit, when the preview listed it as moved: on the state and the replay alike
    const step = record.replay?.step;
    const stepKey = step ? `step:${step.id}` : undefined;
    const stepMoved = step && stepKey && due.has(stepKey);
    const stepDue = stepMoved ? (due.get(stepKey) ?? null) : undefined;
    const state = record.state && stepMoved ? { ...record.state, stepDue } : record.state;
    const replay =
      record.replay && step && stepMoved
        ? { ...record.replay, step: { ...step, due: stepDue ?? null } }
        : record.replay;
    const nextDueAt = nextDue(deadlines, state);
    const updated = await ctx.cases.update(id, record.revision, { deadlines, state, replay, nextDueAt }, t);
    if (!updated) continue;
    for (const shift of caseShifts) {
      const payload = {
        deadline: shift.deadline,
        before: shift.before,
        after: shift.after,
        calendar: { id: calendar.id, version },
      };
      // one event per moved deadline, and below one audit entry for the case
      await ctx.cases.addEvent(
        id,
        caseEventOf(ctx, actor, { type: 'deadline-moved', fromStep: record.step, toStep: record.step, payload, at }),
        t,
      );
    }
    await recordAudit(ctx, t, {
      actor: actor.username,
      action: 'case.deadlines-moved',
      entity: 'case',
      entityId: id,
      before: { deadlines: record.deadlines, nextDueAt: record.nextDueAt, stepDue: record.state?.stepDue ?? null },
      after: { deadlines, nextDueAt: nextDueAt?.toISOString() ?? null, stepDue: state?.stepDue ?? null },
      details: { calendar: calendar.id, version, moved: caseShifts.map((s) => s.deadline) },
    });
    moved++;
  }
  return { moved, deadlines: shifts.length };
}
