import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dictionary, Form, Process, Ruleset, Service } from '../definitions/types';
import { withDictionaries } from '../forms/dictionaries';
import { isValidBin, isValidIin } from '../forms/iin';
import { validateFormData } from '../forms/validateData';
import { crossCheck } from '../definitions/crossCheck';
import type { Definition } from '../definitions/types';
import { planWalks, type WalkDefinitions } from './plan';
import { sampleFormData, sampleIin } from './sampleData';

const root = new URL('../..', import.meta.url).pathname;
const read = <T>(dir: string): T[] =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(root, dir, f), 'utf8')) as T);

const services = read<Service>('definitions/services');
const processes = Object.fromEntries(read<Process>('definitions/processes').map((p) => [p.id, p]));
// forms as the server reads them: dictionary choices filled from the shipped dictionaries
const dictionaries = new Map(read<Dictionary>('definitions/dictionaries').map((d) => [d.id, d]));
const forms = Object.fromEntries(read<Form>('definitions/forms').map((f) => [f.id, withDictionaries(f, dictionaries)]));
const rulesets = new Map(read<Ruleset>('rules').map((r) => [r.id, r]));

function definitionsOf(service: Service): WalkDefinitions {
  return { service, processes, forms, rulesets: service.rulesets.map((id) => rulesets.get(id) as Ruleset) };
}

const archival = services.find((s) => s.id === 'archival-reference') as Service;

describe('sample form data', () => {
  it.each(Object.keys(forms))('when generated for the shipped form %s, then the form accepts it', (id) => {
    const form = forms[id] as Form;
    expect(validateFormData(form, sampleFormData(form))).toEqual([]);
  });

  it('when an IIN or BIN is generated, then its check digit and structure are valid', () => {
    for (let n = 0; n < 50; n++) {
      expect(isValidIin(sampleIin(n))).toBe(true);
      expect(isValidBin(sampleIin(n, 'bin'))).toBe(true);
    }
  });

  it('when a value is set that shows a hidden section, then the section comes filled; when it hides one, the section goes', () => {
    const form = forms['archival-reference-result'] as Form;
    const reference = sampleFormData(form, new Map([['/decision', 'reference']]));
    expect(reference.reference).toBeTypeOf('object');
    const refusal = sampleFormData(form, new Map([['/decision', 'refusal']]));
    expect(refusal.reference).toBeUndefined();
    expect(validateFormData(form, refusal)).toEqual([]);
  });
});

