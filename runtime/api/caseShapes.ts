import { Type, type Static } from '@sinclair/typebox';
import { Duration, LocalizedText, Source } from '../definitions/common';
import { AnyObject, Instant, Nullable } from './route';

/**
 * The shapes of a case as the API answers them: the server builds them, the Desk reads them.
 * Request bodies and the routes are in cases.ts.
 */
export const CaseStatus = Type.Union([Type.Literal('draft'), Type.Literal('in-progress'), Type.Literal('done')]);

/** One definition a case is pinned to: its id and the version the case keeps using. */
export const Pin = Type.Object({ id: Type.String(), version: Type.Integer() });
export type Pin = Static<typeof Pin>;
/** The exact definition versions a case was started with. */
export const Pins = Type.Object(
  {
    service: Pin,
    form: Pin,
    calendar: Pin,
    processes: Type.Array(Pin),
    rulesets: Type.Array(Pin),
    templates: Type.Array(Pin),
    /** the service's extra forms (decision, information form, survey); absent on cases started before they were pinned */
    forms: Type.Optional(Type.Array(Pin)),
    /** the dictionaries the case's forms name; absent on cases started before dictionaries existed */
    dictionaries: Type.Optional(Type.Array(Pin)),
    /** the connectors its forms, rulesets, documents and hand-offs call; absent on cases started before they were pinned */
    connectors: Type.Optional(Type.Array(Pin)),
    /** the application date the versions were chosen for: computed ages and fees count on it */
    on: Type.Optional(Type.String()),
  },
  // closed: the server's type is this one, so a key the server adds must be added here (the contract test checks)
  { additionalProperties: false },
);
export type Pins = Static<typeof Pins>;

/** What one ruleset concluded on the case: the events fired and, per rule, whether it fired on which facts. */
export const RulesetOutcome = Type.Object({
  ruleset: Type.String(),
  version: Type.Optional(Type.Integer()),
  events: Type.Array(Type.Object({ type: Type.String(), params: Type.Optional(AnyObject), rule: Type.String() })),
  rules: Type.Array(Type.Object({ id: Type.String(), fired: Type.Boolean(), facts: AnyObject })),
});

/** A case as stored: what starting, saving, submitting, acting and the survey answer. */
export const CaseRecord = Type.Object({
  id: Type.String(),
  service: Type.String(),
  serviceVersion: Type.Integer(),
  pins: Pins,
  channel: Type.String(),
  status: CaseStatus,
  /** absent on a case just started (a draft has no step yet) */
  step: Type.Optional(Nullable(Type.String())),
  outcome: Type.Optional(Nullable(Type.String())),
  data: AnyObject,
  state: Nullable(AnyObject),
  outcomes: Type.Array(RulesetOutcome),
  facts: Nullable(AnyObject),
  deadlines: Type.Array(Type.Object({ id: Type.String(), due: Nullable(Instant) })),
  nextDueAt: Nullable(Instant),
  submittedAt: Nullable(Instant),
  receivedAt: Nullable(Instant),
  closedAt: Nullable(Instant),
  revision: Type.Integer(),
  createdBy: Type.String(),
  createdAt: Instant,
  updatedAt: Instant,
  /** data of the service's extra forms, by form id */
  forms: Type.Record(Type.String(), AnyObject),
  replay: Nullable(AnyObject),
  /** e.g. AR-2026-000123, given on submission; null for a draft */
  number: Nullable(Type.String()),
  assignee: Nullable(Type.String()),
  applicantName: Nullable(Type.String()),
  applicantId: Nullable(Type.String()),
});
export type CaseRecordView = Static<typeof CaseRecord>;

/** A case as the queue lists it (GET /api/cases, claim, release). */
export const CaseSummary = Type.Object(
  {
    id: Type.String(),
    number: Nullable(Type.String()),
    service: Type.String(),
    channel: Type.String(),
    status: CaseStatus,
    step: Nullable(Type.String()),
    outcome: Nullable(Type.String()),
    stepDue: Nullable(Instant),
    nextDueAt: Nullable(Instant),
    overdue: Type.Boolean(),
    applicantName: Nullable(Type.String()),
    applicantId: Nullable(Type.String()),
    assignee: Nullable(Type.String()),
    createdAt: Instant,
    submittedAt: Nullable(Instant),
    updatedAt: Instant,
    createdBy: Type.String(),
  },
  {
    examples: [
      {
        id: 'c2f0a6c4-2b1e-4c55-9d6e-0b3a1f1b7c11',
        number: 'BR-2026-000012',
        service: 'birth-registration',
        channel: 'psc',
        status: 'in-progress',
        step: 'review',
        outcome: null,
        stepDue: '2026-03-04T13:00:00.000Z',
        nextDueAt: '2026-03-04T13:00:00.000Z',
        overdue: false,
        applicantName: 'Нұрлан Ахметов',
        applicantId: '900101300123',
        assignee: 'aigerim',
        createdAt: '2026-03-02T09:00:00.000Z',
        submittedAt: '2026-03-02T09:05:00.000Z',
        updatedAt: '2026-03-02T09:05:00.000Z',
        createdBy: 'aigerim',
      },
    ],
  },
);
export type CaseSummary = Static<typeof CaseSummary>;
export const CaseList = Type.Object({ cases: Type.Array(CaseSummary), total: Type.Integer({ minimum: 0 }) });
export type CaseList = Static<typeof CaseList>;

