import { Type, type Static } from '@sinclair/typebox';
import { ActionsPreview, CaseList, CaseRecord, CaseSummary, CaseView } from './caseShapes';
import { AnyObject, BODY_ERRORS, json, pathParam, queryParam, route, type RouteSpec } from './route';

export * from './caseShapes';

export const CaseStartBody = Type.Object(
  {
    service: Type.String({ minLength: 1, maxLength: 80 }),
    channel: Type.String({ minLength: 1, maxLength: 80 }),
    data: Type.Optional(AnyObject),
    /** the day the case is judged by: the versions in force then are pinned (default: today) */
    applicationDate: Type.Optional(
      Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}([T ][0-9:.]+(Z|[+-]\\d{2}:?\\d{2})?)?$', maxLength: 40 }),
    ),
  },
  { additionalProperties: false },
);
export type CaseStartBody = Static<typeof CaseStartBody>;
export const CaseDataBody = Type.Object(
  { data: AnyObject, baseRevision: Type.Optional(Type.Integer({ minimum: 1 })) },
  { additionalProperties: false },
);
export type CaseDataBody = Static<typeof CaseDataBody>;
export const CaseSubmitBody = Type.Object(
  { data: Type.Optional(AnyObject), baseRevision: Type.Optional(Type.Integer({ minimum: 1 })) },
  { additionalProperties: false },
);
export type CaseSubmitBody = Static<typeof CaseSubmitBody>;
export const CaseActionBody = Type.Object(
  {
    reason: Type.Optional(Type.String({ maxLength: 10000 })),
    input: Type.Optional(AnyObject),
    /** data of the forms the step asks for, by form id (as the Desk sends them) */
    forms: Type.Optional(AnyObject),
    /** data of the service's extra forms: of `form` when given, else keyed by form id */
    data: Type.Optional(AnyObject),
    form: Type.Optional(Type.String({ minLength: 1, maxLength: 80 })),
    /** a detached CMS signature (base64 DER) over the case's signing payload; its checked facts replace asserted ones */
    signature: Type.Optional(Type.String({ minLength: 1, maxLength: 200000 })),
    baseRevision: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  { additionalProperties: false },
);
export type CaseActionBody = Static<typeof CaseActionBody>;
/** What would make which actions available: the forms and input an action would carry; nothing is stored. */
export const CaseActionsPreviewBody = Type.Object(
  {
    forms: Type.Optional(AnyObject),
    data: Type.Optional(AnyObject),
    form: Type.Optional(Type.String({ minLength: 1, maxLength: 80 })),
    input: Type.Optional(AnyObject),
  },
  { additionalProperties: false },
);
/** The applicant's answers to the service's quality survey. */
export const SurveyBody = Type.Object(
  { answers: AnyObject, baseRevision: Type.Optional(Type.Integer({ minimum: 1 })) },
  { additionalProperties: false },
);
export type SurveyBody = Static<typeof SurveyBody>;
export const DiscardedCase = Type.Object({ id: Type.String() });

const id = pathParam('id');

export const CASE_ROUTES: RouteSpec[] = [
  route(
    'POST /api/cases',
    'cases',
    "Start a case: pins the latest published service and everything it uses (connectors too); the form's prefills on start fill fields from registers with the inputs given in data",
    {
      body: { schema: CaseStartBody },
      responses: { 201: json('the case', CaseRecord), 404: 'no service', ...BODY_ERRORS },
    },
  ),
  route('GET /api/cases', 'cases', 'The queue: search, filter, sort and page the cases, with the total that matched', {
    parameters: [
      queryParam('q', 'substring of the case number, applicant name or IIN/BIN, any case'),
      queryParam('service', 'service id'),
      queryParam('step', 'current step id'),
      queryParam('status', 'draft, in-progress or done'),
      queryParam('due', '"today": the next due instant falls today'),
      queryParam('overdue', 'true: overdue (in progress, the next due instant has passed)'),
      queryParam(
        'assignee',
        '"me", "none", "group" (steps of my groups), "acted" (cases I started or acted on) or a username',
      ),
      queryParam(
        'sort',
        'number, service, status, step, stepDue, nextDueAt, submittedAt, updatedAt, applicantName or assignee; by default updatedAt, newest first, and with overdue=true nextDueAt, the most overdue first',
      ),
      queryParam('order', 'asc or desc (asc when a sort is given)'),
      queryParam('limit', 'page size (default 50, at most 500)', { type: 'integer' }),
      queryParam('offset', 'skip', { type: 'integer' }),
    ],
    responses: { 200: json('the page and the total', CaseList), 400: 'unknown filter or sort' },
  }),
  route(
    'GET /api/cases/{id}',
    'cases',
    'A case with its number, assignee, applicant, steps (with limits), events, actions (ActionView: forms and inputs asked) and documents',
    { parameters: [id], responses: { 200: json('the case', CaseView), 404: 'no case' } },
  ),
  route(
    'DELETE /api/cases/{id}',
    'cases',
    'Discard a draft that was never submitted, with its files (its starter or an admin)',
    {
      parameters: [id],
      responses: {
        200: json('{id}', DiscardedCase),
        403: 'neither its starter nor an admin',
        404: 'no case',
        409: 'submitted',
      },
    },
  ),
  route('PUT /api/cases/{id}/data', 'cases', 'Save a draft of the form data', {
    parameters: [id],
    body: { schema: CaseDataBody },
    responses: { 200: json('the case', CaseRecord), 404: 'no case', 409: 'submitted or stale', ...BODY_ERRORS },
  }),
  route(
    'POST /api/cases/{id}/submit',
    'cases',
    'Submit: validate, run the rules, start the process, compute deadlines',
    {
      parameters: [id],
      body: { schema: CaseSubmitBody },
      responses: {
        200: json('the case: status, deadlines, outcomes', CaseRecord),
        404: 'no case',
        409: 'already submitted or stale',
        ...BODY_ERRORS,
      },
    },
  ),
  route('POST /api/cases/{id}/actions/{action}', 'cases', 'Advance the process by an action', {
    parameters: [id, pathParam('action')],
    body: { schema: CaseActionBody },
    responses: {
      200: json('the case', CaseRecord),
      404: 'no case or action',
      409: 'action not available now',
      ...BODY_ERRORS,
    },
  }),
  route(
    'POST /api/cases/{id}/actions-preview',
    'cases',
    'Which actions the forms and input given would make available; nothing is stored',
    {
      parameters: [id],
      body: { schema: CaseActionsPreviewBody },
      responses: { 200: json('{actions}', ActionsPreview), 404: 'no case', 409: 'not in progress', ...BODY_ERRORS },
    },
  ),
  route('POST /api/cases/{id}/claim', 'cases', 'Claim the case (an admin may take it over)', {
    parameters: [id],
    responses: { 200: json('the case', CaseSummary), 404: 'no case', 409: 'claimed by someone else' },
  }),
  route('POST /api/cases/{id}/release', 'cases', 'Release a claimed case', {
    parameters: [id],
    responses: { 200: json('the case', CaseSummary), 404: 'no case', 409: 'claimed by someone else' },
  }),
  route(
    'POST /api/cases/{id}/survey',
    'cases',
    "Record the applicant's answers to the service's survey (entered by staff)",
    {
      parameters: [id],
      body: { schema: SurveyBody },
      responses: {
        200: json('the case', CaseRecord),
        404: 'no case, or its service has no survey',
        409: 'not submitted, already answered or stale',
        ...BODY_ERRORS,
      },
    },
  ),
  route('GET /api/cases/{id}/documents/{output}', 'cases', 'A rendered output document (HTML, or ?format=pdf)', {
    parameters: [id, pathParam('output'), queryParam('lang', 'kk, ru or en')],
    responses: { 200: { description: 'HTML', contentType: 'text/html' }, 404: 'no such document' },
  }),
];
