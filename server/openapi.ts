import { DeadlineExplanation } from '../runtime/calendar/index';
import { KINDS, SCHEMAS } from '../runtime/definitions/index';
import { REQUEST_SCHEMAS } from './http/schemas';
import { PreferencesBody } from './routes/preferences';
import { ConnectorHostBody, CredentialBody, PrefillBody, TryConnectorBody } from './routes/connectors';

type Json = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Json) => ({ content: { 'application/json': { schema } } });
const ok = (description: string, schema: Json = { type: 'object' }) => ({ description, ...json(schema) });
const error = (description: string) => ({ description, ...json(ref('ErrorBody')) });
const body = (name: string) => ({ required: true, ...json(ref(name)) });
const path = (name: string, description = name) => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string' },
});
const query = (name: string, description: string, schema: Json = { type: 'string' }) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
});

const AUTH_ERRORS = { 401: error('no credentials'), 403: error('the role may not do this') };
const BODY_ERRORS = {
  400: error('malformed JSON'),
  413: error('body over 2 MB'),
  422: error('invalid body, with pointers'),
};

function op(summary: string, tag: string, extra: Json, responses: Json, secured = true): Json {
  return {
    summary,
    tags: [tag],
    ...(secured ? {} : { security: [] }),
    ...extra,
    responses: { ...responses, ...(secured ? AUTH_ERRORS : {}) },
  };
}

/**
 * The OpenAPI document, generated from the same TypeBox schemas that validate
 * definitions (runtime/definitions) and request bodies (http/schemas).
 */
