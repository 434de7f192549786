import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument } from '../openapi';
import { ADULT, licenceDefinitions } from '../test/fixtures';
import { bearer, DEMO_PASSWORD, startTestServer, type TestServer } from '../test/harness';

type Who = 'anonymous' | 'staff' | 'analyst' | 'admin';
const WHO: Who[] = ['anonymous', 'staff', 'analyst', 'admin'];

/** Who may call what. `public`: everyone; `signed-in`: every role; otherwise the roles listed. */
type Allowed = 'public' | 'signed-in' | ('staff' | 'analyst' | 'admin')[];

const EDITORS: Allowed = ['analyst', 'admin'];
const ADMIN: Allowed = ['admin'];
const CASE_WORKERS: Allowed = ['staff', 'admin'];

interface Row {
  /** as in the OpenAPI document */
  operation: string;
  allowed: Allowed;
  /** the concrete request */
  url: (ids: Ids) => string;
  body?: (ids: Ids) => unknown;
}

interface Ids {
  draftCase: string;
  submittedCase: string;
  staffId: number;
}

const defs = licenceDefinitions();

/**
 * The intended permissions, written out: analysts edit and publish services, forms,
 * processes, checklists and templates, and save drafts of rulesets (they propose rules);
 * staff work cases; admins do everything, and alone publish rulesets, edit calendars,
 * preview their impact, manage users and read the audit log. Reading definitions, cases,
 * reports and dry runs is open to every signed-in role.
 */
