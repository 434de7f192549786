import type { Condition, Process } from '../definitions/types';
import { compileCondition, type Predicate } from '../rules/compile';
import { VersionCache } from '../rules/versionCache';

/** The compiled `when` of every action and transition of a process, keyed by where it sits. */
export type ProcessConditions = ReadonlyMap<string, Predicate>;

export const actionKey = (step: string, action: string) => `${step}/actions/${action}`;
export const transitionKey = (step: string, index: number) => `${step}/next/${index}`;

function compileProcess(process: Process): ProcessConditions {
  const compiled = new Map<string, Predicate>();
  const add = (key: string, when: Condition | undefined) => {
    if (when) compiled.set(key, compileCondition(when));
  };
  for (const step of process.steps) {
    step.actions?.forEach((action) => add(actionKey(step.id, action.id), action.when));
    step.next?.forEach((transition, i) => add(transitionKey(step.id, i), transition.when));
  }
  return compiled;
}

const cache = new VersionCache<Process, ProcessConditions>(compileProcess);

/** Compiled once per process version; a condition absent from the map always holds. */
export function conditionsFor(process: Process): ProcessConditions {
  return cache.get(process);
}
