import { Type, type Static } from '@sinclair/typebox';
import { Duration, Id, LocalizedText, Source, definitionHeader } from './common';
import { Condition } from './condition';
import { FactName } from './ruleset';

/** Who may act as an actor: application roles, or the system itself for automatic steps. */
export const ACTOR_KINDS = ['staff', 'system', 'applicant', 'external'] as const;

export const Actor = Type.Object(
  {
    id: Id,
    label: LocalizedText,
    kind: Type.String({ enum: [...ACTOR_KINDS] }),
    /** user groups whose members act for this actor (a PSC office, a ministry unit); any user of the role when absent */
    groups: Type.Optional(Type.Array(Id, { maxItems: 50 })),
    source: Type.Optional(Source),
  },
  { additionalProperties: false },
);

export const Transition = Type.Object(
  {
    to: Id,
    when: Type.Optional(Condition),
  },
  { additionalProperties: false },
);

export const Action = Type.Object(
  {
    id: Id,
    label: LocalizedText,
    to: Id,
    /** the action is offered only while this holds */
    when: Type.Optional(Condition),
    /** the action must be given reasons (a refusal must be reasoned) */
    requiresReason: Type.Optional(Type.Boolean()),
    /** facts the actor states with this action (ruleset facts `from: "input"`), e.g. what the condition or the next auto step reads */
    inputs: Type.Optional(Type.Array(FactName, { maxItems: 50 })),
    source: Type.Optional(Source),
  },
  { additionalProperties: false },
);

/** A form of the service (one of its `forms`) that staff fill at a step and send with its action. */
export const StepForm = Type.Object(
  {
    id: Id,
    /** every action of the step needs it filled (now or at an earlier step) */
    required: Type.Optional(Type.Boolean()),
    source: Type.Optional(Source),
  },
  { additionalProperties: false },
);
export type StepForm = Static<typeof StepForm>;

export const STEP_TYPES = ['task', 'auto', 'end'] as const;
export const OUTCOMES = ['issued', 'refused', 'cancelled', 'withdrawn', 'completed', 'rejected'] as const;

/**
 * A step of the process. A task waits for one of its actions; an auto step is
 * taken by the system at once, along the first `next` whose condition holds;
 * an end step closes the case with an outcome.
 */
export const Step = Type.Object(
  {
    id: Id,
    /** the number the act gives the step in its table, for citation */
    number: Type.Optional(Type.String()),
    type: Type.String({ enum: [...STEP_TYPES] }),
    actor: Type.Optional(Id),
    label: LocalizedText,
    /** the completion form: what exists when the step is done */
    output: Type.Optional(LocalizedText),
    limit: Type.Optional(Duration),
    /** the forms staff fill at this step (the Desk shows them and sends their data with the action) */
    forms: Type.Optional(Type.Array(StepForm, { maxItems: 20 })),
    actions: Type.Optional(Type.Array(Action, { maxItems: 50 })),
    next: Type.Optional(Type.Array(Transition, { maxItems: 50 })),
    outcome: Type.Optional(Type.String({ enum: [...OUTCOMES] })),
    source: Type.Optional(Source),
  },
  { additionalProperties: false },
);
export type Step = Static<typeof Step>;

export const Process = Type.Object(
  {
    ...definitionHeader('process'),
    actors: Type.Array(Actor, { minItems: 1 }),
    start: Id,
    steps: Type.Array(Step, { minItems: 1, maxItems: 500 }),
  },
  { additionalProperties: false },
);
export type Process = Static<typeof Process>;
