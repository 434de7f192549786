import type {
  AllCondition,
  AnyCondition,
  Condition,
  ConditionReference,
  FactCondition,
  NotCondition,
} from './condition';

/*
 * Which member of the Condition union a node is, by the key it carries (json-rules-engine's JSON
 * has no type tag). A key present but undefined counts as absent: the designer's drafts spread
 * nodes, and validate() has not judged them yet.
 */

export const isAllCondition = (c: Condition | undefined): c is AllCondition =>
  c !== undefined && 'all' in c && c.all !== undefined;
export const isAnyCondition = (c: Condition | undefined): c is AnyCondition =>
  c !== undefined && 'any' in c && c.any !== undefined;
export const isNotCondition = (c: Condition | undefined): c is NotCondition =>
  c !== undefined && 'not' in c && c.not !== undefined;
export const isFactCondition = (c: Condition | undefined): c is FactCondition =>
  c !== undefined && 'fact' in c && c.fact !== undefined;
export const isConditionReference = (c: Condition | undefined): c is ConditionReference =>
  c !== undefined && 'condition' in c && c.condition !== undefined;

/** The children of a boolean node (a `not` has one); none for a leaf or a reference. */
export function childConditions(c: Condition): readonly Condition[] {
  if (isAllCondition(c)) return c.all;
  if (isAnyCondition(c)) return c.any;
  return isNotCondition(c) ? [c.not] : [];
}
