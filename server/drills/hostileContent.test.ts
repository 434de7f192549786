import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { ADULT, licenceDefinitions } from '../test/fixtures';
import { bearer, useTestServer } from '../test/harness';
import { nested } from './malformedValues';

const server = useTestServer();

const api = () => request(server.app);
const as = (who: 'admin' | 'analyst' | 'staff') => bearer(server.tokens[who]);
const defs = licenceDefinitions();

/** Starts a licence case with `data`, submits it, issues it and returns the licence document's HTML. */
async function issuedLicence(data: Record<string, unknown>): Promise<{ status: number; html: string; csp?: string }> {
  const started = await api().post('/api/cases').set(as('staff')).send({ service: 'licence', channel: 'office', data });
  expect(started.status).toBe(201);
  const submitted = await api().post(`/api/cases/${started.body.id}/submit`).set(as('staff')).send({});
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
  const issued = await api().post(`/api/cases/${started.body.id}/actions/issue`).set(as('staff')).send({});
  if (issued.status !== 200) return { status: issued.status, html: JSON.stringify(issued.body) };
  const doc = await api().get(`/api/cases/${started.body.id}/documents/licence?lang=en`).set(as('staff'));
  return { status: doc.status, html: doc.text, csp: doc.headers['content-security-policy'] };
}

/** Saves a template body as a draft of the licence letter and publishes it; the HTTP statuses of both. */
async function publishTemplate(body: string): Promise<{ draft: request.Response; publish?: request.Response }> {
  const template = { ...defs.template, body: { en: body } };
  const draft = await api().put('/api/definitions/template/licence-letter/draft').set(as('analyst')).send(template);
  if (draft.status !== 200) return { draft };
  const publish = await api().post('/api/definitions/template/licence-letter/publish').set(as('analyst')).send({});
  return { draft, publish };
}

// a known Handlebars sandbox escape: builds Function from String.prototype.sub.constructor
const RCE = `{{#with "s" as |string|}}{{#with "e"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub "constructor")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push "return globalThis.qagidaPwned = 1;"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}`;

const REFUSED_TEMPLATES: [string, string][] = [
  ['prototype access through constructor', '<p>{{constructor.constructor "return process"}}</p>'],
  ['__proto__', '<p>{{__proto__}}</p>'],
  ['a path through __proto__', '<p>{{data.__proto__.polluted}}</p>'],
  ['a helper outside the allowed set', '<p>{{log "hello"}}</p>'],
  ['helperMissing called by name', '<p>{{helperMissing "x"}}</p>'],
  ['triple-stash', '<p>{{{data.applicantName}}}</p>'],
  ['{{& }}', '<p>{{& data.applicantName}}</p>'],
  ['a partial', '<p>{{> evil}}</p>'],
  ['an inline partial', '{{#*inline "evil"}}x{{/inline}}<p>{{> evil}}</p>'],
  ['the String.prototype.sub sandbox escape', RCE],
  ['a template that does not parse', '<p>{{#if data.x}}</p>'],
];

const HARMLESS_TEMPLATES: [string, string][] = [
  ['lookup of "constructor"', '<p>[{{lookup data "constructor"}}]</p>'],
  [
    'lookup of "__proto__" inside with',
    '<p>[{{#with (lookup data "__proto__")}}{{lookup this "toString"}}{{/with}}]</p>',
  ],
  ['@root.constructor', '<p>[{{@root.constructor.name}}]</p>'],
  ['each over a string', '<p>[{{#each data.applicantName}}{{this}}{{/each}}]</p>'],
];

