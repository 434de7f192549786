import type { Condition } from '../definitions/types';
import { isKnownOperator, UnknownOperatorError } from './operators';

/** Every leaf (fact, operator, value) of a condition, in document order. */
export function leavesOf(condition: Condition): Condition[] {
  if (Object.hasOwn(condition, 'any')) return (condition.any ?? []).flatMap(leavesOf);
  if (Object.hasOwn(condition, 'all')) return (condition.all ?? []).flatMap(leavesOf);
  if (Object.hasOwn(condition, 'not')) return condition.not ? leavesOf(condition.not) : [];
  return [condition];
}

/** Rejects a condition naming an operator no engine knows, before any evaluation. */
export function assertKnownOperators(condition: Condition, where: string): void {
  for (const leaf of leavesOf(condition)) {
    if (!isKnownOperator(leaf.operator)) throw new UnknownOperatorError(String(leaf.operator), where);
  }
}

/** `{fact: 'x', path?}` as a condition's value means "the value of fact x". */
export function factReference(value: unknown): { fact: unknown; path?: unknown } | undefined {
  return value !== null && typeof value === 'object' && Object.hasOwn(value, 'fact')
    ? (value as { fact: unknown; path?: unknown })
    : undefined;
}
