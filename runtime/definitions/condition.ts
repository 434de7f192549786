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

/**
 * A json-rules-engine condition: a boolean node (all / any / not) or a leaf
 * (fact, operator, value). One flat object shape keeps ajv's errors pointed;
 * validate() checks that exactly one of all / any / not / fact is given.
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
      },
      { additionalProperties: false },
    ),
  { $id: 'Condition' },
);
export type Condition = Static<typeof Condition>;
