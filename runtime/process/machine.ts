import type { WorkingCalendar } from '../calendar/workingCalendar';
import type { Process, Step } from '../definitions/types';
import type { Facts } from '../rules/compile';
import type { Outcome } from './outcome';
import { actionKey, conditionsFor, transitionKey } from './processConditions';
import { assertNotTooEarly } from './notBefore';
import { ProcessError } from './processError';
import type { ProcessHistoryEntry, ProcessState } from './processState';
import { mayActFor, type Role } from './roles';

export type Action = NonNullable<Step['actions']>[number];

export interface MoveContext {
  now: Date;
  /** the facts conditions are evaluated on (resolved by the caller from the case) */
  facts: Facts;
  /** turns step limits into due instants; without it stepDue is null */
  calendar?: Pick<WorkingCalendar, 'add'>;
  /** reasons for an end step besides the action's own, e.g. params.reason of refusal events fired */
  reasons?: readonly string[];
}

export interface ActionContext extends MoveContext {
  role: Role;
  reason?: string;
}

/** A chain of auto steps longer than this is a definition that loops. */
const MAX_AUTO_STEPS = 100;

/** Enters the process at its start step and follows auto steps as far as they lead. */
export function startProcess(process: Process, ctx: MoveContext): ProcessState {
  const at = ctx.now.toISOString();
  const state: ProcessState = {
    processId: process.id,
    version: process.version,
    step: process.start,
    status: 'active',
    enteredAt: at,
    history: [],
  };
  return enter(process, state, { step: process.start, at }, ctx, undefined);
}

/** The actions of the current task that this role may take now. */
export function availableActions(process: Process, state: ProcessState, facts: Facts, role: Role): Action[] {
  if (state.status === 'done') return [];
  const step = stepOf(process, state.step);
  if (step.type !== 'task' || !mayActFor(role, actorKind(process, step))) return [];
  const conditions = conditionsFor(process);
  return (step.actions ?? []).filter((action) => conditions.get(actionKey(step.id, action.id))?.(facts) ?? true);
}

/** Takes an action of the current task; throws a ProcessError saying why it cannot be taken. */
export function applyAction(process: Process, state: ProcessState, actionId: string, ctx: ActionContext): ProcessState {
  if (state.status === 'done') {
    throw new ProcessError(
      'PROCESS_ENDED',
      `process "${process.id}" has ended (${state.outcome ?? 'done'}); no action is possible`,
    );
  }
  const step = stepOf(process, state.step);
  const action = step.type === 'task' ? step.actions?.find((a) => a.id === actionId) : undefined;
  if (!action) {
    const offered = (step.actions ?? []).map((a) => a.id).join(', ') || 'none';
    throw new ProcessError('UNKNOWN_ACTION', `step "${step.id}" has no action "${actionId}" (its actions: ${offered})`);
  }
  const kind = actorKind(process, step);
  if (!mayActFor(ctx.role, kind)) {
    throw new ProcessError(
      'NOT_ALLOWED',
      `the ${ctx.role} role may not act as "${step.actor}" (${kind}) in step "${step.id}"`,
    );
  }
  const when = conditionsFor(process).get(actionKey(step.id, action.id));
  if (when && !when(ctx.facts)) {
    throw new ProcessError(
      'CONDITION_NOT_MET',
      `action "${action.id}" of step "${step.id}" is not possible now: its condition does not hold`,
    );
  }
  assertNotTooEarly(step, action, state, ctx.now, ctx.calendar);
  const reason = ctx.reason?.trim() || undefined;
  if (action.requiresReason && !reason) {
    throw new ProcessError('REASON_REQUIRED', `action "${action.id}" of step "${step.id}" must be given its reasons`);
  }
  const entry: ProcessHistoryEntry = {
    step: action.to,
    action: action.id,
    ...(step.actor ? { actor: step.actor } : {}),
    at: ctx.now.toISOString(),
    ...(reason ? { reason } : {}),
  };
  return enter(process, state, entry, ctx, reason);
}

function enter(
  process: Process,
  from: ProcessState,
  entry: ProcessHistoryEntry,
  ctx: MoveContext,
  reason: string | undefined,
): ProcessState {
  const history = [...from.history];
  let next = entry;
  for (let hops = 0; ; hops++) {
    if (hops > MAX_AUTO_STEPS) {
      throw new ProcessError(
        'AUTO_LOOP',
        `process "${process.id}": auto steps keep leading to one another from "${entry.step}"`,
      );
    }
    const step = stepOf(process, next.step);
    history.push(next);
    const base = {
      processId: process.id,
      version: process.version,
      step: step.id,
      enteredAt: next.at,
      stepDue: step.limit && ctx.calendar ? ctx.calendar.add(new Date(next.at), step.limit).toISOString() : null,
      history,
    };
    if (step.type === 'end') {
      const reasons = [...(reason ? [reason] : []), ...(ctx.reasons ?? [])];
      return { ...base, status: 'done', outcome: step.outcome as Outcome, ...(reasons.length ? { reasons } : {}) };
    }
    if (step.type === 'task') return { ...base, status: 'active' };
    const to = takeTransition(process, step, ctx.facts);
    next = { step: to, actor: 'system', at: next.at };
  }
}

function takeTransition(process: Process, step: Step, facts: Facts): string {
  const conditions = conditionsFor(process);
  const index = (step.next ?? []).findIndex((_, i) => conditions.get(transitionKey(step.id, i))?.(facts) ?? true);
  const transition = step.next?.[index];
  if (!transition) {
    throw new ProcessError(
      'NO_TRANSITION',
      `auto step "${step.id}" of process "${process.id}": none of its next conditions holds`,
    );
  }
  return transition.to;
}

function stepOf(process: Process, id: string): Step {
  const step = process.steps.find((s) => s.id === id);
  if (!step) throw new ProcessError('UNKNOWN_STEP', `process "${process.id}" has no step "${id}"`);
  return step;
}

function actorKind(process: Process, step: Step): string {
  return process.actors.find((a) => a.id === step.actor)?.kind ?? 'system';
}
