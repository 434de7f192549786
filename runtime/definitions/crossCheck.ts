import { scanTemplate } from '../documents/syntax';
import { checkCitations } from './citations';
import {
  checkDocumentConnectors,
  checkFactActions,
  checkFactConnectors,
  checkHandoffConnectors,
  checkPrefillConnectors,
} from './connectorShape';
import { BUILTIN_FACTS, factsOf, fieldPaths } from './shape';
import { childFields, isChoiceField, isFieldOf, isSectionField, isTableField } from './fieldGuards';
import { fieldTypeOf } from '../forms/fieldTypes';
import type { Condition } from './condition';
import type { Field, Form } from './form';
import type { Process } from './process';
import type { Ruleset } from './ruleset';
import type { Service } from './service';
import { deadEnds } from '../walks/plan';
import { eventUses } from './eventConditions';
import { defaultProblem } from '../forms/defaults';
import type { Checklist } from './checklist';
import type { Dictionary } from './dictionary';
import type { Report } from './report';
import type { Definition, DefinitionByKind, SetError } from './types';

/** Events every case has; a deadline may also count from entering any step of its processes. */
export const CASE_EVENTS = ['started', 'submitted', 'received', 'decided', 'completed'] as const;

type Index = { [K in keyof DefinitionByKind]: Map<string, DefinitionByKind[K]> };

function indexOf(definitions: readonly Definition[]): { index: Index; errors: SetError[] } {
  const index: Index = {
    service: new Map(),
    form: new Map(),
    process: new Map(),
    checklist: new Map(),
    calendar: new Map(),
    template: new Map(),
    ruleset: new Map(),
    act: new Map(),
    connector: new Map(),
    dictionary: new Map(),
    report: new Map(),
  };
  const errors: SetError[] = [];
  for (const definition of definitions) {
    const byId = index[definition.kind] as Map<string, Definition>;
    if (byId.has(definition.id)) {
      errors.push({
        kind: definition.kind,
        id: definition.id,
        path: '/id',
        message: `another ${definition.kind} has id "${definition.id}"`,
      });
    }
    byId.set(definition.id, definition);
  }
  return { index, errors };
}

/**
 * Checks what no single definition can: references between definitions, steps
 * that cannot be reached or cannot finish, facts nobody declares, template
 * fields the form lacks. Each definition is assumed valid on its own.
 */
