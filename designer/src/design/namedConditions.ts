import type { Condition, Ruleset } from '../../../runtime/definitions/types';
import {
  isAllCondition,
  isAnyCondition,
  isConditionReference,
  isNotCondition,
} from '../../../runtime/definitions/conditionGuards';

/** A condition with every reference to `from` pointed at `to`. */
function renamedIn(condition: Condition, from: string, to: string): Condition {
  if (isConditionReference(condition))
    return condition.condition === from ? { ...condition, condition: to } : condition;
  if (isAllCondition(condition)) return { ...condition, all: condition.all.map((c) => renamedIn(c, from, to)) };
  if (isAnyCondition(condition)) return { ...condition, any: condition.any.map((c) => renamedIn(c, from, to)) };
  if (isNotCondition(condition)) return { ...condition, not: renamedIn(condition.not, from, to) };
  return condition;
}

/** Renames a named condition, keeping its place, and the references of the rules and of the other named conditions with it. */
export function renameCondition(ruleset: Ruleset, from: string, to: string): Ruleset {
  const named = ruleset.conditions ?? {};
  if (from === to || !Object.hasOwn(named, from) || Object.hasOwn(named, to)) return ruleset;
  const conditions = Object.fromEntries(
    Object.entries(named).map(([name, c]) => [name === from ? to : name, renamedIn(c, from, to)]),
  );
  const rules = ruleset.rules.map((rule) => ({ ...rule, conditions: renamedIn(rule.conditions, from, to) }));
  return { ...ruleset, conditions, rules };
}

/** Adds a named condition that holds always (an empty "all"), under a name not yet taken. */
export function addCondition(ruleset: Ruleset): { ruleset: Ruleset; name: string } {
  const named = ruleset.conditions ?? {};
  let n = Object.keys(named).length + 1;
  while (Object.hasOwn(named, `condition${n}`)) n++;
  const name = `condition${n}`;
  return { ruleset: { ...ruleset, conditions: { ...named, [name]: { all: [] } } }, name };
}

/** Removes a named condition; references left to it are reported by validate() where they stand. */
export function removeCondition(ruleset: Ruleset, name: string): Ruleset {
  const { [name]: _gone, ...rest } = ruleset.conditions ?? {};
  const { conditions: _all, ...without } = ruleset;
  return Object.keys(rest).length ? { ...without, conditions: rest } : without;
}
