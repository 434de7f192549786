import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Form, Process, Ruleset, Service, Template } from '../../runtime/definitions/index';
import { scanTemplate } from '../../runtime/documents/index';
import { atPointer } from '../../runtime/rules/jsonPointer';
import { fieldAt, planWalks, type Walk, type WalkResult } from '../../runtime/walks/index';
import { Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { ActionView, StepView } from '../http/schemas';
import { bearer, DEMO_PASSWORD, startTestServer, type TestServer } from './harness';
import { shippedDefinitions } from './shippedDefinitions';

/**
 * Every published shipped service, every channel, every end step: planned from the definitions
 * alone, then walked through the real HTTP API on a real SQLite file, and each result document
 * checked to carry what its template names. The table of what was walked goes to test-output/.
 */
const shipped = shippedDefinitions('');
const ofKind = <T>(kind: string) => Object.values(shipped).filter((d) => d.kind === kind) as unknown as T[];
const services = ofKind<Service>('service');
const processes = Object.fromEntries(ofKind<Process>('process').map((p) => [p.id, p]));
const forms = Object.fromEntries(ofKind<Form>('form').map((f) => [f.id, f]));
const rulesets = new Map(ofKind<Ruleset>('ruleset').map((r) => [r.id, r]));
const templates = new Map(ofKind<Template>('template').map((t) => [t.id, t]));

export function planFor(service: Service, processOverride?: Process): WalkResult[] {
  const all = processOverride ? { ...processes, [processOverride.id]: processOverride } : processes;
  return planWalks({
    service,
    processes: all,
    forms,
    rulesets: service.rulesets.map((id) => rulesets.get(id) as Ruleset),
  });
}

let server: TestServer;
beforeAll(async () => {
  // Thursday 15 January 2026, 10:00 in Astana: a working day
  server = await startTestServer({ now: '2026-01-15T05:00:00Z', definitions: shipped });
});
afterAll(() => server.close());

const api = () => request(server.app);
const staff = () => bearer(server.tokens.staff);

interface Row {
  service: string;
  channel: string;
  end: string;
  walked: boolean;
  why: string;
}
const table: Row[] = [];

/** Drives one planned walk through the API; returns what went wrong, or the closed case. */
async function walkThroughApi(walk: Walk): Promise<{ error: string } | { id: string; body: Record<string, unknown> }> {
  const where = `service "${walk.service}", channel "${walk.channel}", end "${walk.end}"`;
  const created = await api().post('/api/cases').set(staff()).send({ service: walk.service, channel: walk.channel });
  if (created.status !== 201)
    return { error: `${where}: starting the case answered ${created.status} ${JSON.stringify(created.body)}` };
  const id = created.body.id as string;
  const submitted = await api().post(`/api/cases/${id}/submit`).set(staff()).send({ data: walk.application });
  if (submitted.status !== 200)
    return { error: `${where}: submitting answered ${submitted.status} ${JSON.stringify(submitted.body)}` };
  if (!/^[A-Z0-9]+-2026-\d{6}$/.test(String(submitted.body.number)))
    return { error: `${where}: the case got no number (${String(submitted.body.number)})` };
  let body = submitted.body as Record<string, unknown>;
  for (const move of walk.moves) {
    if (body.step !== move.step)
      return { error: `${where}: at step "${String(body.step)}", the walk expected "${move.step}"` };
    const view = await api().get(`/api/cases/${id}`).set(staff());
    const shapeErrors = [
      ...[...Value.Errors(Type.Array(ActionView), view.body.stepActions)],
      ...[...Value.Errors(Type.Array(StepView), view.body.steps)],
    ];
    if (shapeErrors.length)
      return {
        error: `${where}: the case page does not match its schema: ${shapeErrors[0]?.path} ${shapeErrors[0]?.message}`,
      };
    const offered = (view.body.stepActions as { id: string; forms: { id: string }[]; possibleFrom?: string }[]).find(
      (a) => a.id === move.action,
    );
    if (!offered) return { error: `${where}: at step "${move.step}" the case page offers no action "${move.action}"` };
    if (offered.possibleFrom && new Date(offered.possibleFrom) > server.clock.now) {
      // a "not before" action is refused until its term has passed; then the walk waits for it
      const early = await api().post(`/api/cases/${id}/actions/${move.action}`).set(staff()).send({});
      if (early.status !== 409 || early.body.error?.code !== 'NOT_YET')
        return { error: `${where}: "${move.action}" before ${offered.possibleFrom} answered ${early.status}` };
      server.clock.now = new Date(offered.possibleFrom);
      // days have passed: everyone signs in again
      for (const username of ['admin', 'analyst', 'staff'] as const) {
        const login = await api().post('/api/auth/login').send({ username, password: DEMO_PASSWORD });
        server.tokens[username] = login.body.token as string;
      }
    }
    for (const formId of Object.keys(move.forms)) {
      if (!offered.forms.some((f) => f.id === formId))
        return { error: `${where}: at step "${move.step}" action "${move.action}" does not show form "${formId}"` };
    }
    const res = await api()
      .post(`/api/cases/${id}/actions/${move.action}`)
      .set(staff())
      .send({
        ...(Object.keys(move.forms).length ? { forms: move.forms } : {}),
        ...(Object.keys(move.input).length ? { input: move.input } : {}),
        ...(move.reason ? { reason: move.reason } : {}),
      });
    if (res.status !== 200)
      return {
        error: `${where}: at step "${move.step}", action "${move.action}" answered ${res.status} ${JSON.stringify(res.body)}`,
      };
    body = res.body as Record<string, unknown>;
  }
  const history = (await api().get(`/api/cases/${id}`).set(staff())).body.events as {
    type: string;
    action: string;
    label?: unknown;
  }[];
  const unlabelled = history.filter((e) => e.type === 'action' && !e.label).map((e) => e.action);
  if (unlabelled.length)
    return { error: `${where}: the history shows actions without their labels: ${unlabelled.join(', ')}` };
  if (body.status !== 'done' || body.step !== walk.end)
    return {
      error: `${where}: the case ended at "${String(body.step)}" (${String(body.status)}), not at the end step`,
    };
  return { id, body };
}

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;')
    .replace(/`/g, '&#x60;')
    .replace(/=/g, '&#x3D;');

/** What a printed path of a template holds for this case, in the data the walk sent or on the case. */
function valuesAt(
  use: { path: string; scope: string },
  data: Record<string, unknown>,
  kase: Record<string, unknown>,
): unknown[] {
  const full = use.scope ? `${use.scope}.${use.path}` : use.path;
  const [root, ...rest] = full.split('.');
  const base = root === 'data' ? data : root === 'case' ? kase : undefined;
  if (base === undefined) return [];
  if (!use.scope) return [atPointer(base, `/${rest.join('/')}`)];
  // inside an #each over a table: the column of every row
  const scopeKeys = use.scope.split('.').slice(1);
  const rows = atPointer(base, `/${scopeKeys.join('/')}`);
  return Array.isArray(rows) ? rows.map((row) => atPointer(row, `/${use.path.split('.').join('/')}`)) : [];
}

/** Every value of the case the template prints must be in the document; a path no form has is an error. */
async function checkDocuments(walk: Walk, id: string, body: Record<string, unknown>): Promise<string[]> {
  const service = services.find((s) => s.id === walk.service) as Service;
  const problems: string[] = [];
  const data: Record<string, unknown> = { ...walk.application };
  for (const move of walk.moves) for (const formData of Object.values(move.forms)) Object.assign(data, formData);
  const serviceForms = [service.form, ...(service.forms ?? [])].map((f) => forms[f] as Form);
  for (const output of service.outputs.filter((o) => !o.on || o.on === walk.outcome)) {
    const template = templates.get(output.template) as Template;
    for (const lang of Object.keys(template.body) as ('kk' | 'ru' | 'en')[]) {
      const res = await api().get(`/api/cases/${id}/documents/${output.id}?lang=${lang}`).set(staff());
      if (res.status !== 200) {
        problems.push(`document "${output.id}" (${lang}) answered ${res.status}`);
        continue;
      }
      const html = res.text;
      for (const use of scanTemplate(template.body[lang] ?? '').paths) {
        const full = use.scope ? `${use.scope}.${use.path}` : use.path;
        if (
          full.startsWith('data.') &&
          !serviceForms.some((f) => fieldAt(f, `/${full.slice(5).split('.').join('/')}`))
        ) {
          problems.push(`document "${output.id}" (${lang}) names ${full}, which no form of the service has`);
          continue;
        }
        if (full === 'case.number' && !body.number)
          problems.push(`document "${output.id}" (${lang}): the case has no number`);
        if (!use.printed) continue;
        for (const value of valuesAt(use, data, body)) {
          if (typeof value !== 'string' && typeof value !== 'number') continue;
          if (!html.includes(escapeHtml(String(value))))
            problems.push(
              `document "${output.id}" (${lang}) names ${full} = "${String(value)}", which it does not print`,
            );
        }
      }
      const reasons = walk.moves.map((m) => m.reason).filter((r): r is string => Boolean(r));
      if (template.body[lang]?.includes('{{reason}}'))
        for (const reason of reasons)
          if (!html.includes(escapeHtml(reason)))
            problems.push(`document "${output.id}" (${lang}) lacks the reason "${reason}"`);
    }
  }
  return problems;
}

describe('every shipped service walks end to end through the API', () => {
  it('when each service × channel × end step is walked as planned from the definitions, then each reaches its end and its documents carry the case', async () => {
    const failures: string[] = [];
    for (const service of services) {
      for (const walk of planFor(service)) {
        if (!walk.ok) {
          failures.push(walk.message);
          table.push({ service: walk.service, channel: walk.channel, end: walk.end, walked: false, why: walk.missing });
          continue;
        }
        const result = await walkThroughApi(walk);
        if ('error' in result) {
          failures.push(result.error);
          table.push({ service: walk.service, channel: walk.channel, end: walk.end, walked: false, why: result.error });
          continue;
        }
        const problems = await checkDocuments(walk, result.id, result.body);
        failures.push(
          ...problems.map((p) => `service "${walk.service}", channel "${walk.channel}", end "${walk.end}": ${p}`),
        );
        const documents = service.outputs.filter((o) => !o.on || o.on === walk.outcome).map((o) => o.id);
        table.push({
          service: walk.service,
          channel: walk.channel,
          end: walk.end,
          walked: problems.length === 0,
          why:
            problems[0] ??
            `${walk.moves.length} actions${documents.length ? `; documents: ${documents.join(', ')}` : ''}`,
        });
      }
    }
    const dir = path.resolve('test-output');
    fs.mkdirSync(dir, { recursive: true });
    const lines = ['| service | channel | end step | walked | why |', '|---|---|---|---|---|'];
    for (const r of table)
      lines.push(
        `| ${r.service} | ${r.channel} | ${r.end} | ${r.walked ? 'yes' : 'NO'} | ${r.why.replace(/\|/g, '\\|')} |`,
      );
    fs.writeFileSync(path.join(dir, 'walks.md'), `${lines.join('\n')}\n`);
    expect(failures).toEqual([]);
    expect(table.length).toBeGreaterThanOrEqual(services.length);
  });

  it('when a dead end is planted in a copy of the archival reference (the decision step no longer asks for the result form), then the walk fails naming the service, channel and step', () => {
    const psc = structuredClone(processes['archival-reference-psc'] as Process);
    const decide = psc.steps.find((s) => s.id === 'search-and-decide');
    if (decide) delete decide.forms;
    const service = services.find((s) => s.id === 'archival-reference') as Service;
    const issued = planFor(service, psc).find((w) => w.channel === 'psc' && w.end === 'issued');
    expect(issued?.ok).toBe(false);
    expect(issued && !issued.ok ? issued.message : '').toMatch(
      /^service "archival-reference", channel "psc", end "issued": at step "search-and-decide", action "issue-reference": .*form "archival-reference-result", which no step up to "search-and-decide" asks for$/,
    );
  });
});

describe('a step that asks for a required form', () => {
  it('when its action is sent without the form, then answers 422 pointing at the form and the case stays', async () => {
    const service = services.find((s) => s.id === 'archival-reference') as Service;
    const walk = planFor(service).find((w) => w.ok && w.channel === 'leb' && w.end === 'issued') as Walk;
    const decide = walk.moves.findIndex((m) => m.step === 'search-and-decide');
    const shortened = { ...walk, moves: walk.moves.slice(0, decide) };
    const created = await api().post('/api/cases').set(staff()).send({ service: 'archival-reference', channel: 'leb' });
    const id = created.body.id as string;
    await api().post(`/api/cases/${id}/submit`).set(staff()).send({ data: shortened.application });
    for (const move of shortened.moves)
      await api()
        .post(`/api/cases/${id}/actions/${move.action}`)
        .set(staff())
        .send({ input: move.input, forms: move.forms });
    const res = await api().post(`/api/cases/${id}/actions/issue-reference`).set(staff()).send({});
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([
      { path: '/forms/archival-reference-result', message: 'is required at this step' },
    ]);
    expect((await api().get(`/api/cases/${id}`).set(staff())).body.step).toBe('search-and-decide');
  });
});
