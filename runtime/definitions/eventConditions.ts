import type { Condition } from './condition';
import { isAllCondition, isAnyCondition, isFactCondition, isNotCondition } from './conditionGuards';
import type { Process } from './process';

/** A process condition's use of a rule event: `{fact: "events", operator: "contains", value: "<event>"}`. */
export interface EventUse {
  event: string;
  /** JSON pointer of the value naming the event, inside the process */
  path: string;
}

/** Operators whose value names events the case's rules emitted (a list for in / notIn). */
const EVENT_OPERATORS = new Set(['contains', 'doesNotContain', 'in', 'notIn', 'equal', 'notEqual']);

function eventsIn(condition: Condition, at: string): EventUse[] {
  if (isAllCondition(condition)) return condition.all.flatMap((c, i) => eventsIn(c, `${at}/all/${i}`));
  if (isAnyCondition(condition)) return condition.any.flatMap((c, i) => eventsIn(c, `${at}/any/${i}`));
  if (isNotCondition(condition)) return eventsIn(condition.not, `${at}/not`);
  if (!isFactCondition(condition) || condition.fact !== 'events' || !EVENT_OPERATORS.has(condition.operator)) return [];
  const value = condition.value;
  if (typeof value === 'string') return [{ event: value, path: `${at}/value` }];
  if (Array.isArray(value))
    return value.flatMap((v, i) => (typeof v === 'string' ? [{ event: v, path: `${at}/value/${i}` }] : []));
  return [];
}

/**
 * Every event a process's conditions test for (actions' and transitions' `when`), with where: a typo there
 * would silently send every case down the "otherwise" branch, so crossCheck holds each against the events
 * the service's rulesets emit.
 */
export function eventUses(process: Process): EventUse[] {
  return process.steps.flatMap((step, i) => [
    ...(step.actions ?? []).flatMap((action, j) =>
      action.when ? eventsIn(action.when, `/steps/${i}/actions/${j}/when`) : [],
    ),
    ...(step.next ?? []).flatMap((next, j) => (next.when ? eventsIn(next.when, `/steps/${i}/next/${j}/when`) : [])),
  ]);
}
