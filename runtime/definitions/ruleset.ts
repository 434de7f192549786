import { Type, type Static } from '@sinclair/typebox';
import { Id, LocalizedText, Source, definitionHeader } from './common';
import { Condition } from './condition';
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

export const EventDeclaration = Type.Object(
  {
    type: Id,
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
        type: Id,
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
    rules: Type.Array(Rule, { maxItems: 1000 }),
  },
  { additionalProperties: false },
);
export type Ruleset = Static<typeof Ruleset>;
