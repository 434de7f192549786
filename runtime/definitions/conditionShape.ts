import type { FieldCondition, ConditionTest } from './form';
import type { DefinitionError } from './types';

const TESTS = ['equals', 'in', 'between', 'notEmpty'] as const;

/** One test's shape: at most one of equals/in/between/notEmpty; a range with a bound, of one kind, in order. */
function testProblems(test: ConditionTest, at: string): DefinitionError[] {
  const stated = TESTS.filter((k) => test[k] !== undefined);
  if (stated.length > 1)
    return [
      {
        path: `${at}/${stated[1]}`,
        message: `state one test (equals, in, between or notEmpty), not ${stated.join(' and ')}`,
      },
    ];
  const range = test.between;
  if (!range) return [];
  if (range.min === undefined && range.max === undefined)
    return [{ path: `${at}/between`, message: 'a range needs min, max or both' }];
  if (range.min !== undefined && range.max !== undefined) {
    if (typeof range.min !== typeof range.max)
      return [{ path: `${at}/between/max`, message: 'min and max must be of one kind (both numbers or both dates)' }];
    if (range.min > range.max) return [{ path: `${at}/between/max`, message: 'must not be less than min' }];
  }
  return [];
}

/**
 * A condition's shape, its `or` alternatives included, with `exists` saying whether a named field is there
 * (undefined: not judged here). validate() calls it on every visibleWhen, fee row and check `when`.
 */
export function conditionProblems(
  condition: FieldCondition,
  at: string,
  exists?: (path: string) => boolean,
): DefinitionError[] {
  const errors = testProblems(condition, at);
  condition.or?.forEach((alternative, j) => {
    errors.push(...testProblems(alternative, `${at}/or/${j}`));
    if (exists && !exists(alternative.field))
      errors.push({ path: `${at}/or/${j}/field`, message: `no field "${alternative.field}" in this form` });
  });
  return errors;
}