export function crossCheck(definitions: readonly Definition[]): SetError[] {
  const { index, errors } = indexOf(definitions);
  errors.push(...checkCitations(definitions));
  const at = (d: Definition) => (path: string, message: string) =>
    errors.push({ kind: d.kind, id: d.id, path, message });
  const allFacts = new Set<string>(BUILTIN_FACTS);
  for (const ruleset of index.ruleset.values()) for (const fact of ruleset.facts) allFacts.add(fact.id);

  for (const service of index.service.values()) {
    const err = at(service);
    const need = (kind: keyof Index, id: string, path: string) => {
      if (!index[kind].has(id)) err(path, `no ${kind} "${id}"`);
    };
    need('form', service.form, '/form');
    service.forms?.forEach((id, i) => need('form', id, `/forms/${i}`));
    if (service.survey) need('form', service.survey, '/survey');
    need('calendar', service.calendar, '/calendar');
    service.rulesets.forEach((id, i) => need('ruleset', id, `/rulesets/${i}`));
    service.outputs.forEach((output, i) => need('template', output.template, `/outputs/${i}/template`));
    service.notices?.forEach((notice, i) => {
      if (notice.template) need('template', notice.template, `/notices/${i}/template`);
      else need('template', `notice-${notice.on}`, `/notices/${i}/on`);
      if (notice.to.includes('applicant') && !service.applicantEmail)
        err(`/notices/${i}/to`, 'notifies the applicant, but the service names no applicantEmail field');
    });
    service.channels.forEach((channel, i) => need('process', channel.process, `/channels/${i}/process`));

    const processes = service.channels.map((c) => index.process.get(c.process)).filter((p) => p !== undefined);
    const events = new Set<string>(CASE_EVENTS);
    for (const process of processes) for (const step of process.steps) events.add(step.id);
    service.deadlines.forEach((deadline, i) => {
      const event = deadline.from ?? deadline.before;
      const key = deadline.from !== undefined ? 'from' : 'before';
      if (event !== undefined && !events.has(event)) {
        err(
          `/deadlines/${i}/${key}`,
          `no event "${event}": use ${CASE_EVENTS.join(', ')} or a step id of the service's processes`,
        );
      }
    });
    const outcomes = new Set(processes.flatMap((p) => p.steps.flatMap((s) => (s.outcome ? [s.outcome] : []))));
    service.outputs.forEach((output, i) => {
      if (output.on !== undefined && !outcomes.has(output.on))
        err(`/outputs/${i}/on`, `no end step of this service has outcome "${output.on}"`);
    });
    checkDeadEnds(service, index, errors);
    checkEvents(service, index, errors);
    const applicationForm = index.form.get(service.form);
    service.documents.forEach((document, i) => {
      if (
        document.when &&
        applicationForm &&
        !pointerInForm(applicationForm, `/${document.when.field.replace(/\./g, '/')}`)
      )
        err(`/documents/${i}/when/field`, `form "${applicationForm.id}" has no field "${document.when.field}"`);
      document.channels?.forEach((channel, j) => {
        if (!service.channels.some((c) => c.id === channel))
          err(`/documents/${i}/channels/${j}`, `no channel "${channel}" in this service`);
      });
    });

    checkRulesetFacts(service, index, errors);
  }

  for (const process of index.process.values()) checkProcessGraph(process, allFacts, at(process));
  for (const form of index.form.values()) checkDictionaryUse(form, index.dictionary, at(form));
  for (const form of index.form.values()) checkDueDateCalendars(form, index.calendar, at(form));
  for (const report of index.report.values()) checkReportReferences(report, index, at(report));

  for (const checklist of index.checklist.values()) checkChecklist(checklist, index, at(checklist), errors);

  for (const form of index.form.values()) {
    const err = at(form);
    for (const e of checkPrefillConnectors(form, index.connector)) err(e.path, e.message);
  }
  for (const service of index.service.values()) {
    const err = at(service);
    const processes = service.channels.map((c) => index.process.get(c.process));
    const known = processes.every((p) => p !== undefined) ? (processes as Process[]) : undefined;
    const steps = known && new Set(known.flatMap((p) => p.steps.map((s) => s.id)));
    for (const e of checkHandoffConnectors(service.handoffs ?? [], index.connector, steps)) err(e.path, e.message);
    const actions = known && new Set(known.flatMap((p) => p.steps.flatMap((s) => (s.actions ?? []).map((a) => a.id))));
    for (const id of actions ? service.rulesets : []) {
      const ruleset = index.ruleset.get(id);
      if (!ruleset || !actions) continue;
      for (const e of checkFactActions(ruleset, actions, service.id))
        errors.push({ kind: 'ruleset', id: ruleset.id, path: e.path, message: e.message });
    }
    for (const e of checkDocumentConnectors(service.documents, index.connector)) err(e.path, e.message);
  }
  for (const ruleset of index.ruleset.values()) {
    const err = at(ruleset);
    for (const e of checkFactConnectors(ruleset, index.connector)) err(e.path, e.message);
  }

  for (const template of index.template.values()) checkTemplateFields(template, index, at(template));
  return errors;
}

/** A template's form exists, and has every field the template reads. */
function checkTemplateFields(
  template: DefinitionByKind['template'],
  index: Index,
  err: (path: string, message: string) => void,
): void {
  if (template.form === undefined) return;
  const form = index.form.get(template.form);
  if (!form) return err('/form', `no form "${template.form}"`);
  for (const [lang, source] of Object.entries(template.body)) {
    for (const missing of missingFields(form, source ?? ''))
      err(`/body/${lang}`, `uses field "${missing}", which form "${form.id}" lacks`);
  }
}

