import type { Condition, FactCondition } from '../definitions/types';
import {
  isAllCondition,
  isAnyCondition,
  isConditionReference,
  isFactCondition,
  isNotCondition,
} from '../definitions/conditionGuards';

/**
 * Every leaf (fact, operator, value) of a condition, in document order. A reference to a named
 * condition stands for that condition's leaves when `named` is given (each name once, so a loop
 * ends), and for none otherwise.
 */
export function leavesOf(
  condition: Condition,
  named: Readonly<Record<string, Condition>> = {},
  seen: Set<string> = new Set(),
): FactCondition[] {
  if (isAnyCondition(condition)) return condition.any.flatMap((c) => leavesOf(c, named, seen));
  if (isAllCondition(condition)) return condition.all.flatMap((c) => leavesOf(c, named, seen));
  if (isNotCondition(condition)) return leavesOf(condition.not, named, seen);
  if (isConditionReference(condition)) {
    const name = condition.condition;
    const target = named[name];
    if (seen.has(name) || !Object.hasOwn(named, name) || target === undefined) return [];
    seen.add(name);
    return leavesOf(target, named, seen);
  }
  return isFactCondition(condition) ? [condition] : [];
}

/** `{fact: 'x', path?}` as a condition's value means "the value of fact x". */
export function factReference(value: unknown): { fact: unknown; path?: unknown; params?: unknown } | undefined {
  return value !== null && typeof value === 'object' && Object.hasOwn(value, 'fact')
    ? (value as { fact: unknown; path?: unknown; params?: unknown })
    : undefined;
}
