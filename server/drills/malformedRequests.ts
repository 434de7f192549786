import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileSchema } from '../../runtime/definitions/ajv';
import { validate, type Form } from '../../runtime/definitions/index';
import { validateFormData } from '../../runtime/forms/validateData';
import {
  CaseDataBody,
  CaseStartBody,
  CaseSubmitBody,
  ChecklistEvaluateBody,
  LoginBody,
  PublishBody,
  RulesetEvaluateBody,
} from '../http/schemas';
import { hostileValue, malformedJsonText, mutate, nested, withKey } from './malformedValues';
import type { Random } from './seededRandom';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Every definition the repository ships, the seeds of the mutations. */
export function shippedDefinitions(): Record<string, unknown>[] {
  const files: string[] = [];
  for (const folder of ['definitions/services', 'definitions/forms', 'definitions/processes', 'definitions/checklists']
    .concat(['definitions/calendars', 'definitions/templates', 'rules'])
    .map((f) => path.join(ROOT, f))) {
    for (const name of fs.readdirSync(folder)) if (name.endsWith('.json')) files.push(path.join(folder, name));
  }
  return files.map((file) => JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>);
}

import type { Role } from '../../runtime/api/roles';

export type { Role };

/** One hostile request and what the server must answer: always a 4xx, or (dry runs with a well-formed body) no 5xx. */
export interface MalformedRequest {
  label: string;
  method: 'get' | 'put' | 'post';
  url: string;
  role?: Role;
  headers?: Record<string, string>;
  /** raw text sent as is (with `contentType`), or a value sent as JSON */
  text?: string;
  json?: unknown;
  contentType?: string;
  expect: '4xx' | 'not-5xx';
}

/** The state the server is in before the drill: ids the requests aim at. */
export interface DrillTargets {
  draftCase: string;
  submittedCase: string;
  form: Form;
}

const CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/json',
];

const validators = {
  login: compileSchema(LoginBody),
  publish: compileSchema(PublishBody),
  start: compileSchema(CaseStartBody),
  data: compileSchema(CaseDataBody),
  submit: compileSchema(CaseSubmitBody),
  ruleset: compileSchema(RulesetEvaluateBody),
  checklist: compileSchema(ChecklistEvaluateBody),
};

const odd = (random: Random) =>
  random.pick(['nope', '..%2F..%2Fetc', '%00', '__proto__', 'constructor', 'x'.repeat(3000), '%E2%80%AE', '1;DROP']);

/** A body that fails `schema`: mutated from a valid one until the schema refuses it. */
function invalidFor(validator: ReturnType<typeof compileSchema>, valid: unknown, random: Random): unknown {
  for (let tries = 0; tries < 20; tries++) {
    const body = mutate(valid, random);
    if (!validator(body)) return body;
  }
  return withKey({ ...(valid as object) }, '__proto__', { polluted: true });
}