const MATRIX: Row[] = [
  { operation: 'GET /api/health', allowed: 'public', url: () => '/api/health' },
  { operation: 'GET /api/openapi.json', allowed: 'public', url: () => '/api/openapi.json' },
  { operation: 'GET /api/docs', allowed: 'public', url: () => '/api/docs/' },
  {
    operation: 'POST /api/auth/login',
    allowed: 'public',
    url: () => '/api/auth/login',
    body: () => ({ username: 'analyst', password: DEMO_PASSWORD }),
  },
  { operation: 'POST /api/auth/logout', allowed: 'signed-in', url: () => '/api/auth/logout' },
  { operation: 'GET /api/auth/me', allowed: 'signed-in', url: () => '/api/auth/me' },
  { operation: 'GET /api/auth/session', allowed: 'public', url: () => '/api/auth/session' },
  { operation: 'GET /api/me/preferences', allowed: 'signed-in', url: () => '/api/me/preferences' },
  {
    operation: 'PUT /api/me/preferences',
    allowed: 'signed-in',
    url: () => '/api/me/preferences',
    body: () => ({ lang: 'en' }),
  },
  { operation: 'GET /api/definitions', allowed: 'signed-in', url: () => '/api/definitions' },
  {
    operation: 'GET /api/definitions/{kind}/{id}',
    allowed: 'signed-in',
    url: () => '/api/definitions/form/licence-form',
  },
  ...(
    [
      ['service', defs.service, EDITORS, EDITORS],
      ['form', defs.form, EDITORS, EDITORS],
      ['process', defs.process, EDITORS, EDITORS],
      ['checklist', defs.checklist, EDITORS, EDITORS],
      ['template', defs.template, EDITORS, EDITORS],
      ['ruleset', defs.ruleset, EDITORS, ADMIN],
      ['calendar', defs.calendar, ADMIN, ADMIN],
    ] as const
  ).flatMap(([kind, body, drafts, publishes]): Row[] => [
    {
      operation: `PUT /api/definitions/{kind}/{id}/draft (${kind})`,
      allowed: drafts,
      url: () => `/api/definitions/${kind}/${body.id}/draft`,
      body: () => body,
    },
    {
      operation: `POST /api/definitions/{kind}/{id}/publish (${kind})`,
      allowed: publishes,
      url: () => `/api/definitions/${kind}/${body.id}/publish`,
      body: () => ({}),
    },
  ]),
  {
    operation: 'GET /api/definitions/{kind}/{id}/versions',
    allowed: 'signed-in',
    url: () => '/api/definitions/form/licence-form/versions',
  },
  {
    operation: 'GET /api/definitions/{kind}/{id}/diff',
    allowed: 'signed-in',
    url: () => '/api/definitions/form/licence-form/diff?from=1&to=1',
  },
  {
    operation: 'POST /api/rulesets/{id}/evaluate',
    allowed: 'signed-in',
    url: () => '/api/rulesets/licence-rules/evaluate',
    body: () => ({ facts: { age: 30 } }),
  },
  {
    operation: 'POST /api/checklists/{id}/evaluate',
    allowed: 'signed-in',
    url: () => '/api/checklists/review/evaluate',
    body: () => ({ answers: { online: true, free: true } }),
  },
  {
    operation: 'POST /api/rulesets/{id}/impact',
    allowed: ADMIN,
    url: () => '/api/rulesets/licence-rules/impact',
    body: () => ({ definition: defs.ruleset }),
  },
  {
    operation: 'POST /api/calendars/{id}/impact',
    allowed: ADMIN,
    url: () => '/api/calendars/kz/impact',
    body: () => ({ definition: defs.calendar }),
  },
  {
    operation: 'GET /api/calendars/{id}/deadline',
    allowed: 'signed-in',
    url: () => '/api/calendars/kz/deadline?from=2025-06-02&amount=5&unit=working-days',
  },
  {
    operation: 'POST /api/cases',
    allowed: CASE_WORKERS,
    url: () => '/api/cases',
    body: () => ({ service: 'licence', channel: 'office' }),
  },
  { operation: 'GET /api/cases', allowed: 'signed-in', url: () => '/api/cases' },
  { operation: 'GET /api/cases/{id}', allowed: 'signed-in', url: (ids) => `/api/cases/${ids.draftCase}` },
  // a submitted case: a worker gets through to 409 (only drafts are discarded), so no row loses its case
  {
    operation: 'DELETE /api/cases/{id}',
    allowed: CASE_WORKERS,
    url: (ids) => `/api/cases/${ids.submittedCase}`,
  },
  {
    operation: 'PUT /api/cases/{id}/data',
    allowed: CASE_WORKERS,
    url: (ids) => `/api/cases/${ids.draftCase}/data`,
    body: () => ({ data: { applicantName: 'A' } }),
  },
  {
    operation: 'POST /api/cases/{id}/submit',
    allowed: CASE_WORKERS,
    // an invalid form keeps the case a draft for the next role: 422 shows the role got through
    url: (ids) => `/api/cases/${ids.draftCase}/submit`,
    body: () => ({ data: { applicantName: 'A' } }),
  },
  {
    operation: 'POST /api/cases/{id}/actions/{action}',
    allowed: CASE_WORKERS,
    url: (ids) => `/api/cases/${ids.submittedCase}/actions/no-such-action`,
    body: () => ({}),
  },
  {
    operation: 'POST /api/cases/{id}/actions-preview',
    allowed: CASE_WORKERS,
    url: (ids) => `/api/cases/${ids.submittedCase}/actions-preview`,
    body: () => ({ input: {} }),
  },
  // the first worker claims it; the next gets 409 (someone else holds it) or takes it over (admin)
  {
    operation: 'POST /api/cases/{id}/claim',
    allowed: CASE_WORKERS,
    url: (ids) => `/api/cases/${ids.submittedCase}/claim`,
  },
  {
    operation: 'POST /api/cases/{id}/release',
    allowed: CASE_WORKERS,
    url: (ids) => `/api/cases/${ids.submittedCase}/release`,
  },
  {
    operation: 'POST /api/cases/{id}/survey',
    allowed: CASE_WORKERS,
    // the licence service has no survey: 404 shows the role got through
    url: (ids) => `/api/cases/${ids.submittedCase}/survey`,
    body: () => ({ answers: {} }),
  },
  {
    operation: 'GET /api/cases/{id}/documents/{output}',
    allowed: 'signed-in',
    url: (ids) => `/api/cases/${ids.submittedCase}/documents/licence`,
  },
  {
    operation: 'POST /api/cases/{id}/attachments',
    allowed: CASE_WORKERS,
    url: (ids) => `/api/cases/${ids.draftCase}/attachments`,
    body: () => ({}),
  },
  {
    operation: 'GET /api/cases/{id}/attachments',
    allowed: CASE_WORKERS,
    url: (ids) => `/api/cases/${ids.submittedCase}/attachments`,
  },
  {
    operation: 'GET /api/cases/{id}/attachments/{attachment}',
    allowed: CASE_WORKERS,
    url: (ids) => `/api/cases/${ids.submittedCase}/attachments/none`,
  },
  {
    operation: 'GET /api/cases/{id}/signing-payload',
    allowed: 'signed-in',
    url: (ids) => `/api/cases/${ids.submittedCase}/signing-payload`,
  },
  {
    operation: 'GET /api/cases/{id}/documents/{output}/signature',
    allowed: 'signed-in',
    url: (ids) => `/api/cases/${ids.submittedCase}/documents/licence/signature`,
  },
  { operation: 'GET /api/trust', allowed: ADMIN, url: () => '/api/trust' },
  { operation: 'POST /api/trust/roots', allowed: ADMIN, url: () => '/api/trust/roots', body: () => ({ pem: 'x' }) },
  { operation: 'POST /api/trust/crls', allowed: ADMIN, url: () => '/api/trust/crls', body: () => ({ pem: 'x' }) },
  { operation: 'GET /api/notifications', allowed: ADMIN, url: () => '/api/notifications?status=failed' },
  {
    operation: 'POST /api/notifications/{id}/retry',
    allowed: ADMIN,
    url: () => '/api/notifications/999999/retry', // none: an admin hears 404, others 401/403
  },
  { operation: 'GET /api/reports', allowed: 'signed-in', url: () => '/api/reports' },
  { operation: 'GET /api/acts/coverage', allowed: 'signed-in', url: () => '/api/acts/coverage' },
  {
    operation: 'GET /api/cases/{id}/deadlines/{deadlineId}/explanation',
    allowed: 'signed-in',
    url: (ids) => `/api/cases/${ids.submittedCase}/deadlines/decision/explanation`,
  },
  {
    operation: 'GET /api/reports/ucc-monthly',
    allowed: 'signed-in',
    url: () => '/api/reports/ucc-monthly?month=2025-06',
  },
  { operation: 'GET /api/reports/{report}', allowed: 'signed-in', url: () => '/api/reports/cases-by-status' },
  { operation: 'GET /api/audit', allowed: ADMIN, url: () => '/api/audit' },
  { operation: 'GET /api/audit/verify', allowed: ADMIN, url: () => '/api/audit/verify' },
  { operation: 'GET /api/users', allowed: ADMIN, url: () => '/api/users' },
  {
    operation: 'POST /api/users',
    allowed: ADMIN,
    url: () => '/api/users',
    body: () => ({
      username: `user-${Math.random().toString(36).slice(2)}`,
      password: 'long-enough-pw',
      role: 'staff',
    }),
  },
  {
    operation: 'PUT /api/users/{id}',
    allowed: ADMIN,
    url: () => '/api/users/staff',
    body: () => ({ groups: ['desk'] }),
  },
  {
    operation: 'PATCH /api/users/{id}',
    allowed: ADMIN,
    url: (ids) => `/api/users/${ids.staffId}`,
    body: () => ({ displayName: 'Staff member' }),
  }, // connectors (issue 18)
  { operation: 'GET /api/connector-hosts', allowed: ADMIN, url: () => '/api/connector-hosts' },
  {
    operation: 'PUT /api/connector-hosts',
    allowed: ADMIN,
    url: () => '/api/connector-hosts',
    body: () => ({ host: 'registers.example.kz', allowPrivate: false }),
  },
  {
    operation: 'DELETE /api/connector-hosts/{host}',
    allowed: ADMIN,
    url: () => '/api/connector-hosts/nowhere.example',
  },
  { operation: 'GET /api/connector-credentials', allowed: ADMIN, url: () => '/api/connector-credentials' },
  {
    operation: 'PUT /api/connector-credentials/{name}',
    allowed: ADMIN,
    url: () => '/api/connector-credentials/REGISTERS_TOKEN',
    body: () => ({ value: 'secret' }),
  },
  {
    operation: 'DELETE /api/connector-credentials/{name}',
    allowed: ADMIN,
    url: () => '/api/connector-credentials/NOT_STORED',
  },
  {
    operation: 'POST /api/cases/{id}/prefill',
    allowed: CASE_WORKERS,
    url: (ids) => `/api/cases/${ids.draftCase}/prefill`,
    body: () => ({ prefill: 0, data: {} }),
  },
  {
    operation: 'GET /api/cases/{id}/connector-calls',
    allowed: CASE_WORKERS,
    url: (ids) => `/api/cases/${ids.submittedCase}/connector-calls`,
  },
  {
    operation: 'POST /api/cases/{id}/fetched-documents/{document}',
    allowed: CASE_WORKERS,
    url: (ids) => `/api/cases/${ids.submittedCase}/fetched-documents/registration`,
    body: () => ({}),
  },
  { operation: 'GET /api/handoffs', allowed: ADMIN, url: () => '/api/handoffs' },
  { operation: 'GET /api/ready', allowed: 'public', url: () => '/api/ready' },
  // the metrics name routes and counts of cases: operators' reading, not every signed-in user's
  { operation: 'GET /api/metrics', allowed: ADMIN, url: () => '/api/metrics' },
  // who may save a kind's draft may discard it (no If-Match here: an allowed role gets past the role check to 428)
  {
    operation: 'DELETE /api/definitions/{kind}/{id}/draft',
    allowed: EDITORS,
    url: () => `/api/definitions/template/${defs.template.id}/draft`,
  },
  {
    operation: 'GET /api/forms/{id}/json-schema',
    allowed: 'signed-in',
    url: () => `/api/forms/${defs.form.id}/json-schema`,
  },
  {
    operation: 'POST /api/connectors/try',
    allowed: EDITORS,
    url: () => '/api/connectors/try',
    body: () => ({ connector: { id: 'x' }, inputs: {} }),
  },
];