describe('hostile templates', () => {
  for (const [what, body] of REFUSED_TEMPLATES) {
    it(`when a template uses ${what}, then saving the draft is refused with 422 pointing into its body`, async () => {
      const { draft } = await publishTemplate(body);
      expect(draft.status, JSON.stringify(draft.body)).toBe(422);
      expect(draft.body.error.details.some((d: { path: string }) => d.path.startsWith('/body'))).toBe(true);
    });
  }

  for (const [what, body] of HARMLESS_TEMPLATES) {
    it(`when a template uses ${what}, then it renders nothing from a prototype`, async () => {
      const { draft, publish } = await publishTemplate(body);
      // refusing it, at save or at publish, is harmless too
      if (draft.status === 422 || publish?.status === 422) return;
      expect(draft.status).toBe(200);
      expect(publish?.status, JSON.stringify(publish?.body)).toBe(201);
      const doc = await issuedLicence(ADULT);
      expect(doc.status, doc.html).toBe(200);
      expect(doc.html).not.toMatch(/function|native code|Object\b|\[object/);
      expect((globalThis as Record<string, unknown>).qagidaPwned).toBeUndefined();
    });
  }
});

describe('hostile case data rendered into a document', () => {
  it('when the data holds HTML and script, then the document escapes it and forbids scripts', async () => {
    const { publish } = await publishTemplate(defs.template.body.en as string);
    expect(publish?.status).toBe(201);
    const doc = await issuedLicence({
      ...ADULT,
      applicantName: '<script>alert(1)</script><img src=x onerror="alert(2)">{{constructor}}',
    });
    expect(doc.status).toBe(200);
    expect(doc.html).not.toContain('<script>');
    expect(doc.html).not.toContain('<img');
    expect(doc.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(doc.html).toContain('{{constructor}}'); // data is never compiled as a template
    expect(doc.csp).toMatch(/default-src 'none'/);
  });
});

describe('oversized and deeply nested JSON', () => {
  const WRITES = [
    ['put', '/api/definitions/form/licence-form/draft', 'analyst'],
    ['post', '/api/cases', 'staff'],
    ['post', '/api/rulesets/licence-rules/evaluate', 'staff'],
    ['post', '/api/checklists/review/evaluate', 'staff'],
    ['post', '/api/auth/login', 'staff'],
  ] as const;

  for (const [method, url, who] of WRITES) {
    const call = () => (method === 'put' ? api().put(url) : api().post(url));
    it(`when ${method.toUpperCase()} ${url} gets more than 2 MB, then answers 413`, async () => {
      const res = await call()
        .set(as(who))
        .send({ data: { blob: 'x'.repeat(2 * 1024 * 1024 + 10) } });
      expect(res.status).toBe(413);
      expect(res.body.error.code).toBe('TOO_LARGE');
    });

    it(`when ${method.toUpperCase()} ${url} gets JSON nested 10 000 levels deep, then answers 400 without a crash`, async () => {
      for (const asArray of [false, true]) {
        const res = await call()
          .set(as(who))
          .set('Content-Type', 'application/json')
          // written as text: JSON.stringify itself recurses
          .send(`{"data":${(asArray ? '[' : '{"a":').repeat(10_000)}1${(asArray ? ']' : '}').repeat(10_000)}}`);
        expect(res.status).toBe(400);
        expect(res.body.error).toMatchObject({
          code: 'TOO_DEEP',
          details: [{ path: expect.stringMatching(/^\/data/) }],
        });
      }
    });
  }

  it('when a body is 1 MB of opening brackets, then answers 400 (not valid JSON), not a stack overflow', async () => {
    const res = await api()
      .post('/api/cases')
      .set(as('staff'))
      .set('Content-Type', 'application/json')
      .send('['.repeat(1_000_000));
    expect(res.status).toBe(400);
  });

  it('when case data is nested 60 levels (within the limit), then the JSON guard lets it through to the form check, which names the key the form lacks', async () => {
    const data = { ...ADULT, extra: nested(58) };
    const res = await api().post('/api/cases').set(as('staff')).send({ service: 'licence', channel: 'office', data });
    expect(res.status).toBe(422);
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain('/data/extra');
  });

  it('when a body has a __proto__ key anywhere, then answers 422 naming it and nothing is polluted', async () => {
    const res = await api()
      .post('/api/cases')
      .set(as('staff'))
      .set('Content-Type', 'application/json')
      .send('{"service":"licence","channel":"office","data":{"a":{"__proto__":{"polluted":true}}}}');
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([{ path: '/data/a/__proto__', message: expect.any(String) }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('hostile rulesets', () => {
  const rule = (condition: Record<string, unknown>) => ({
    ...defs.ruleset,
    rules: [{ id: 'r', conditions: { all: [condition] }, event: { type: 'minor' } }],
  });
  const save = (body: unknown) =>
    api()
      .put('/api/definitions/ruleset/licence-rules/draft')
      .set(as('analyst'))
      .send(body as object);

  it.each([
    ['an unknown operator', { fact: 'age', operator: 'eval', value: 'process.exit(1)' }, '/operator'],
    ['"constructor" as the operator', { fact: 'age', operator: 'constructor', value: 1 }, '/operator'],
    ['an undeclared fact', { fact: 'process', operator: 'equal', value: 1 }, '/fact'],
    ['"__proto__" as the fact', { fact: '__proto__', operator: 'equal', value: 1 }, '/fact'],
    [
      'a value that reads "constructor" as a fact',
      { fact: 'age', operator: 'equal', value: { fact: 'constructor' } },
      '/value/fact',
    ],
    [
      'a JSONPath filter expression',
      { fact: 'age', operator: 'equal', value: 1, path: '$..[?(@.constructor)]' },
      '/path',
    ],
  ])('when a rule uses %s, then saving the draft is refused with 422 pointing at it', async (_what, condition, at) => {
    const res = await save(rule(condition));
    expect(res.status).toBe(422);
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toContainEqual(
      expect.stringContaining(`/rules/0/conditions/all/0${at}`),
    );
  });

  it('when a published ruleset compares with hostile values, then the dry run evaluates them as data and executes nothing', async () => {
    const hostile = {
      ...defs.ruleset,
      rules: [
        {
          id: 'hostile',
          conditions: {
            any: [
              { fact: 'age', operator: 'in', value: ['process.exit(1)', "require('fs')"] },
              { fact: 'documentsComplete', operator: 'equal', value: '{{constructor.constructor}}' },
            ],
          },
          event: { type: 'minor' },
        },
      ],
    };
    const saved = await save(hostile);
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const publish = api()
      .post('/api/definitions/ruleset/licence-rules/publish')
      .set(as('admin'))
      .set('If-Match', String(saved.headers.etag));
    expect((await publish.send({})).status).toBe(201);
    const res = await api()
      .post('/api/rulesets/licence-rules/evaluate')
      .set(as('staff'))
      .send({ facts: { age: 30, documentsComplete: true } });
    expect(res.status).toBe(200);
    expect(res.body.events).toEqual([]);
  });

  it('when a dry run gives facts of the wrong type or with coercion keys, then answers 422 naming them', async () => {
    const res = await api()
      .post('/api/rulesets/licence-rules/evaluate')
      .set(as('staff'))
      .send({ facts: { age: { toString: null }, documentsComplete: 'yes', '': 1 } });
    expect(res.status).toBe(422);
    expect(res.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(
      ['/facts/', '/facts/age', '/facts/documentsComplete'].sort(),
    );
  });
});
