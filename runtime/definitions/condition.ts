import { Type, type Static, type TThis } from '@sinclair/typebox';

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

/** The key that tells each member of the Condition union apart, in the union's order. */
export const CONDITION_KEYS = ['all', 'any', 'not', 'fact', 'condition'] as const;

export const CONDITION_KEYS_MESSAGE = 'a condition has exactly one of "all", "any", "not", "fact" or "condition"';

const name = Type.Optional(Type.String());

/** Each member closed: a second member's key on a node is an error, not a key silently ignored. */
const members = (Self: TThis) =>
  [
    Type.Object({ all: Type.Array(Self, { maxItems: 200 }), name }, { additionalProperties: false }),
    Type.Object({ any: Type.Array(Self, { maxItems: 200 }), name }, { additionalProperties: false }),
    Type.Object({ not: Self, name }, { additionalProperties: false }),
    Type.Object(
      {
        fact: Type.String({ minLength: 1, maxLength: 120 }),
        operator: Type.String({ enum: [...BUILTIN_OPERATORS, ...CUSTOM_OPERATORS] }),
        value: Type.Unknown(),
        path: Type.Optional(Type.String({ pattern: '^\\$(\\.[A-Za-z0-9_-]+|\\[[0-9]+\\])*$' })),
        params: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
        name,
      },
      { additionalProperties: false },
    ),
    Type.Object(
      { condition: Type.String({ pattern: CONDITION_NAME_PATTERN }), name },
      { additionalProperties: false, additionalPropertyMessage: 'a reference to a named condition has only its name' },
    ),
  ] as const;

/**
 * A json-rules-engine condition: a boolean node (all / any / not), a leaf (fact, operator,
 * value) or a reference to a ruleset's shared named condition (`{"condition": "name"}`, which
 * json-rules-engine evaluates as if the named condition stood in its place).
 *
 * json-rules-engine's JSON has no `type` tag: a node is told apart by the key it carries. `keyedBy`
 * names that key per member; ajv.ts turns the union into an if/then chain on it, so ajv checks
 * only the member the node's key names (errors point into that member, not at every branch) and
 * a node with none or two of the keys gets CONDITION_KEYS_MESSAGE at its own pointer.
 *
 * `params` are kept in the leaf only so that validate() can refuse them with a reason:
 * json-rules-engine hands a condition's params to a fact computed on demand, while Qagida's
 * facts are values resolved before evaluation, so params could only be ignored.
 */
export const Condition = Type.Recursive(
  (Self) =>
    Type.Union([...members(Self)], {
      keyedBy: [...CONDITION_KEYS],
      keyedMessage: CONDITION_KEYS_MESSAGE,
    }),
  { $id: 'Condition' },
);
export type Condition = Static<typeof Condition>;

export type AllCondition = Extract<Condition, { all: unknown }>;
export type AnyCondition = Extract<Condition, { any: unknown }>;
export type NotCondition = Extract<Condition, { not: unknown }>;
export type FactCondition = Extract<Condition, { fact: unknown }>;
export type ConditionReference = Extract<Condition, { condition: unknown }>;
