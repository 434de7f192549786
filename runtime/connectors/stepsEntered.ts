import type { ProcessState } from '../process/processState';

/**
 * The steps a move entered, in order, each with its place in the case's history (the history
 * lists every step entered, the current one last): auto steps passed through count, so a
 * hand-off "on" an auto step is sent too. The place makes a second entry into the same step
 * (after a return for rework) a hand-off of its own, while the same move always gives the same place.
 */
export function stepsEntered(
  before: Pick<ProcessState, 'history'> | null,
  after: Pick<ProcessState, 'history'>,
): { step: string; place: number }[] {
  const from = before ? before.history.length : 0;
  return after.history.slice(from).map((entry, i) => ({ step: entry.step, place: from + i }));
}
