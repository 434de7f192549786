import { Type, type Static, type TSchema } from '@sinclair/typebox';

/** Request bodies other than definitions; each one validates the request and documents it in OpenAPI. */
export const LoginBody = Type.Object(
  { username: Type.String({ minLength: 1, maxLength: 80 }), password: Type.String({ minLength: 1, maxLength: 1000 }) },
  { additionalProperties: false },
);
export const PublishBody = Type.Object(
  { baseRevision: Type.Optional(Type.Integer({ minimum: 0 })) },
  { additionalProperties: false },
);
export const CaseStartBody = Type.Object(
  {
    service: Type.String({ minLength: 1, maxLength: 80 }),
    channel: Type.String({ minLength: 1, maxLength: 80 }),
    data: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    /** the day the case is judged by: the versions in force then are pinned (default: today) */
    applicationDate: Type.Optional(
      Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}([T ][0-9:.]+(Z|[+-]\\d{2}:?\\d{2})?)?$', maxLength: 40 }),
    ),
  },
  { additionalProperties: false },
);
export const CaseDataBody = Type.Object(
  { data: Type.Record(Type.String(), Type.Unknown()), baseRevision: Type.Optional(Type.Integer({ minimum: 1 })) },
  { additionalProperties: false },
);
export const CaseSubmitBody = Type.Object(
  {
    data: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    baseRevision: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  { additionalProperties: false },
);
export const CaseActionBody = Type.Object(
  {
    reason: Type.Optional(Type.String({ maxLength: 10000 })),
    input: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    /** data of the forms the step asks for, by form id (as the Desk sends them) */
    forms: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    /** data of the service's extra forms: of `form` when given, else keyed by form id */
    data: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    form: Type.Optional(Type.String({ minLength: 1, maxLength: 80 })),
    /** a detached CMS signature (base64 DER) over the case's signing payload; its checked facts replace asserted ones */
    signature: Type.Optional(Type.String({ minLength: 1, maxLength: 200000 })),
    baseRevision: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  { additionalProperties: false },
);
/** What would make which actions available: the forms and input an action would carry; nothing is stored. */
export const CaseActionsPreviewBody = Type.Object(
  {
    forms: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    data: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    form: Type.Optional(Type.String({ minLength: 1, maxLength: 80 })),
    input: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  },
  { additionalProperties: false },
);
/** The applicant's answers to the service's quality survey. */
export const SurveyBody = Type.Object(
  { answers: Type.Record(Type.String(), Type.Unknown()), baseRevision: Type.Optional(Type.Integer({ minimum: 1 })) },
  { additionalProperties: false },
);
/** A candidate definition whose effect on the cases in flight is previewed; nothing is stored. */
export const ImpactBody = Type.Object(
  { definition: Type.Record(Type.String(), Type.Unknown()) },
  { additionalProperties: false },
);
export const RulesetEvaluateBody = Type.Object(
  {
    facts: Type.Record(Type.String(), Type.Unknown()),
    data: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    now: Type.Optional(Type.String({ format: 'date-time' })),
    version: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  { additionalProperties: false },
);
export const ChecklistEvaluateBody = Type.Object(
  {
    answers: Type.Record(Type.String(), Type.Unknown()),
    from: Type.Optional(Type.String({ format: 'date' })),
    lang: Type.Optional(Type.Union([Type.Literal('kk'), Type.Literal('ru'), Type.Literal('en')])),
    version: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  { additionalProperties: false },
);
export const UserCreateBody = Type.Object(
  {
    username: Type.String({ pattern: '^[a-z0-9][a-z0-9._-]{1,79}$' }),
    password: Type.String({ minLength: 10, maxLength: 1000 }),
    role: Type.Union([Type.Literal('admin'), Type.Literal('analyst'), Type.Literal('staff')]),
    displayName: Type.Optional(Type.String({ maxLength: 200 })),
    /** where the user's notices go */
    email: Type.Optional(Type.String({ format: 'email', maxLength: 320 })),
  },
  { additionalProperties: false },
);
export const UserUpdateBody = Type.Object(
  {
    password: Type.Optional(Type.String({ minLength: 10, maxLength: 1000 })),
    role: Type.Optional(Type.Union([Type.Literal('admin'), Type.Literal('analyst'), Type.Literal('staff')])),
    displayName: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Null()])),
    active: Type.Optional(Type.Boolean()),
    /** where the user's notices go; null removes it */
    email: Type.Optional(Type.Union([Type.String({ format: 'email', maxLength: 320 }), Type.Null()])),
  },
  { additionalProperties: false },
);

/** The groups a user belongs to (ids as process actors name them). */
export const UserGroupsBody = Type.Object(
  { groups: Type.Array(Type.String({ pattern: '^[a-z0-9][a-z0-9._-]{0,79}$' }), { maxItems: 50 }) },
  { additionalProperties: false },
);

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** A case as the queue lists it (GET /api/cases, claim, release). */
export const CaseSummary = Type.Object({
  id: Type.String(),
  number: Nullable(Type.String()),
  service: Type.String(),
  channel: Type.String(),
  status: Type.String({ enum: ['draft', 'in-progress', 'done'] }),
  step: Nullable(Type.String()),
  outcome: Nullable(Type.String()),
  stepDue: Nullable(Type.String({ format: 'date-time' })),
  nextDueAt: Nullable(Type.String({ format: 'date-time' })),
  overdue: Type.Boolean(),
  applicantName: Nullable(Type.String()),
  applicantId: Nullable(Type.String()),
  assignee: Nullable(Type.String()),
  createdAt: Type.String({ format: 'date-time' }),
  submittedAt: Nullable(Type.String({ format: 'date-time' })),
  updatedAt: Type.String({ format: 'date-time' }),
});
const Label = Type.Record(Type.String(), Type.String(), { description: 'text per language: kk, ru, en' });
const Limit = Type.Object({ amount: Type.Number(), unit: Type.String() }, { additionalProperties: true });
const InputView = Type.Object({ id: Type.String(), type: Type.String(), label: Type.Optional(Label) });

/** An action of the case's current step as the case page and the preview list it. */
export const ActionView = Type.Object({
  id: Type.String(),
  label: Label,
  to: Type.String(),
  requiresReason: Type.Boolean(),
  /** whether its condition holds now (for the preview: on the data sent) */
  available: Type.Boolean(),
  /** for a "not before" action: the instant from which it may be taken */
  possibleFrom: Type.Optional(Type.String({ description: 'ISO 8601 instant' })),
  accepts: Type.Object({ forms: Type.Array(Type.String()), input: Type.Array(InputView) }),
  /** the forms the step asks staff to fill, at the versions the case pinned */
  forms: Type.Array(Type.Object({ id: Type.String(), version: Nullable(Type.Integer()), required: Type.Boolean() })),
  /** the facts the action asks the actor to state */
  inputs: Type.Array(InputView),
});
/** A step of the case's process, with its time limit, for the case page. */
export const StepView = Type.Object({
  id: Type.String(),
  number: Type.Optional(Type.String()),
  label: Label,
  type: Type.String({ enum: ['task', 'auto', 'end'] }),
  actor: Type.Optional(Type.String()),
  actorLabel: Type.Optional(Label),
  limit: Type.Optional(Limit),
  outcome: Type.Optional(Type.String()),
});
export const ActionsPreview = Type.Object({ actions: Type.Array(ActionView) });

export const CaseList = Type.Object({ cases: Type.Array(CaseSummary), total: Type.Integer({ minimum: 0 }) });

export const ErrorBody = Type.Object({
  error: Type.Object({
    code: Type.String(),
    message: Type.String(),
    details: Type.Array(Type.Object({ path: Type.String(), message: Type.String() })),
  }),
});

export const REQUEST_SCHEMAS = {
  LoginBody,
  PublishBody,
  CaseStartBody,
  CaseDataBody,
  CaseSubmitBody,
  CaseActionBody,
  CaseActionsPreviewBody,
  SurveyBody,
  ImpactBody,
  RulesetEvaluateBody,
  ChecklistEvaluateBody,
  UserCreateBody,
  UserUpdateBody,
  UserGroupsBody,
  CaseSummary,
  CaseList,
  ActionView,
  StepView,
  ActionsPreview,
  ErrorBody,
} as const satisfies Record<string, TSchema>;

export type LoginBody = Static<typeof LoginBody>;
export type CaseStartBody = Static<typeof CaseStartBody>;
export type CaseDataBody = Static<typeof CaseDataBody>;
export type CaseSubmitBody = Static<typeof CaseSubmitBody>;
export type CaseActionBody = Static<typeof CaseActionBody>;
export type SurveyBody = Static<typeof SurveyBody>;
export type ImpactBody = Static<typeof ImpactBody>;
export type RulesetEvaluateBody = Static<typeof RulesetEvaluateBody>;
export type ChecklistEvaluateBody = Static<typeof ChecklistEvaluateBody>;
export type UserCreateBody = Static<typeof UserCreateBody>;
export type UserUpdateBody = Static<typeof UserUpdateBody>;
export type UserGroupsBody = Static<typeof UserGroupsBody>;