const methodOf = (operation: string) =>
  operation.split(' ')[0]?.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
const mayCall = (allowed: Allowed, who: Who) =>
  allowed === 'public' || (who !== 'anonymous' && (allowed === 'signed-in' || allowed.includes(who)));

let server: TestServer;
let ids: Ids;

beforeAll(async () => {
  server = await startTestServer();
  const api = request(server.app);
  const staff = bearer(server.tokens.staff);
  const draftCase = (await api.post('/api/cases').set(staff).send({ service: 'licence', channel: 'office' })).body.id;
  const submitted = (
    await api.post('/api/cases').set(staff).send({ service: 'licence', channel: 'office', data: ADULT })
  ).body.id;
  expect((await api.post(`/api/cases/${submitted}/submit`).set(staff).send({})).status).toBe(200);
  const users = (await api.get('/api/users').set(bearer(server.tokens.admin))).body.users as {
    id: number;
    username: string;
  }[];
  ids = { draftCase, submittedCase: submitted, staffId: users.find((u) => u.username === 'staff')?.id as number };
});
afterAll(() => server.close());

/** Signing out ends the session it is called with: that row signs in afresh. */
async function tokenOf(who: Who, operation: string): Promise<string | undefined> {
  if (who === 'anonymous') return undefined;
  if (operation !== 'POST /api/auth/logout') return server.tokens[who];
  const res = await request(server.app).post('/api/auth/login').send({ username: who, password: DEMO_PASSWORD });
  return res.body.token as string;
}

