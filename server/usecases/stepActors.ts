import type { Process, Step } from '../../runtime/definitions/index';
import type { ProcessState } from '../../runtime/process/index';
import type { Actor } from './context';

/** The groups the actor of a step names; empty when it names none (any user of the role then). */
export function stepGroups(process: Process, step: Pick<Step, 'actor'> | undefined): string[] {
  return process.actors.find((a) => a.id === step?.actor)?.groups ?? [];
}

/** How the current step's groups are stored for the queue's "my group": `,a,b,` so a LIKE finds one. */
export function stepGroupsColumn(process: Process, state: Pick<ProcessState, 'status' | 'step'>): string | null {
  if (state.status === 'done') return null;
  const groups = stepGroups(
    process,
    process.steps.find((s) => s.id === state.step),
  );
  return groups.length ? `,${groups.join(',')},` : null;
}

/** Whether this user is one the step is offered to: admins always; otherwise a member of one of its actor's groups, if it names any. */
export function inStepGroups(
  actor: Pick<Actor, 'role' | 'groups'>,
  process: Process,
  step: Pick<Step, 'actor'> | undefined,
): boolean {
  if (actor.role === 'admin') return true;
  const groups = stepGroups(process, step);
  return groups.length === 0 || groups.some((g) => (actor.groups ?? []).includes(g));
}

/** The current step's due instant as the queue sorts it. */
export const stepDueOf = (state: Pick<ProcessState, 'status' | 'stepDue'>): Date | null =>
  state.status !== 'done' && state.stepDue ? new Date(state.stepDue) : null;
