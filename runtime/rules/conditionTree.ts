import type { Condition } from '../definitions/types';

/**
 * Every leaf (fact, operator, value) of a condition, in document order. A reference to a named
 * condition stands for that condition's leaves when `named` is given (each name once, so a loop
 * ends), and for none otherwise.
 */
export function leavesOf(
  condition: Condition,
  named: Readonly<Record<string, Condition>> = {},
  seen: Set<string> = new Set(),
): Condition[] {
  if (Object.hasOwn(condition, 'any')) return (condition.any ?? []).flatMap((c) => leavesOf(c, named, seen));
  if (Object.hasOwn(condition, 'all')) return (condition.all ?? []).flatMap((c) => leavesOf(c, named, seen));
  if (Object.hasOwn(condition, 'not')) return condition.not ? leavesOf(condition.not, named, seen) : [];
  if (Object.hasOwn(condition, 'condition')) {
    const name = String(condition.condition);
    if (seen.has(name) || !Object.hasOwn(named, name)) return [];
    seen.add(name);
    return leavesOf(named[name] as Condition, named, seen);
  }
  return [condition];
}

/** `{fact: 'x', path?}` as a condition's value means "the value of fact x". */
export function factReference(value: unknown): { fact: unknown; path?: unknown } | undefined {
  return value !== null && typeof value === 'object' && Object.hasOwn(value, 'fact')
    ? (value as { fact: unknown; path?: unknown })
    : undefined;
}