describe('authorization matrix: every endpoint × every role', () => {
  it('when the OpenAPI document lists an operation, then the matrix has a row for it', () => {
    const documented = Object.entries(openApiDocument().paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const rows = new Set(MATRIX.map((r) => r.operation.replace(/ \(.*\)$/, '')));
    expect(documented.filter((op) => !rows.has(op))).toEqual([]);
  });

  for (const row of MATRIX) {
    for (const who of WHO) {
      const allowed = mayCall(row.allowed, who);
      const expected = allowed ? 'not 401/403' : who === 'anonymous' ? '401' : '403';
      it(`${row.operation} as ${who} → ${expected}`, async () => {
        const auth = await tokenOf(who, row.operation);
        let call = request(server.app)[methodOf(row.operation)](row.url(ids));
        if (auth) call = call.set(bearer(auth));
        const res = row.body ? await call.send(row.body(ids) as object) : await call;
        if (allowed) {
          expect([401, 403], `${res.status} ${JSON.stringify(res.body)}`).not.toContain(res.status);
          expect(res.status).toBeLessThan(500);
        } else {
          expect(res.status, JSON.stringify(res.body)).toBe(who === 'anonymous' ? 401 : 403);
          expect(res.body.error.code).toBe(who === 'anonymous' ? 'UNAUTHORIZED' : 'FORBIDDEN');
        }
      });
    }
  }
});
