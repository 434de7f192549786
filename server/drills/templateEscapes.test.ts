import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { licenceDefinitions } from '../test/fixtures';
import { bearer, useTestServer } from '../test/harness';

const server = useTestServer();

const api = () => request(server.app);
const as = (who: 'admin' | 'analyst' | 'staff') => bearer(server.tokens[who]);

/** Case data that, unescaped, would send the reader elsewhere. */
const REDIRECT = '<meta http-equiv="refresh" content="0;url=https://evil.example/">';

/** Every Handlebars syntax that emits without escaping, or hides what it emits. */
const UNESCAPED: [string, string][] = [
  ['triple-stash with whitespace control', '<p>{{~{data.applicantName}~}}</p>'],
  ['triple-stash with left whitespace control only', '<p>{{~{data.applicantName}}}</p>'],
  ['{{& }} with whitespace control', '<p>{{~& data.applicantName}}</p>'],
  ['{{& }} with right whitespace control', '<p>{{& data.applicantName~}}</p>'],
  ['a raw block', '{{{{raw}}}}<p>{{data.applicantName}}</p>{{{{/raw}}}}'],
  ['triple-stash inside an each', '{{#each data}}<p>{{~{this}~}}</p>{{/each}}'],
  ['a comment hiding an unescaped mustache', '{{!-- x --}}{{~{data.applicantName}}}'],
  ['a meta refresh written by the template', '<meta http-equiv="refresh" content="0;url={{data.applicantName}}">'],
  ['a base element', '<base href="{{data.applicantName}}"><p>x</p>'],
  ['a script element', '<script>var n = "{{data.applicantName}}";</script>'],
  ['an event handler attribute', '<p onclick="{{data.applicantName}}">x</p>'],
];

async function publish(body: string) {
  const template = { ...licenceDefinitions().template, body: { en: body } };
  const draft = await api().put('/api/definitions/template/licence-letter/draft').set(as('analyst')).send(template);
  if (draft.status !== 200) return { draft };
  const published = await api().post('/api/definitions/template/licence-letter/publish').set(as('analyst')).send({});
  return { draft, published };
}

async function issuedDocument(data: Record<string, unknown>) {
  const started = await api().post('/api/cases').set(as('staff')).send({ service: 'licence', channel: 'office', data });
  await api().post(`/api/cases/${started.body.id}/submit`).set(as('staff')).send({});
  await api().post(`/api/cases/${started.body.id}/actions/issue`).set(as('staff')).send({});
  return api().get(`/api/cases/${started.body.id}/documents/licence?lang=en`).set(as('staff'));
}

describe('template drill: no Handlebars syntax puts raw case data into a result document', () => {
  for (const [what, body] of UNESCAPED) {
    it(`when a template uses ${what}, then saving it is refused with 422 pointing into its body`, async () => {
      const { draft } = await publish(body);
      expect(draft.status, JSON.stringify(draft.body)).toBe(422);
      expect(draft.body.error.details.some((d: { path: string }) => d.path.startsWith('/body/en'))).toBe(true);
    });
  }

  it('when case data holds a meta refresh, then the document shows it as text and its CSP sandboxes it', async () => {
    const doc = await issuedDocument({ applicantName: REDIRECT, age: 30, documentsComplete: true });
    expect(doc.status).toBe(200);
    expect(doc.text).not.toContain('<meta http-equiv');
    expect(doc.text).toContain('&lt;meta http-equiv');
    const csp = String(doc.headers['content-security-policy']);
    // sandbox without allow-* blocks scripts, forms, top navigation and meta refresh (automatic features)
    expect(csp).toMatch(/(^|; )sandbox(;|$)/);
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/frame-ancestors 'self'/);
    expect(csp).toMatch(/base-uri 'none'/);
    expect(csp).toMatch(/form-action 'none'/);
  });
});