export function malformedRequests(count: number, seed: Random, targets: DrillTargets): MalformedRequest[] {
  const random = seed;
  const shipped = shippedDefinitions();
  const out: MalformedRequest[] = [];
  const makers: ((i: number) => MalformedRequest)[] = [
    // a shipped definition, mutated until the language refuses it, saved as a draft
    () => {
      const base = random.pick(shipped);
      let body: unknown = base;
      for (let tries = 0; tries < 20 && isAcceptableDraft(body, base); tries++) body = mutate(base, random);
      if (isAcceptableDraft(body, base)) body = withKey({ ...base }, 'unknownProperty', 1);
      return {
        label: `draft ${String(base.kind)}/${String(base.id)}`,
        method: 'put',
        url: `/api/definitions/${String(base.kind)}/${String(base.id)}/draft`,
        role: random.pick(['admin', 'admin', 'analyst']),
        json: random.chance(0.2) ? { definition: body, baseRevision: hostileValue(random) } : body,
        ...(random.chance(0.1)
          ? {
              headers: {
                'If-Match': String(JSON.stringify(hostileValue(random)))
                  .replace(/[^\x20-\x7e]/g, '?')
                  .slice(0, 200),
              },
            }
          : {}),
        expect: '4xx',
      };
    },
    // a definition body to a kind or id the URL does not name
    () => {
      const base = random.pick(shipped);
      const kind = random.pick([String(base.kind), 'rule', 'services', '__proto__', 'constructor', odd(random)]);
      return {
        label: 'draft identity',
        method: 'put',
        url: `/api/definitions/${encodeURIComponent(kind)}/${encodeURIComponent(odd(random))}/draft`,
        role: 'admin',
        json: random.chance(0.5) ? base : hostileValue(random),
        expect: '4xx',
      };
    },
    // not JSON at all, or not the content type it claims
    () => {
      const url = random.pick([
        '/api/definitions/form/licence-form/draft',
        '/api/cases',
        `/api/cases/${targets.draftCase}/data`,
        '/api/rulesets/licence-rules/evaluate',
        '/api/checklists/review/evaluate',
        '/api/auth/login',
      ]);
      const method = url.endsWith('/draft') || url.endsWith('/data') ? 'put' : 'post';
      const asJson = random.chance(0.6);
      return {
        label: `raw text to ${url}`,
        method,
        url,
        role: url.includes('cases') ? 'staff' : 'admin',
        text: asJson ? malformedJsonText(random, { a: 1 }) : JSON.stringify({ username: 'x' }),
        contentType: asJson ? 'application/json' : random.pick(CONTENT_TYPES.slice(0, -1)),
        expect: '4xx',
      };
    },
    // publish: no draft, a draft that does not cross-check, bad revisions
    () => {
      const target = random.pick(['service/licence', 'form/licence-form', 'ruleset/licence-rules', 'nope/x']);
      const body = invalidFor(validators.publish, { baseRevision: 1 }, random);
      return {
        label: `publish ${target}`,
        method: 'post',
        url: `/api/definitions/${target}/publish`,
        role: 'admin',
        json: random.chance(0.3) ? { baseRevision: 999 } : body,
        ...(random.chance(0.2) ? { headers: { 'If-Match': random.pick(['"abc"', 'W/"-1"', '"1.5"', '""']) } } : {}),
        expect: '4xx',
      };
    },
    // start a case
    () => {
      let body = mutate({ service: 'licence', channel: 'office', data: { age: 30 } }, random) as Record<
        string,
        unknown
      >;
      if (validators.start(body) && body.service === 'licence' && body.channel === 'office')
        body = { ...body, channel: 'x' };
      return { label: 'start case', method: 'post', url: '/api/cases', role: 'staff', json: body, expect: '4xx' };
    },
    // save case data: the body is refused, or the case is not a draft (or not there)
    () => {
      const body = mutate({ data: { applicantName: 'A', age: 30 }, baseRevision: 1 }, random);
      const valid = validators.data(body);
      const id = valid
        ? random.pick([targets.submittedCase, odd(random)])
        : random.pick([targets.draftCase, odd(random)]);
      return {
        label: 'save case data',
        method: 'put',
        url: `/api/cases/${encodeURIComponent(id)}/data`,
        role: 'staff',
        json: body,
        expect: '4xx',
      };
    },
    // submit: the body is refused, or its data does not fit the form
    () => {
      let body = mutate({ data: { applicantName: 'A', age: 30, documentsComplete: true } }, random) as Record<
        string,
        unknown
      >;
      const data = (body as { data?: unknown })?.data;
      if (validators.submit(body) && data !== undefined && validateFormData(targets.form, data).length === 0)
        body = { data: { ...(data as object), age: 'thirty' } };
      return {
        label: 'submit case',
        method: 'post',
        url: `/api/cases/${random.chance(0.8) ? targets.draftCase : encodeURIComponent(odd(random))}/submit`,
        role: 'staff',
        json: body,
        expect: '4xx',
      };
    },
    // ruleset dry run: refused bodies must be 4xx; well-formed bodies with hostile facts must not crash
    () => {
      const body = mutate({ facts: { age: 30, documentsComplete: true }, data: { age: 30 } }, random);
      return {
        label: 'evaluate ruleset',
        method: 'post',
        url: `/api/rulesets/${random.chance(0.8) ? 'licence-rules' : encodeURIComponent(odd(random))}/evaluate`,
        role: random.pick(['admin', 'analyst', 'staff']),
        json: body,
        expect: validators.ruleset(body) ? 'not-5xx' : '4xx',
      };
    },
    () => {
      const body = mutate({ answers: { online: true, free: false }, from: '2025-06-02', lang: 'en' }, random);
      return {
        label: 'evaluate checklist',
        method: 'post',
        url: `/api/checklists/${random.chance(0.8) ? 'review' : encodeURIComponent(odd(random))}/evaluate`,
        role: random.pick(['admin', 'analyst', 'staff']),
        json: body,
        expect: validators.checklist(body) ? 'not-5xx' : '4xx',
      };
    },
    // a deadline with bad query parameters
    () => {
      const bad = () =>
        encodeURIComponent(
          String(
            random.pick([
              '',
              '-1',
              '1e9',
              '2025-02-30',
              'NaN',
              '1.5',
              'x'.repeat(5000),
              '\u0000',
              '[]',
              '9'.repeat(400),
            ]),
          ),
        );
      const params = [
        `from=${random.chance(0.5) ? '2025-06-02' : bad()}`,
        `amount=${random.chance(0.5) ? '5' : bad()}`,
        `unit=${random.chance(0.5) ? 'working-days' : bad()}`,
        ...(random.chance(0.3) ? [`version=${bad()}`] : []),
        ...(random.chance(0.2) ? ['amount=1&amount=2', 'from[a]=1', 'unit[]=days'] : []),
      ];
      const query = params.join('&');
      const valid = /from=2025-06-02/.test(query) && /amount=5(&|$)/.test(query) && /unit=working-days/.test(query);
      return {
        label: 'deadline',
        method: 'get',
        url: `/api/calendars/${random.chance(0.8) ? 'kz' : encodeURIComponent(odd(random))}/deadline?${query}`,
        role: 'staff',
        expect: valid && !/version=|amount=1&amount=2|from\[|unit\[/.test(query) ? 'not-5xx' : '4xx',
      };
    },
    // sign in with a body the schema refuses (well-formed wrong passwords are the rate limit drill's)
    () => ({
      label: 'login',
      method: 'post',
      url: '/api/auth/login',
      json: invalidFor(validators.login, { username: 'staff', password: 'wrong-password' }, random),
      expect: '4xx',
    }),
  ];
  const weights = [24, 4, 8, 6, 10, 8, 8, 8, 8, 8, 8];
  const total = weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < count; i++) {
    let roll = random.int(total);
    let index = 0;
    while (roll >= (weights[index] as number)) roll -= weights[index++] as number;
    out.push((makers[index] as (i: number) => MalformedRequest)(i));
  }
  return out;
}

function isAcceptableDraft(body: unknown, base: Record<string, unknown>): boolean {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
  const record = body as Record<string, unknown>;
  return record.kind === base.kind && record.id === base.id && validate(record).length === 0;
}

export { nested };
