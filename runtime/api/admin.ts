import { Type, type Static } from '@sinclair/typebox';
import { LocalizedText } from '../definitions/common';
import { Instant, json, Nullable, pathParam, queryParam, route, type RouteSpec } from './route';

/**
 * A notice in the outbox, with its delivery state and last error (server/repositories/noticeOutbox.ts
 * list()): the times as the database gives them back, the address the notice or its recipient has.
 */
export const NotificationView = Type.Object({
  id: Type.Integer(),
  caseId: Type.String(),
  /** the case's number, which staff know it by; null when the case is gone */
  caseNumber: Nullable(Type.String()),
  kind: Type.String(),
  recipient: Type.String(),
  email: Nullable(Type.String()),
  attempts: Type.Integer(),
  lastError: Nullable(Type.String()),
  nextAttemptAt: Nullable(Type.String()),
  sentAt: Nullable(Type.String()),
  failedAt: Nullable(Type.String()),
  createdAt: Type.String(),
});
export type NotificationView = Static<typeof NotificationView>;
export const NotificationList = Type.Object({ notifications: Type.Array(NotificationView) });
export type NotificationList = Static<typeof NotificationList>;
export const Retried = Type.Object({ id: Type.Union([Type.Integer(), Type.String()]) });

export const AuditEntryView = Type.Object({
  id: Type.Integer(),
  at: Instant,
  actor: Type.String(),
  action: Type.String(),
  entity: Type.String(),
  entityId: Type.String(),
  beforeDigest: Nullable(Type.String()),
  afterDigest: Nullable(Type.String()),
  details: Type.Optional(Type.Unknown()),
  requestId: Type.Optional(Nullable(Type.String())),
  prevHash: Type.String(),
  hash: Type.String(),
});
export type AuditEntryView = Static<typeof AuditEntryView>;
export const AuditList = Type.Object({ entries: Type.Array(AuditEntryView) });
export type AuditList = Static<typeof AuditList>;
export const AuditVerification = Type.Object(
  {
    ok: Type.Boolean(),
    entries: Type.Integer(),
    /** every entry whose hash or link does not hold, in chain order */
    breaks: Type.Array(Type.Object({ id: Type.Integer(), problem: Type.String() })),
    brokenAt: Type.Optional(Type.Integer()),
    problem: Type.Optional(Type.String()),
  },
  { examples: [{ ok: true, entries: 42, breaks: [] }] },
);

export const ReportList = Type.Object({
  reports: Type.Array(
    Type.Object({
      id: Type.String(),
      title: Type.Unknown(),
      parameters: Type.Array(Type.Record(Type.String(), Type.Unknown())),
      formats: Type.Array(Type.String()),
    }),
  ),
});
const Cell = Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()]);
export const ReportTable = Type.Object(
  { name: Type.String(), columns: Type.Array(Type.String()), rows: Type.Array(Type.Record(Type.String(), Cell)) },
  {
    examples: [
      {
        name: 'cases-by-status',
        columns: ['service', 'status', 'count'],
        rows: [{ service: 'birth-registration', status: 'done', count: 12 }],
      },
    ],
  },
);
/** A report per month (e.g. the contact centre's, 002 App. 2): a listing or counts, its labels, and a summary. */
export const MonthlyReport = Type.Composite([
  ReportTable,
  Type.Object({
    month: Type.String(),
    title: LocalizedText,
    form: Type.Optional(Type.Object({ id: Type.String(), version: Type.Integer() })),
    labels: Type.Record(Type.String(), LocalizedText),
    summary: Type.Optional(
      Type.Object({
        columns: Type.Array(Type.String()),
        labels: Type.Record(Type.String(), LocalizedText),
        rows: Type.Array(Type.Record(Type.String(), Cell)),
      }),
    ),
  }),
]);

export const ActCoverageList = Type.Object({
  acts: Type.Array(
    Type.Object({
      act: Type.String(),
      doc: Type.String(),
      paragraphs: Type.Array(Type.Record(Type.String(), Type.Unknown())),
      counts: Type.Record(Type.String(), Type.Integer()),
    }),
  ),
});

export const ADMIN_ROUTES: RouteSpec[] = [
  route(
    'GET /api/acts/coverage',
    'definitions',
    'Per act, each paragraph encoded (with what cites it), marked not applicable (with the reason) or missing',
    { responses: { 200: json('{acts: [{act, doc, paragraphs, counts}]}', ActCoverageList) } },
  ),
  route(
    'GET /api/notifications',
    'notifications',
    'The notifications outbox (admin): delivered, pending, or failed after the last retry, with the last error',
    {
      parameters: [queryParam('status', 'failed, pending or sent')],
      responses: { 200: json('notifications', NotificationList), 400: 'unknown status' },
    },
  ),
  route(
    'POST /api/notifications/{id}/retry',
    'notifications',
    'Send a failed notice again (admin): its attempts start afresh; audited',
    {
      parameters: [pathParam('id')],
      responses: { 200: json('the notice waits for the next delivery', Retried), 404: 'no notice', 409: 'not failed' },
    },
  ),
  route('GET /api/reports', 'reports', 'The reports there are, with their parameters and formats', {
    responses: { 200: json('reports', ReportList) },
  }),
  route(
    'GET /api/reports/{report}',
    'reports',
    'A published report definition run now: per month (?month=YYYY-MM) or over every case; ?format=csv for CSV',
    {
      parameters: [
        pathParam('report'),
        { name: 'month', in: 'query', schema: { type: 'string', pattern: '^\\d{4}-\\d{2}$' } },
        queryParam('format', 'json or csv'),
        queryParam('lang', 'kk, ru or en (CSV headings)'),
      ],
      responses: {
        200: json('the report', Type.Union([MonthlyReport, ReportTable])),
        400: 'a monthly report without month=YYYY-MM',
        404: 'no such report',
      },
    },
  ),
  route('GET /api/audit', 'audit', 'The audit log (admins)', {
    parameters: [
      queryParam('entity', 'kind of record'),
      queryParam('entityId', 'record id'),
      queryParam('actor', 'username'),
      queryParam('action', 'action'),
      queryParam('limit', 'page size', { type: 'integer' }),
    ],
    responses: { 200: json('entries', AuditList) },
  }),
  route('GET /api/audit/verify', 'audit', 'Verify the audit hash chain (admins)', {
    responses: { 200: json('{ok, entries, breaks: [{id, problem}], brokenAt, problem}', AuditVerification) },
  }),
];
