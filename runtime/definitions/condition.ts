import { Type, type Static } from '@sinclair/typebox';

/** Operators json-rules-engine ships with. */
export const BUILTIN_OPERATORS = [
  'equal',
  'notEqual',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
] as const;

/** Operators Qagida adds for the regulations; implemented in runtime/rules/operators.ts. */
export const CUSTOM_OPERATORS = [
  'dateBefore',
  'dateAfter',
  'dateOnOrBefore',
  'dateOnOrAfter',
  'containsIgnoreCase',
  'isEmpty',
  'countInPeriodAtLeast',
] as const;

export const OPERATORS: readonly string[] = [...BUILTIN_OPERATORS, ...CUSTOM_OPERATORS];

/** The name of a shared condition of a ruleset (json-rules-engine's `engine.setCondition(name, …)`). */
export const CONDITION_NAME_PATTERN = '^[A-Za-z][A-Za-z0-9_.-]{0,119}$';

/**
 * A json-rules-engine condition: a boolean node (all / any / not), a leaf (fact, operator,
 * value) or a reference to a ruleset's shared named condition (`{"condition": "name"}`, which
 * json-rules-engine evaluates as if the named condition stood in its place). One flat object
 * shape keeps ajv's errors pointed; validate() checks that exactly one of all / any / not /
 * fact / condition is given.
 *
 * `params` are kept in the shape only so that validate() can refuse them with a reason:
 * json-rules-engine hands a condition's params to a fact computed on demand, while Qagida's
 * facts are values resolved before evaluation, so params could only be ignored.
 */
export const Condition = Type.Recursive(
  (Self) =>
    Type.Object(
      {
        all: Type.Optional(Type.Array(Self, { maxItems: 200 })),
        any: Type.Optional(Type.Array(Self, { maxItems: 200 })),
        not: Type.Optional(Self),
        fact: Type.Optional(Type.String({ minLength: 1, maxLength: 120 })),
        operator: Type.Optional(Type.String({ enum: [...BUILTIN_OPERATORS, ...CUSTOM_OPERATORS] })),
        value: Type.Optional(Type.Unknown()),
        path: Type.Optional(Type.String({ pattern: '^\\$(\\.[A-Za-z0-9_-]+|\\[[0-9]+\\])*$' })),
        params: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
        name: Type.Optional(Type.String()),
        condition: Type.Optional(Type.String({ pattern: CONDITION_NAME_PATTERN })),
      },
      { additionalProperties: false },
    ),
  { $id: 'Condition' },
);
export type Condition = Static<typeof Condition>;