function pointerInForm(form: Form, pointer: string): boolean {
  const keys = pointer.split('/').slice(1);
  let fields: readonly Field[] | undefined = form.fields;
  for (const [i, key] of keys.entries()) {
    const field: Field | undefined = fields?.find((f) => f.key === key);
    if (!field) return false;
    if (isTableField(field)) return true; // rows are indexed by number below a table
    if (!isSectionField(field)) return i === keys.length - 1 || fieldTypeOf(field).inside(field, keys.slice(i + 1));
    fields = field.fields;
  }
  return true;
}

/** Paths under `data.` that the template reads and the form does not have. */
export function missingFields(form: Form, source: string): string[] {
  const paths = fieldPaths(form.fields);
  const missing = new Set<string>();
  for (const use of scanTemplate(source).paths) {
    const full = use.scope ? `${use.scope}.${use.path}` : use.path;
    if (!full.startsWith('data.')) continue;
    const keys = full.slice(5).split('.');
    let known = false;
    for (let n = keys.length; n > 0 && !known; n--) {
      const candidate = keys.slice(0, n).join('.');
      const field = paths.get(candidate);
      if (!field) continue;
      const rest = keys.slice(n);
      known = rest.length === 0 || fieldTypeOf(field).inside(field, rest);
    }
    if (!known) missing.add(full.slice(5));
  }
  return [...missing];
}

/**
 * A process action (or transition) whose condition needs facts that no form asked for before its
 * step, and no input of the action before it, can supply: no case could ever take it. Reported on
 * the process, at the condition, once the service and everything it names are in the set.
 */
function checkDeadEnds(service: Service, index: Index, errors: SetError[]): void {
  const processes = service.channels.map((c) => index.process.get(c.process));
  const rulesets = service.rulesets.map((id) => index.ruleset.get(id));
  if (processes.some((p) => !p) || rulesets.some((r) => !r)) return;
  const stepForms = processes.flatMap((p) => (p as Process).steps.flatMap((s) => (s.forms ?? []).map((f) => f.id)));
  if ([service.form, ...stepForms].some((id) => !index.form.has(id))) return;
  const found = deadEnds({
    service,
    processes: Object.fromEntries(processes.map((p) => [(p as Process).id, p as Process])),
    forms: Object.fromEntries(index.form),
    rulesets: rulesets as Ruleset[],
  });
  for (const dead of found) {
    if (errors.some((e) => e.kind === 'process' && e.id === dead.process && e.path === dead.path)) continue;
    errors.push({
      kind: 'process',
      id: dead.process,
      path: dead.path,
      message: `no case can meet this condition at step "${dead.step}" (service "${service.id}"): ${dead.missing}; let a step before it ask for the form (steps[].forms) or the action carry the input (actions[].inputs)`,
    });
  }
}

/**
 * A process condition on a rule event that none of the service's rulesets emits can never hold: reported on the
 * process, at the value naming it, with the events that do exist. Only once every ruleset the service pins is in
 * the set (a partial set cannot tell a typo from a ruleset not loaded).
 */
function checkEvents(service: Service, index: Index, errors: SetError[]): void {
  const rulesets = service.rulesets.map((id) => index.ruleset.get(id));
  if (rulesets.some((r) => !r)) return;
  const emitted = new Set((rulesets as Ruleset[]).flatMap((r) => r.events.map((e) => e.type)));
  const known = [...emitted].sort().join(', ') || 'none';
  const seen = new Set<string>();
  for (const channel of service.channels) {
    const process = index.process.get(channel.process);
    if (!process || seen.has(process.id)) continue;
    seen.add(process.id);
    for (const use of eventUses(process)) {
      if (emitted.has(use.event)) continue;
      if (errors.some((e) => e.kind === 'process' && e.id === process.id && e.path === use.path)) continue;
      errors.push({
        kind: 'process',
        id: process.id,
        path: use.path,
        message: `no ruleset of service "${service.id}" emits event "${use.event}": the events are ${known}`,
      });
    }
  }
}