/** A fact an action's condition needs from the person acting. */
export const InputView = Type.Object({ id: Type.String(), type: Type.String(), label: Type.Optional(LocalizedText) });
export type InputView = Static<typeof InputView>;

/** An action of the case's current step as the case page and the preview list it. */
export const ActionView = Type.Object({
  id: Type.String(),
  label: LocalizedText,
  to: Type.String(),
  requiresReason: Type.Boolean(),
  /** whether its condition holds now (for the preview: on the data sent) */
  available: Type.Boolean(),
  /** for a "not before" action: the instant from which it may be taken */
  possibleFrom: Type.Optional(Instant),
  /** what may be sent with it: extra forms by id, and the facts rulesets read from the actor's input */
  accepts: Type.Object({ forms: Type.Array(Type.String()), input: Type.Array(InputView) }),
  /** the forms the step asks staff to fill, at the versions the case pinned */
  forms: Type.Array(Type.Object({ id: Type.String(), version: Nullable(Type.Integer()), required: Type.Boolean() })),
  /** the facts the action asks the actor to state */
  inputs: Type.Array(InputView),
});
export type ActionView = Static<typeof ActionView>;
export const ActionsPreview = Type.Object({ actions: Type.Array(ActionView) });

/** A step of the case's process, with its time limit, for the case page. */
export const StepView = Type.Object({
  id: Type.String(),
  number: Type.Optional(Type.String()),
  label: LocalizedText,
  type: Type.String({ enum: ['task', 'auto', 'end'] }),
  actor: Type.Optional(Type.String()),
  actorLabel: Type.Optional(LocalizedText),
  limit: Type.Optional(Duration),
  outcome: Type.Optional(Type.String()),
});
export type StepView = Static<typeof StepView>;

/** One entry of a case's history: who, when, what, from and to which step, with what reason. */
export const CaseEventView = Type.Object({
  id: Type.Integer(),
  type: Type.String(),
  action: Nullable(Type.String()),
  fromStep: Nullable(Type.String()),
  toStep: Nullable(Type.String()),
  actor: Type.String(),
  role: Nullable(Type.String()),
  reason: Nullable(Type.String()),
  payload: Nullable(AnyObject),
  at: Instant,
  /** labels where the process names the action and the steps */
  label: Type.Optional(LocalizedText),
  fromLabel: Type.Optional(LocalizedText),
  toLabel: Type.Optional(LocalizedText),
});
export type CaseEventView = Static<typeof CaseEventView>;

const CurrentStep = Type.Object({
  id: Type.String(),
  label: LocalizedText,
  number: Type.Optional(Type.String()),
  actor: Type.Optional(Type.String()),
  actorLabel: Type.Optional(LocalizedText),
  limit: Type.Optional(Duration),
  enteredAt: Instant,
  due: Nullable(Instant),
});

const Evaluation = Type.Object({
  at: Nullable(Instant),
  events: Type.Array(
    Type.Object({
      ruleset: Type.String(),
      type: Type.String(),
      label: Type.Optional(LocalizedText),
      rule: Type.String(),
      params: Type.Optional(AnyObject),
    }),
  ),
  rules: Type.Array(
    Type.Object({
      ruleset: Type.String(),
      id: Type.String(),
      label: Type.Optional(LocalizedText),
      fired: Type.Boolean(),
      facts: AnyObject,
      source: Type.Optional(Source),
    }),
  ),
});

/** Everything the Desk's case page shows, in one answer (GET /api/cases/{id}). */
export const CaseView = Type.Composite([
  Type.Omit(CaseRecord, ['deadlines']),
  Type.Object({
    /** by THE definition of overdue (runtime/process/overdue.ts), as the queue says */
    overdue: Type.Boolean(),
    currentStep: Nullable(CurrentStep),
    /** every step of the process the case follows */
    steps: Type.Array(StepView),
    deadlines: Type.Array(
      Type.Object({
        id: Type.String(),
        due: Nullable(Instant),
        /** working days from today to the due day on the service's calendar (0: due today, negative: overdue) */
        workingDaysLeft: Nullable(Type.Integer()),
        label: Type.Optional(LocalizedText),
        source: Type.Optional(Source),
      }),
    ),
    /** actions this caller may take now (the Desk's buttons) */
    actions: Type.Array(ActionView),
    /** every action of the current step the caller's role may take, available now or not */
    stepActions: Type.Array(ActionView),
    evaluation: Evaluation,
    events: Type.Array(CaseEventView),
    documents: Type.Array(
      Type.Object({
        output: Type.String(),
        lang: Type.String(),
        templateId: Type.String(),
        templateVersion: Type.Integer(),
      }),
    ),
  }),
]);
export type CaseView = Static<typeof CaseView>;
