import { Type, type Static, type TSchema } from '@sinclair/typebox';
import {
  AnyObject,
  BODY_ERRORS,
  Instant,
  json,
  Nullable,
  pathParam,
  queryParam,
  route,
  type Answer,
  type RouteSpec,
} from './route';

export const RulesetEvaluateBody = Type.Object(
  {
    facts: AnyObject,
    data: Type.Optional(AnyObject),
    now: Type.Optional(Type.String({ format: 'date-time' })),
    version: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  { additionalProperties: false },
);
export const ChecklistEvaluateBody = Type.Object(
  {
    answers: AnyObject,
    from: Type.Optional(Type.String({ format: 'date' })),
    lang: Type.Optional(Type.Union([Type.Literal('kk'), Type.Literal('ru'), Type.Literal('en')])),
    version: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  { additionalProperties: false },
);
/** A candidate definition whose effect on the cases in flight is previewed; nothing is stored. */
export const ImpactBody = Type.Object({ definition: AnyObject }, { additionalProperties: false });

const FiredEvent = Type.Object({ type: Type.String(), params: Type.Optional(Type.Unknown()), rule: Type.String() });
const RuleResult = Type.Object({ id: Type.String(), fired: Type.Boolean(), facts: Type.Unknown() });

/** A ruleset's dry run: the events fired and, per rule, whether it fired on which facts. */
export const RulesetEvaluation = Type.Object({
  ruleset: Type.String(),
  version: Type.Integer(),
  events: Type.Array(FiredEvent),
  rules: Type.Array(RuleResult),
  facts: Type.Unknown(),
});
/** A checklist's dry run: the score, the recommendations and the roadmap they make. */
export const ChecklistEvaluation = Type.Object({
  checklist: Type.String(),
  version: Type.Integer(),
  score: Type.Number(),
  maxScore: Type.Number(),
  percent: Type.Number(),
  facts: Type.Unknown(),
  recommendations: Type.Array(AnyObject),
  roadmap: Type.Array(AnyObject),
  evaluation: Type.Object({ events: Type.Array(FiredEvent), rules: Type.Array(RuleResult) }),
  notAsked: Type.Array(Type.Unknown()),
});
export const RulesetImpact = Type.Array(
  Type.Object({
    case: Type.String(),
    before: Type.Array(Type.String()),
    after: Type.Array(Type.String()),
    /** the candidate could not be evaluated on this case's facts */
    error: Type.Optional(Type.String()),
  }),
);
export const CalendarImpact = Type.Array(
  Type.Object({
    case: Type.String(),
    service: Type.String(),
    deadline: Type.String(),
    before: Nullable(Instant),
    after: Nullable(Instant),
  }),
);
export type CalendarImpact = Static<typeof CalendarImpact>;
export const DeadlineAnswer = Type.Object(
  {
    calendar: Type.String(),
    version: Type.Integer(),
    from: Instant,
    receivedAt: Instant,
    amount: Type.Integer(),
    unit: Type.String(),
    due: Instant,
    dueDate: Type.String(),
  },
  {
    examples: [
      {
        calendar: 'kz-2026',
        version: 1,
        from: '2026-03-06T12:00:00.000Z',
        receivedAt: '2026-03-06T12:00:00.000Z',
        amount: 5,
        unit: 'working-days',
        due: '2026-03-16T13:00:00.000Z',
        dueDate: '2026-03-16',
      },
    ],
  },
);

/**
 * A dry run on one definition (POST, its id in the path, a JSON body): the answer `ok`, a 404 when
 * `missing` names what is not there, and the body's errors; nothing is stored.
 */
const dryRun = (
  line: `POST /api/${string}/{id}/${string}`,
  summary: string,
  body: TSchema,
  ok: Answer,
  missing?: string,
): RouteSpec =>
  route(line, 'dry runs', summary, {
    parameters: [pathParam('id')],
    body: { schema: body },
    responses: missing ? { 200: ok, 404: missing, ...BODY_ERRORS } : { 200: ok, ...BODY_ERRORS },
  });

export const DRY_RUN_ROUTES: RouteSpec[] = [
  dryRun(
    'POST /api/rulesets/{id}/evaluate',
    'Dry run: evaluate a ruleset against given facts; nothing is stored',
    RulesetEvaluateBody,
    json('events fired and why', RulesetEvaluation),
    'no ruleset',
  ),
  dryRun(
    'POST /api/checklists/{id}/evaluate',
    'Dry run: score a checklist, recommendations and roadmap',
    ChecklistEvaluateBody,
    json('score, recommendations, roadmap', ChecklistEvaluation),
    'no checklist',
  ),
  dryRun(
    'POST /api/rulesets/{id}/impact',
    'Preview (admins): cases in flight a candidate ruleset would judge differently; nothing is stored',
    ImpactBody,
    json('[{case, before, after}]', RulesetImpact),
  ),
  dryRun(
    'POST /api/calendars/{id}/impact',
    'Preview (admins): deadlines of cases in flight a candidate calendar would move; nothing is stored',
    ImpactBody,
    json('[{case, service, deadline, before, after}]', CalendarImpact),
  ),
  route('GET /api/calendars/{id}/deadline', 'dry runs', 'Due instant of a term on a working calendar', {
    parameters: [
      pathParam('id'),
      queryParam('from', 'date or date-time'),
      queryParam('amount', 'integer', { type: 'integer' }),
      queryParam('unit', 'unit'),
    ],
    responses: { 200: json('{due}', DeadlineAnswer), 404: 'no calendar', 422: 'bad query' },
  }),
];