function checkProcessGraph(process: Process, facts: Set<string>, err: (path: string, message: string) => void): void {
  const steps = new Map(process.steps.map((s, i) => [s.id, { step: s, index: i }]));
  const actors = new Set(process.actors.map((a) => a.id));
  if (!steps.has(process.start)) err('/start', `no step "${process.start}"`);
  const edges = new Map<string, string[]>();
  process.steps.forEach((step, i) => {
    if (step.actor !== undefined && !actors.has(step.actor))
      err(`/steps/${i}/actor`, `no actor "${step.actor}" in this process`);
    const targets: string[] = [];
    step.actions?.forEach((action, j) => {
      targets.push(action.to);
      if (!steps.has(action.to)) err(`/steps/${i}/actions/${j}/to`, `no step "${action.to}"`);
      if (action.when) checkConditionFacts(action.when, `/steps/${i}/actions/${j}/when`, facts, err);
    });
    step.next?.forEach((transition, j) => {
      targets.push(transition.to);
      if (!steps.has(transition.to)) err(`/steps/${i}/next/${j}/to`, `no step "${transition.to}"`);
      if (transition.when) checkConditionFacts(transition.when, `/steps/${i}/next/${j}/when`, facts, err);
    });
    edges.set(
      step.id,
      targets.filter((t) => steps.has(t)),
    );
  });

  const reachable = closure(
    [process.start].filter((s) => steps.has(s)),
    (id) => edges.get(id) ?? [],
  );
  const reverse = new Map<string, string[]>();
  for (const [from, targets] of edges) for (const to of targets) reverse.set(to, [...(reverse.get(to) ?? []), from]);
  const ends = process.steps.filter((s) => s.type === 'end').map((s) => s.id);
  const canFinish = closure(ends, (id) => reverse.get(id) ?? []);
  for (const step of process.steps) {
    const i = steps.get(step.id)?.index ?? 0;
    if (!reachable.has(step.id)) err(`/steps/${i}`, `step "${step.id}" cannot be reached from the start`);
    else if (!canFinish.has(step.id))
      err(`/steps/${i}`, `step "${step.id}" can never reach an end step: a loop with no way out`);
  }
}

function checkConditionFacts(
  condition: Condition,
  at: string,
  facts: Set<string>,
  err: (path: string, message: string) => void,
) {
  for (const use of factsOf(condition, at)) {
    if (!facts.has(use.fact)) err(use.path, `fact "${use.fact}" is declared by no ruleset`);
  }
}

function closure(start: readonly string[], next: (id: string) => readonly string[]): Set<string> {
  const seen = new Set(start);
  const queue = [...start];
  while (queue.length) {
    const id = queue.pop() as string;
    for (const n of next(id))
      if (!seen.has(n)) {
        seen.add(n);
        queue.push(n);
      }
  }
  return seen;
}

/** A computed due date (addWorkingDays) counts on a calendar definition that exists. */
function checkDueDateCalendars(
  form: Form,
  calendars: ReadonlyMap<string, unknown>,
  err: (path: string, message: string) => void,
): void {
  const walk = (fields: readonly Field[], at: string) =>
    fields.forEach((field, i) => {
      const here = `${at}/${i}`;
      walk(childFields(field), `${here}/fields`);
      const computed = isFieldOf(field, 'number', 'integer', 'date') ? field.computed : undefined;
      const calendar = computed?.op === 'addWorkingDays' ? computed.calendar : undefined;
      if (calendar && !calendars.has(calendar)) err(`${here}/computed/calendar`, `no calendar "${calendar}"`);
    });
  walk(form.fields, '/fields');
}

/**
 * A form's dictionary fields: the dictionary exists, and every code the form itself states (a default,
 * a visibleWhen value on that field) is one of its codes.
 */
