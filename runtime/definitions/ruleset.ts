import { Type, type Static } from '@sinclair/typebox';
import { Id, LocalizedText, Source, definitionHeader } from './common';
import { CONDITION_NAME_PATTERN, Condition } from './condition';
import { ConnectorFact } from './connector';

export const FactName = Type.String({ pattern: '^[A-Za-z][A-Za-z0-9_.-]{0,119}$' });

export const FACT_TYPES = ['string', 'number', 'boolean', 'date', 'array', 'object'] as const;

/**
 * Where a fact's value comes from when a case is evaluated:
 * data (a JSON pointer into the form data), case (a pointer into the case:
 * channel, submittedAt, history…), answers (a checklist answer), deadline (the due
 * instant of a named deadline), count (the length of an array at a pointer),
 * input (given by the caller: an action's parameters, a dry run) and now.
 */
export const FACT_ORIGINS = ['data', 'case', 'answers', 'deadline', 'count', 'input', 'now'] as const;

export const FactDeclaration = Type.Object(
  {
    id: FactName,
    type: Type.String({ enum: [...FACT_TYPES] }),
    label: Type.Optional(LocalizedText),
    from: Type.String({ enum: [...FACT_ORIGINS] }),
    /** JSON pointer for data, case, answers and count */
    path: Type.Optional(Type.String({ pattern: '^(/[^/]*)*$' })),
    /** deadline id, for from = deadline */
    deadline: Type.Optional(Id),
    /** for from = data: the service form (main or one of `forms`) the pointer reads; the main form when absent */
    form: Type.Optional(Id),
    /** for from = input: the server fetches the value through a connector at submission (issue 18) */
    connector: Type.Optional(ConnectorFact),
    source: Type.Optional(Source),
  },
  { additionalProperties: false },
);
export type FactDeclaration = Static<typeof FactDeclaration>;

/**
 * An event type. json-rules-engine accepts any value as a type; Qagida takes any non-empty text
 * (upper case, spaces, colons, Cyrillic…) and nothing else, because fired events are read back as
 * text: the `events` fact is a list of strings, and the case history stores them as words.
 */
export const EventType = Type.String({ minLength: 1, maxLength: 200 });

export const EventDeclaration = Type.Object(
  {
    type: EventType,
    label: LocalizedText,
    source: Type.Optional(Source),
  },
  { additionalProperties: false },
);

export const Rule = Type.Object(
  {
    id: Id,
    label: Type.Optional(LocalizedText),
    priority: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
    conditions: Condition,
    event: Type.Object(
      {
        type: EventType,
        params: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
      },
      { additionalProperties: false },
    ),
    source: Type.Optional(Source),
  },
  { additionalProperties: false },
);
export type Rule = Static<typeof Rule>;

export const Ruleset = Type.Object(
  {
    ...definitionHeader('ruleset'),
    facts: Type.Array(FactDeclaration, { maxItems: 500 }),
    events: Type.Array(EventDeclaration, { maxItems: 500 }),
    /**
     * Shared named conditions (json-rules-engine's `engine.setCondition`): a rule or another named
     * condition refers to one as `{"condition": "name"}`. A named condition's top is all, any, not or
     * a reference; names refer to no one in a loop.
     */
    conditions: Type.Optional(
      Type.Record(Type.String({ pattern: CONDITION_NAME_PATTERN }), Condition, { additionalProperties: false }),
    ),
    /**
     * The events fire by rule priority (higher first), and at equal priority in the order the
     * rules are written here, on both evaluation paths. (json-rules-engine itself runs rules of
     * equal priority in parallel and reports them in the order they settle; Qagida gives each rule
     * a distinct engine priority so that the order is this one.)
     */
    rules: Type.Array(Rule, { maxItems: 1000 }),
  },
  { additionalProperties: false },
);
export type Ruleset = Static<typeof Ruleset>;
