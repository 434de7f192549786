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
    /** data of the service's extra forms: of `form` when given, else keyed by form id */
    data: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    form: Type.Optional(Type.String({ minLength: 1, maxLength: 80 })),
    /** a detached CMS signature (base64 DER) over the case's signing payload; its checked facts replace asserted ones */
    signature: Type.Optional(Type.String({ minLength: 1, maxLength: 200000 })),
    baseRevision: Type.Optional(Type.Integer({ minimum: 1 })),
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
  },
  { additionalProperties: false },
);
export const UserUpdateBody = Type.Object(
  {
    password: Type.Optional(Type.String({ minLength: 10, maxLength: 1000 })),
    role: Type.Optional(Type.Union([Type.Literal('admin'), Type.Literal('analyst'), Type.Literal('staff')])),
    displayName: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Null()])),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

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
  SurveyBody,
  ImpactBody,
  RulesetEvaluateBody,
  ChecklistEvaluateBody,
  UserCreateBody,
  UserUpdateBody,
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