function checkDictionaryUse(
  form: Form,
  dictionaries: ReadonlyMap<string, Dictionary>,
  err: (path: string, message: string) => void,
): void {
  const paths = fieldPaths(form.fields);
  const walk = (fields: readonly Field[], at: string) =>
    fields.forEach((field, i) => {
      const here = `${at}/${i}`;
      walk(childFields(field), `${here}/fields`);
      const when = field.visibleWhen;
      const target = when ? paths.get(when.field) : undefined;
      if (when && isChoiceField(target) && target.dictionary) {
        const codes = new Set(dictionaries.get(target.dictionary)?.options.map((o) => o.code) ?? []);
        if (codes.size) {
          const stated = when.equals !== undefined ? [['equals', when.equals] as const] : [];
          (when.in ?? []).forEach((v, j) => stated.push([`in/${j}` as 'equals', v] as const));
          for (const [key, value] of stated)
            if (!codes.has(String(value)))
              err(`${here}/visibleWhen/${key}`, `dictionary "${target.dictionary}" has no code "${String(value)}"`);
        }
      }
      if (!isChoiceField(field) || !field.dictionary) return;
      const dictionary = dictionaries.get(field.dictionary);
      if (!dictionary) return err(`${here}/dictionary`, `no dictionary "${field.dictionary}"`);
      if (field.default === undefined) return;
      const options = dictionary.options.map((o) => ({ value: o.code, label: o.label }));
      const problem = defaultProblem({ ...field, options, dictionary: undefined });
      if (problem) err(`${here}/default`, `${problem} (codes of dictionary "${dictionary.id}")`);
    });
  walk(form.fields, '/fields');
}

/** A report names services that exist; the one it lists by has a form with a table of columns. */
function checkReportReferences(report: Report, index: Index, err: (path: string, message: string) => void): void {
  report.filters?.services?.forEach((id, i) => {
    if (!index.service.has(id)) err(`/filters/services/${i}`, `no service "${id}"`);
  });
  if (!report.listing) return;
  const service = index.service.get(report.listing.service);
  if (!service) return err('/listing/service', `no service "${report.listing.service}"`);
  const form = index.form.get(service.form);
  if (form && !form.fields.some((f) => f.type === 'table'))
    err('/listing/service', `the form "${form.id}" of service "${service.id}" has no table of columns to list by`);
}

/** The facts a service's rulesets read: from its forms' fields and its deadlines. */
function checkRulesetFacts(service: Service, index: Index, errors: SetError[]): void {
  const form = index.form.get(service.form);
  for (const rulesetId of service.rulesets) {
    const ruleset = index.ruleset.get(rulesetId);
    if (!ruleset) continue;
    ruleset.facts.forEach((fact, i) => {
      if (
        fact.from === 'data' &&
        fact.form !== undefined &&
        fact.form !== service.form &&
        !service.forms?.includes(fact.form)
      ) {
        errors.push({
          kind: 'ruleset',
          id: ruleset.id,
          path: `/facts/${i}/form`,
          message: `"${fact.form}" is not a form of service "${service.id}"`,
        });
        return;
      }
      const read = fact.form !== undefined ? index.form.get(fact.form) : form;
      if (fact.from === 'data' && read && fact.path && !pointerInForm(read, fact.path)) {
        errors.push({
          kind: 'ruleset',
          id: ruleset.id,
          path: `/facts/${i}/path`,
          message: `form "${read.id}" of service "${service.id}" has no field at ${fact.path}`,
        });
      }
      if (fact.from === 'deadline' && fact.deadline && !service.deadlines.some((d) => d.id === fact.deadline)) {
        errors.push({
          kind: 'ruleset',
          id: ruleset.id,
          path: `/facts/${i}/deadline`,
          message: `service "${service.id}" has no deadline "${fact.deadline}"`,
        });
      }
    });
  }
}

/** A checklist's ruleset and roadmap calendar exist, and the ruleset reads only its items. */
function checkChecklist(
  checklist: Checklist,
  index: Index,
  err: (path: string, message: string) => void,
  errors: SetError[],
): void {
  const ruleset = index.ruleset.get(checklist.ruleset);
  if (!ruleset) err('/ruleset', `no ruleset "${checklist.ruleset}"`);
  if (!index.calendar.has(checklist.roadmap.calendar))
    err('/roadmap/calendar', `no calendar "${checklist.roadmap.calendar}"`);
  const items = new Set(checklist.items.map((item) => item.id));
  ruleset?.facts.forEach((fact, i) => {
    const item = fact.path?.split('/')[1];
    if (fact.from === 'answers' && item !== undefined && !items.has(item)) {
      errors.push({
        kind: 'ruleset',
        id: ruleset.id,
        path: `/facts/${i}/path`,
        message: `checklist "${checklist.id}" has no item "${item}"`,
      });
    }
  });
}