export function openApiDocument(): Json {
  const definitionSchemas = Object.fromEntries(
    KINDS.map((kind) => [kind, JSON.parse(JSON.stringify(SCHEMAS[kind])) as Json]),
  );
  const requestSchemas = Object.fromEntries(
    Object.entries(REQUEST_SCHEMAS).map(([name, s]) => [name, JSON.parse(JSON.stringify(s)) as Json]),
  );
  const anyDefinition = { oneOf: KINDS.map((kind) => ref(kind)) };
  const kindParam = { name: 'kind', in: 'path', required: true, schema: { type: 'string', enum: KINDS } };

  return {
    openapi: '3.1.0',
    info: {
      title: 'Qagida API',
      version: '0.1.0',
      description:
        'Definitions, cases, rules and calendars of public services. Error messages follow Accept-Language (kk, ru, en; English by default); `code` and `path` never change with the language.',
    },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }, { cookie: [] }],
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer' },
        cookie: { type: 'apiKey', in: 'cookie', name: 'qagida_session' },
      },
      schemas: {
        ...definitionSchemas,
        ...requestSchemas,
        Definition: anyDefinition,
        DeadlineExplanation: JSON.parse(JSON.stringify(DeadlineExplanation)) as Json,
        PreferencesBody: JSON.parse(JSON.stringify(PreferencesBody)) as Json,
        ConnectorHostBody: JSON.parse(JSON.stringify(ConnectorHostBody)) as Json,
        CredentialBody: JSON.parse(JSON.stringify(CredentialBody)) as Json,
        PrefillBody: JSON.parse(JSON.stringify(PrefillBody)) as Json,
        TryConnectorBody: JSON.parse(JSON.stringify(TryConnectorBody)) as Json,
      },
    },
    paths: {
      '/api/health': { get: op('Health of the server and its database', 'system', {}, { 200: ok('healthy') }, false) },
      '/api/ready': {
        get: op(
          'Readiness: the database answers and no migration is pending',
          'system',
          {},
          { 200: ok('ready'), 503: ok('not ready: DATABASE_UNREACHABLE or MIGRATIONS_PENDING') },
          false,
        ),
      },
      '/api/metrics': {
        get: op(
          'Prometheus metrics (administrators)',
          'system',
          {},
          { 200: { description: 'Prometheus text format', content: { 'text/plain': { schema: { type: 'string' } } } } },
        ),
      },
      '/api/openapi.json': { get: op('This document', 'system', {}, { 200: ok('OpenAPI 3.1') }, false) },
      '/api/auth/login': {
        post: op(
          'Sign in: sets an httpOnly cookie and returns a bearer token',
          'auth',
          { requestBody: body('LoginBody') },
          {
            200: ok('session'),
            401: error('wrong username or password'),
            429: error('too many failed sign-ins for this username from this address: see Retry-After'),
            ...BODY_ERRORS,
          },
          false,
        ),
      },
      '/api/auth/logout': { post: op('Sign out', 'auth', {}, { 204: { description: 'signed out' } }) },
      '/api/auth/me': { get: op('The signed-in user', 'auth', {}, { 200: ok('user') }) },
      '/api/auth/session': {
        get: op(
          'Who is signed in: {user: {username, role}}, or {user: null} when no one is (never 401)',
          'auth',
          {},
          { 200: ok('{user}') },
          false,
        ),
      },
      '/api/me/preferences': {
        get: op(
          "The signed-in user's choices: {lang} (null when never chosen)",
          'auth',
          {},
          { 200: ok('preferences') },
        ),
        put: op(
          'Remember the interface language for the signed-in user; the server answers in it when Accept-Language names none of kk, ru, en',
          'auth',
          { requestBody: body('PreferencesBody') },
          { 200: ok('preferences'), ...BODY_ERRORS },
        ),
      },
      '/api/definitions': {
        get: op(
          'Latest published version of each definition, and drafts',
          'definitions',
          { parameters: [query('kind', 'only this kind', { type: 'string', enum: KINDS })] },
          { 200: ok('definitions'), 404: error('unknown kind') },
        ),
      },
      '/api/definitions/{kind}/{id}': {
        get: op(
          'A definition: latest published, a version, or the draft',
          'definitions',
          {
            parameters: [
              kindParam,
              path('id'),
              query('version', 'a published version', { type: 'integer' }),
              query('draft', '1 for the draft'),
            ],
          },
          { 200: ok('the definition'), 404: error('unknown kind, id or version') },
        ),
      },
      '/api/definitions/{kind}/{id}/draft': {
        put: op(
          'Save a draft (the definition, or {definition, baseRevision}); If-Match guards against stale saves',
          'definitions',
          {
            parameters: [
              kindParam,
              path('id'),
              { name: 'If-Match', in: 'header', required: false, schema: { type: 'string' } },
            ],
            requestBody: { required: true, ...json(anyDefinition) },
          },
          { 200: ok('the saved draft'), 404: error('unknown kind'), 409: error('stale draft'), ...BODY_ERRORS },
        ),
        delete: op(
          'Delete the draft (audited); the published versions stay, none is ever deleted. If-Match guards against deleting a newer save',
          'definitions',
          {
            parameters: [
              kindParam,
              path('id'),
              { name: 'If-Match', in: 'header', required: false, schema: { type: 'string' } },
            ],
          },
          {
            200: ok('what was deleted, and the latest published version that remains'),
            404: error('no draft'),
            409: error('stale draft'),
          },
        ),
      },
      '/api/forms/{id}/json-schema': {
        get: op(
          "A form's generated JSON Schema (draft 7) and @rjsf/core uiSchema, titled in ?lang=; ?download=1 as a file",
          'definitions',
          {
            parameters: [
              path('id'),
              query('lang', 'kk, ru or en (default en)'),
              query('version', 'a published version', { type: 'integer' }),
              query('draft', '1 for the draft'),
              query('download', '1 to answer as a file'),
            ],
          },
          {
            200: ok('{id, version, lang, schema, uiSchema}'),
            400: error('bad lang or version'),
            404: error('no such form'),
          },
        ),
      },
      '/api/definitions/{kind}/{id}/publish': {
        post: op(
          'Publish the draft as the next version; takes effect at once on every instance',
          'definitions',
          {
            parameters: [
              kindParam,
              path('id'),
              { name: 'If-Match', in: 'header', required: false, schema: { type: 'string' } },
            ],
            requestBody: { required: false, ...json(ref('PublishBody')) },
          },
          {
            201: ok('the published version'),
            404: error('no draft'),
            409: error('stale draft'),
            422: error('does not agree with the published definitions'),
          },
        ),
      },
      '/api/definitions/{kind}/{id}/versions': {
        get: op(
          'Version history',
          'definitions',
          { parameters: [kindParam, path('id')] },
          { 200: ok('versions'), 404: error('unknown') },
        ),
      },
      '/api/definitions/{kind}/{id}/diff': {
        get: op(
          'Changes between two versions (numbers or "draft")',
          'definitions',
          {
            parameters: [kindParam, path('id'), query('from', 'version or draft'), query('to', 'version or draft')],
          },
          { 200: ok('changes as JSON pointers'), 400: error('missing from/to'), 404: error('unknown version') },
        ),
      },
      '/api/rulesets/{id}/evaluate': {
        post: op(
          'Dry run: evaluate a ruleset against given facts; nothing is stored',
          'dry runs',
          { parameters: [path('id')], requestBody: body('RulesetEvaluateBody') },
          {
            200: ok('events fired and why'),
            404: error('no ruleset'),
            ...BODY_ERRORS,
          },
        ),
      },
      '/api/checklists/{id}/evaluate': {
        post: op(
          'Dry run: score a checklist, recommendations and roadmap',
          'dry runs',
          { parameters: [path('id')], requestBody: body('ChecklistEvaluateBody') },
          {
            200: ok('score, recommendations, roadmap'),
            404: error('no checklist'),
            ...BODY_ERRORS,
          },
        ),
      },
      '/api/rulesets/{id}/impact': {
        post: op(
          'Preview (admins): cases in flight a candidate ruleset would judge differently; nothing is stored',
          'dry runs',
          { parameters: [path('id')], requestBody: body('ImpactBody') },
          { 200: ok('[{case, before, after}]'), ...BODY_ERRORS },
        ),
      },
      '/api/calendars/{id}/impact': {
        post: op(
          'Preview (admins): deadlines of cases in flight a candidate calendar would move; nothing is stored',
          'dry runs',
          { parameters: [path('id')], requestBody: body('ImpactBody') },
          { 200: ok('[{case, service, deadline, before, after}]'), ...BODY_ERRORS },
        ),
      },
      '/api/calendars/{id}/deadline': {
        get: op(
          'Due instant of a term on a working calendar',
          'dry runs',
          {
            parameters: [
              path('id'),
              query('from', 'date or date-time'),
              query('amount', 'integer', { type: 'integer' }),
              query('unit', 'unit', { type: 'string' }),
            ],
          },
          { 200: ok('{due}'), 404: error('no calendar'), 422: error('bad query') },
        ),
      },
      '/api/cases': {
        post: op(
          'Start a case: pins the latest published service and everything it uses',
          'cases',
          { requestBody: body('CaseStartBody') },
          { 201: ok('the case'), 404: error('no service'), ...BODY_ERRORS },
        ),
        get: op(
          'The queue: search, filter, sort and page the cases, with the total that matched',
          'cases',
          {
            parameters: [
              query('q', 'substring of the case number, applicant name or IIN/BIN, any case'),
              query('service', 'service id'),
              query('step', 'current step id'),
              query('status', 'draft, in-progress or done'),
              query('due', '"today": the next due instant falls today'),
              query('overdue', 'true: overdue (in progress, the next due instant has passed)'),
              query(
                'assignee',
                '"me", "none", "group" (steps of my groups), "acted" (cases I started or acted on) or a username',
              ),
              query(
                'sort',
                'number, service, status, step, stepDue, nextDueAt, submittedAt, updatedAt, applicantName or assignee',
              ),
              query('order', 'asc or desc'),
              query('limit', 'page size (default 50, at most 500)', { type: 'integer' }),
              query('offset', 'skip', { type: 'integer' }),
            ],
          },
          { 200: ok('the page and the total', ref('CaseList')), 400: error('unknown filter or sort') },
        ),
      },
      '/api/cases/{id}': {
        get: op(
          'A case with its number, assignee, applicant, steps (with limits), events, actions (ActionView: forms and inputs asked) and documents',
          'cases',
          { parameters: [path('id')] },
          { 200: ok('the case'), 404: error('no case') },
        ),
        delete: op(
          'Discard a draft that was never submitted, with its files (its starter or an admin)',
          'cases',
          { parameters: [path('id')] },
          {
            200: ok('{id}'),
            403: error('neither its starter nor an admin'),
            404: error('no case'),
            409: error('submitted'),
          },
        ),
      },
      '/api/cases/{id}/data': {
        put: op(
          'Save a draft of the form data',
          'cases',
          { parameters: [path('id')], requestBody: body('CaseDataBody') },
          { 200: ok('the case'), 404: error('no case'), 409: error('submitted or stale'), ...BODY_ERRORS },
        ),
      },
      '/api/cases/{id}/submit': {
        post: op(
          'Submit: validate, run the rules, start the process, compute deadlines',
          'cases',
          { parameters: [path('id')], requestBody: body('CaseSubmitBody') },
          {
            200: ok('status, deadlines, outcomes'),
            404: error('no case'),
            409: error('already submitted or stale'),
            ...BODY_ERRORS,
          },
        ),
      },
      '/api/cases/{id}/actions/{action}': {
        post: op(
          'Advance the process by an action',
          'cases',
          { parameters: [path('id'), path('action')], requestBody: body('CaseActionBody') },
          {
            200: ok('the case'),
            404: error('no case or action'),
            409: error('action not available now'),
            ...BODY_ERRORS,
          },
        ),
      },
      '/api/cases/{id}/actions-preview': {
        post: op(
          'Which actions the forms and input given would make available; nothing is stored',
          'cases',
          { parameters: [path('id')], requestBody: body('CaseActionsPreviewBody') },
          {
            200: ok('{actions}', ref('ActionsPreview')),
            404: error('no case'),
            409: error('not in progress'),
            ...BODY_ERRORS,
          },
        ),
      },
      '/api/cases/{id}/claim': {
        post: op(
          'Claim the case (an admin may take it over)',
          'cases',
          { parameters: [path('id')] },
          { 200: ok('the case', ref('CaseSummary')), 404: error('no case'), 409: error('claimed by someone else') },
        ),
      },
      '/api/cases/{id}/release': {
        post: op(
          'Release a claimed case',
          'cases',
          { parameters: [path('id')] },
          { 200: ok('the case', ref('CaseSummary')), 404: error('no case'), 409: error('claimed by someone else') },
        ),
      },
      '/api/cases/{id}/survey': {
        post: op(
          "Record the applicant's answers to the service's survey (entered by staff)",
          'cases',
          { parameters: [path('id')], requestBody: body('SurveyBody') },
          {
            200: ok('the case'),
            404: error('no case, or its service has no survey'),
            409: error('not submitted, already answered or stale'),
            ...BODY_ERRORS,
          },
        ),
      },
      '/api/acts/coverage': {
        get: op(
          'Per act, each paragraph encoded (with what cites it), marked not applicable (with the reason) or missing',
          'definitions',
          {},
          { 200: ok('{acts: [{act, doc, paragraphs, counts}]}') },
        ),
      },
      '/api/cases/{id}/deadlines/{deadlineId}/explanation': {
        get: op(
          'How a due date was counted: when the application counts as received and why, the days counted, the days skipped with their reasons and citations',
          'cases',
          { parameters: [path('id'), path('deadlineId')] },
          {
            200: ok('the explanation', ref('DeadlineExplanation')),
            404: error('no case, no such deadline, or its event has not happened'),
          },
        ),
      },
      '/api/cases/{id}/documents/{output}': {
        get: op(
          'A rendered output document (HTML)',
          'cases',
          { parameters: [path('id'), path('output'), query('lang', 'kk, ru or en')] },
          {
            200: { description: 'HTML', content: { 'text/html': { schema: { type: 'string' } } } },
            404: error('no such document'),
          },
        ),
      },
      '/api/cases/{id}/attachments': {
        post: op(
          'Attach a file: multipart/form-data with `file` and optionally `field` (dotted key) and `document` (required document id); the type is sniffed from the bytes',
          'attachments',
          {
            parameters: [path('id')],
            requestBody: {
              required: true,
              content: {
                'multipart/form-data': {
                  schema: {
                    type: 'object',
                    required: ['file'],
                    properties: {
                      file: { type: 'string', format: 'binary' },
                      field: { type: 'string' },
                      document: { type: 'string' },
                    },
                  },
                },
              },
            },
          },
          {
            201: ok('the stored file: id, ref (`file:<id>` for the form data), name, type, size, sha256'),
            400: error('not multipart, or no file'),
            409: error('the case is done'),
            413: error('larger than QAGIDA_UPLOAD_MAX_MB'),
            415: error('a type the field does not accept'),
            422: error('no such field or document'),
          },
        ),
        get: op(
          "The case's files (name, type, size, SHA-256) and its required documents, present or missing",
          'attachments',
          { parameters: [path('id')] },
          { 200: ok('attachments and documents'), 404: error('no such case') },
        ),
      },
      '/api/cases/{id}/attachments/{attachment}': {
        get: op(
          'The content of one file, inline or (`?download=1`) as a download',
          'attachments',
          { parameters: [path('id'), path('attachment'), query('download', '1: as a download')] },
          { 200: { description: 'the file, with its sniffed type' }, 404: error('no such attachment') },
        ),
      },
      '/api/cases/{id}/signing-payload': {
        get: op(
          'The bytes an applicant signs (detached CMS) for this case: its form data as JSON with sorted keys',
          'signatures',
          { parameters: [path('id')] },
          { 200: ok('the signing payload'), 404: error('no such case') },
        ),
      },
      '/api/cases/{id}/documents/{output}/signature': {
        get: op(
          "The provider's detached CMS signature (DER) over the document's PDF (`?format=pdf`, same `lang`)",
          'signatures',
          { parameters: [path('id'), path('output'), query('lang', 'kk, ru or en')] },
          {
            200: { description: 'application/pkcs7-signature' },
            404: error('no such document'),
            503: error('no signing key configured'),
          },
        ),
      },
      '/api/trust': {
        get: op('Trusted roots and CRLs signatures are verified against', 'signatures', {}, { 200: ok('entries') }),
      },
      '/api/trust/roots': {
        post: op(
          'Trust a root certificate (PEM)',
          'signatures',
          {
            requestBody: {
              required: true,
              ...json({ type: 'object', required: ['pem'], properties: { pem: { type: 'string' } } }),
            },
          },
          { 201: ok('added'), 422: error('not a certificate') },
        ),
      },
      '/api/trust/crls': {
        post: op(
          'Upload a certificate revocation list (PEM)',
          'signatures',
          {
            requestBody: {
              required: true,
              ...json({ type: 'object', required: ['pem'], properties: { pem: { type: 'string' } } }),
            },
          },
          { 201: ok('added'), 422: error('not a CRL') },
        ),
      },
      '/api/notifications': {
        get: op(
          'The notifications outbox (admin): delivered, pending, or failed after the last retry, with the last error',
          'notifications',
          { parameters: [query('status', 'failed, pending or sent')] },
          { 200: ok('notifications'), 400: error('unknown status') },
        ),
      },
      '/api/notifications/{id}/retry': {
        post: op(
          'Send a failed notice again (admin): its attempts start afresh; audited',
          'notifications',
          { parameters: [path('id')] },
          { 200: ok('the notice waits for the next delivery'), 404: error('no notice'), 409: error('not failed') },
        ),
      },
      '/api/reports': {
        get: op('The reports there are, with their parameters and formats', 'reports', {}, { 200: ok('reports') }),
      },
      '/api/reports/ucc-monthly': {
        get: op(
          'The unified contact centre monthly report; ?format=csv for CSV',
          'reports',
          {
            parameters: [
              { name: 'month', in: 'query', required: true, schema: { type: 'string', pattern: '^\\d{4}-\\d{2}$' } },
              query('format', 'json or csv'),
              query('lang', 'kk, ru or en (CSV headings)'),
            ],
          },
          { 200: ok('the report'), 400: error('month missing or not YYYY-MM') },
        ),
      },
      '/api/reports/{report}': {
        get: op(
          'A report; ?format=csv for CSV',
          'reports',
          {
            parameters: [
              { name: 'report', in: 'path', required: true, schema: { type: 'string' } },
              query('format', 'json or csv'),
            ],
          },
          { 200: ok('rows'), 404: error('no such report') },
        ),
      },
      '/api/audit': {
        get: op(
          'The audit log (admins)',
          'audit',
          {
            parameters: [
              query('entity', 'kind of record'),
              query('entityId', 'record id'),
              query('actor', 'username'),
              query('action', 'action'),
              query('limit', 'page size', { type: 'integer' }),
            ],
          },
          { 200: ok('entries') },
        ),
      },
      '/api/audit/verify': {
        get: op(
          'Verify the audit hash chain (admins)',
          'audit',
          {},
          { 200: ok('{ok, entries, breaks: [{id, problem}], brokenAt, problem}') },
        ),
      },
      '/api/users': {
        get: op('Users (admins)', 'users', {}, { 200: ok('users') }),
        post: op(
          'Create a user (admins)',
          'users',
          { requestBody: body('UserCreateBody') },
          { 201: ok('user'), 409: error('username taken'), ...BODY_ERRORS },
        ),
      },
      '/api/users/{id}': {
        put: op(
          "Set a user's groups (admins); here {id} is the username",
          'users',
          { parameters: [path('id', 'the username')], requestBody: body('UserGroupsBody') },
          { 200: ok('user'), 404: error('no user'), ...BODY_ERRORS },
        ),
        patch: op(
          'Change a user (admins)',
          'users',
          { parameters: [path('id')], requestBody: body('UserUpdateBody') },
          { 200: ok('user'), 404: error('no user'), ...BODY_ERRORS },
        ),
      },
      // connectors (issue 18)
      '/api/connector-hosts': {
        get: op('Hosts connectors may reach (admins)', 'connectors', {}, { 200: ok('[{host, allowPrivate}]') }),
        put: op(
          'Allow a host; allowPrivate opens loopback and private addresses for it (admins)',
          'connectors',
          { requestBody: body('ConnectorHostBody') },
          { 200: ok('{host, allowPrivate}'), ...BODY_ERRORS },
        ),
      },
      '/api/connector-hosts/{host}': {
        delete: op(
          'Remove a host (admins)',
          'connectors',
          { parameters: [path('host')] },
          { 204: { description: 'removed' } },
        ),
      },
      '/api/connector-credentials': {
        get: op('Credential names and who set them; never a value (admins)', 'connectors', {}, { 200: ok('[{name}]') }),
      },
      '/api/connector-credentials/{name}': {
        put: op(
          'Store a credential sealed with QAGIDA_CREDENTIAL_KEY (admins)',
          'connectors',
          { parameters: [path('name')], requestBody: body('CredentialBody') },
          { 200: ok('{name}'), 409: error('the server has no credential key'), ...BODY_ERRORS },
        ),
      },
      '/api/cases/{id}/prefill': {
        post: op(
          "Fill a draft case's fields from a register through the pinned form's prefill; a failed call is a 200 with call.ok false",
          'connectors',
          { parameters: [path('id')], requestBody: body('PrefillBody') },
          {
            200: ok('{data, filled, call}'),
            404: error('no case or no such prefill'),
            409: error('submitted'),
            ...BODY_ERRORS,
          },
        ),
      },
      '/api/cases/{id}/connector-calls': {
        get: op(
          'Every connector call recorded for the case: prefills, facts, documents',
          'connectors',
          { parameters: [path('id')] },
          { 200: ok('calls'), 404: error('no case') },
        ),
      },
      '/api/cases/{id}/fetched-documents/{document}': {
        post: op(
          'Obtain again a document the provider fetches through a connector',
          'connectors',
          { parameters: [path('id'), path('document')] },
          { 200: ok('{document, call}'), 404: error('no case or no such document') },
        ),
      },
      '/api/handoffs': {
        get: op(
          'Hand-offs to downstream systems (admins)',
          'connectors',
          { parameters: [query('status', 'failed, pending or sent')] },
          { 200: ok('hand-offs'), 400: error('unknown status') },
        ),
      },
      '/api/connectors/try': {
        post: op(
          "Call a connector draft with sample inputs: the designer's try it (analysts, admins)",
          'connectors',
          { requestBody: body('TryConnectorBody') },
          { 200: ok('call record'), ...BODY_ERRORS },
        ),
      },
    },
  };
}