describe('walk planner', () => {
  it('when every shipped service is planned, then every channel reaches every end step', () => {
    const failures = services.flatMap((s) => planWalks(definitionsOf(s)).filter((w) => !w.ok));
    expect(failures).toEqual([]);
  });

  it('when the archival reference is issued at the PSC, then the decision step fills the result form with decision "reference"', () => {
    const walk = planWalks(definitionsOf(archival)).find((w) => w.channel === 'psc' && w.end === 'issued');
    expect(walk?.ok).toBe(true);
    if (!walk?.ok) return;
    const decide = walk.moves.find((m) => m.step === 'search-and-decide');
    expect(decide?.action).toBe('issue-reference');
    expect(decide?.forms['archival-reference-result']?.decision).toBe('reference');
    expect(decide?.asks).toEqual([{ id: 'archival-reference-result', required: true }]);
    expect(walk.steps.at(-1)).toBe('issued');
  });

  it('when a refusal is walked, then the refusing action is given a reason', () => {
    const walk = planWalks(definitionsOf(archival)).find((w) => w.channel === 'leb' && w.end === 'refused');
    expect(walk?.ok && walk.moves.find((m) => m.action === 'refuse')?.reason).toBeTruthy();
  });

  it('when a copy of the PSC process no longer asks for the result form at the decision step, then the walk fails naming service, channel, step and the missing form', () => {
    const psc = structuredClone(processes['archival-reference-psc'] as Process);
    const decide = psc.steps.find((s) => s.id === 'search-and-decide');
    if (decide) delete decide.forms;
    const defs = { ...definitionsOf(archival), processes: { ...processes, 'archival-reference-psc': psc } };
    const issued = planWalks(defs).find((w) => w.channel === 'psc' && w.end === 'issued');
    expect(issued?.ok).toBe(false);
    expect(issued && !issued.ok && issued.message).toBe(
      'service "archival-reference", channel "psc", end "issued": at step "search-and-decide", action "issue-reference": ' +
        'fact "decision" (form "archival-reference-result" at /decision) is in form "archival-reference-result", ' +
        'which no step up to "search-and-decide" asks for',
    );
  });

  it('when a copy of an action no longer asks for the input its next auto step reads, then the walk to that branch fails at that step', () => {
    const leb = structuredClone(processes['archival-reference-leb'] as Process);
    const signIn = leb.steps.find((s) => s.id === 'authorization')?.actions?.[0];
    if (signIn) delete signIn.inputs;
    const defs = { ...definitionsOf(archival), processes: { ...processes, 'archival-reference-leb': leb } };
    const refused = planWalks(defs).find((w) => w.channel === 'leb' && w.end === 'authorization-refused');
    expect(refused && !refused.ok && refused.step).toBe('authorization-check');
    expect(refused && !refused.ok && refused.missing).toContain('"inputs": ["authorized"]');
  });

  it('when an input the condition needs has a type the Desk has no widget for, then the walk fails saying so', () => {
    const eds = structuredClone(rulesets.get('archival-reference-authorization') as Ruleset);
    const authorized = eds.facts.find((f) => f.id === 'authorized');
    if (authorized) authorized.type = 'object';
    const defs = {
      ...definitionsOf(archival),
      rulesets: archival.rulesets.map((id) => (id === eds.id ? eds : (rulesets.get(id) as Ruleset))),
    };
    const refused = planWalks(defs).find((w) => w.channel === 'psc' && w.end === 'authorization-refused');
    expect(refused && !refused.ok && refused.missing).toBe(
      'fact "authorized" (the actor\'s input /authorized) is an input of type object, for which the Desk has no widget',
    );
  });

  it('when an end step cannot be reached at all, then the failure says there is no path', () => {
    const leb = structuredClone(processes['archival-reference-leb'] as Process);
    leb.steps.push({ id: 'orphan', type: 'end', outcome: 'cancelled', label: { en: 'Orphan' } });
    const defs = { ...definitionsOf(archival), processes: { ...processes, 'archival-reference-leb': leb } };
    const orphan = planWalks(defs).find((w) => w.channel === 'leb' && w.end === 'orphan');
    expect(orphan && !orphan.ok && orphan.missing).toBe('no path leads from "accept-application" to "orphan"');
  });
});

describe('crossCheck finds dead ends before publishing', () => {
  const everything = (): Definition[] =>
    [...services, ...Object.values(processes), ...Object.values(forms), ...rulesets.values()] as Definition[];

  it('when the shipped services are checked, then no process action has a condition no one can supply', () => {
    const deadEnds = crossCheck(everything()).filter((e) => e.message.startsWith('no case can meet'));
    expect(deadEnds).toEqual([]);
  });

  it('when a copy of the PSC process no longer asks for the result form, then the decision actions are reported at their conditions', () => {
    const psc = structuredClone(processes['archival-reference-psc'] as Process);
    const i = psc.steps.findIndex((s) => s.id === 'search-and-decide');
    delete psc.steps[i]?.forms;
    const set = everything().map((d) => (d.kind === 'process' && d.id === psc.id ? psc : d));
    const found = crossCheck(set).filter((e) => e.id === psc.id && e.message.startsWith('no case can meet'));
    expect(found.map((e) => e.path)).toEqual([`/steps/${i}/actions/0/when`, `/steps/${i}/actions/1/when`]);
    expect(found[0]?.message).toContain(
      'form "archival-reference-result", which no step up to "search-and-decide" asks for',
    );
  });
});
