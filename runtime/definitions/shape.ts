import type { Calendar } from './calendar';
import { conditionProblems } from './conditionShape';
import type { Checklist } from './checklist';
import type { Deadline } from './common';
import type { Condition } from './condition';
import type { Field } from './form';
import type { Process } from './process';
import type { Ruleset } from './ruleset';
import type { Service } from './service';
import type { Definition, DefinitionError } from './types';
import { checkTemplateSyntax } from '../documents/syntax';
import { checkReport } from './reportShape';
import { conditionCycle } from '../rules/runnable';
import { factReference } from '../rules/conditionTree';
import {
  isAllCondition,
  isAnyCondition,
  isConditionReference,
  isFactCondition,
  isNotCondition,
} from './conditionGuards';
import { defaultProblem } from '../forms/defaults';
import { fieldTypeOf } from '../forms/fieldTypes';
import { isContainerField } from './fieldGuards';
import { checkFormLogic } from './formLogicShape';
import { uniqueIds } from './uniqueIds';

export { uniqueIds } from './uniqueIds';
export { fieldPaths } from './fieldGuards';

/** The checks of one definition that JSON Schema cannot express. */
export function checkShape(definition: Definition): DefinitionError[] {
  switch (definition.kind) {
    case 'service':
      return checkService(definition);
    case 'form':
      return [...checkFields(definition.fields, '/fields'), ...checkFormLogic(definition)];
    case 'process':
      return checkProcess(definition);
    case 'ruleset':
      return checkRuleset(definition);
    case 'checklist':
      return checkChecklist(definition);
    case 'calendar':
      return checkCalendar(definition);
    case 'act':
      return uniqueIds(definition.paragraphs, '/paragraphs');
    case 'connector':
      return []; // connectorShape.ts, called by validate()
    case 'report':
      return checkReport(definition);
    case 'dictionary':
      return uniqueIds(
        definition.options.map((o) => ({ id: o.code })),
        '/options',
      ).map((e) => ({ ...e, path: e.path.replace(/\/id$/, '/code'), message: e.message.replace('id', 'code') }));
    case 'template':
      return Object.entries(definition.body).flatMap(([lang, source]) =>
        checkTemplateSyntax(source ?? '').map((message) => ({ path: `/body/${lang}`, message })),
      );
  }
}

function checkService(service: Service): DefinitionError[] {
  return [
    ...uniqueIds(service.channels, '/channels'),
    ...uniqueIds(service.documents, '/documents'),
    ...uniqueIds(service.deadlines, '/deadlines'),
    ...uniqueIds(service.outputs, '/outputs'),
    ...uniqueIds(service.complaints, '/complaints'),
    ...uniqueIds(service.statements ?? [], '/statements'),
    ...service.deadlines.flatMap((deadline, i) => checkDeadline(deadline, `/deadlines/${i}`)),
    // a document's case reads the form (crossCheck finds its fields); its shape is judged here
    ...service.documents.flatMap((d, i) => (d.when ? conditionProblems(d.when, `/documents/${i}/when`) : [])),
    ...(service.cost.stated === false && service.cost.amount !== undefined
      ? [{ path: '/cost/amount', message: 'a cost the act does not state has no amount' }]
      : []),
  ];
}

/** A deadline is a term from an event, a term before an event, or a periodic date: exactly one. */
export function checkDeadline(deadline: Deadline, at: string): DefinitionError[] {
  const shapes = [deadline.from, deadline.before, deadline.periodic].filter((x) => x !== undefined).length;
  if (shapes !== 1) {
    return [{ path: at, message: 'give exactly one of "from" (a term after an event), "before" or "periodic"' }];
  }
  const errors: DefinitionError[] = [];
  if (deadline.periodic) {
    if (deadline.amount !== undefined)
      errors.push({ path: `${at}/amount`, message: 'a periodic deadline has no amount' });
    if (deadline.periodic.every === 'year' && deadline.periodic.month === undefined) {
      errors.push({ path: `${at}/periodic/month`, message: 'a yearly deadline needs its month' });
    }
  } else {
    if (deadline.amount === undefined) errors.push({ path: `${at}/amount`, message: 'is required' });
    if (deadline.unit === undefined) errors.push({ path: `${at}/unit`, message: 'is required' });
  }
  return errors;
}

/** The JSONPath subset both evaluation paths read alike (runtime/rules/jsonPath.ts). */
const PATH_SUBSET = /^\$(\.[A-Za-z0-9_-]+|\[[0-9]+\])*$/;

const PARAMS_REASON =
  'json-rules-engine gives params to a fact it computes on demand; Qagida facts are values resolved before evaluation, so params would be ignored: state the difference in the fact or its path';

/**
 * What the Condition union cannot say: a reference names a condition of this ruleset (`named` is
 * the set of its named conditions; outside a ruleset there are none), a leaf has no params (see
 * PARAMS_REASON), and a `{fact}` value is a reference both evaluation paths read alike.
 */
export function checkCondition(condition: Condition, at: string, named?: ReadonlySet<string>): DefinitionError[] {
  if (isAllCondition(condition))
    return condition.all.flatMap((child, i) => checkCondition(child, `${at}/all/${i}`, named));
  if (isAnyCondition(condition))
    return condition.any.flatMap((child, i) => checkCondition(child, `${at}/any/${i}`, named));
  if (isNotCondition(condition)) return checkCondition(condition.not, `${at}/not`, named);
  if (isConditionReference(condition)) {
    const name = condition.condition;
    if (!named) return [{ path: `${at}/condition`, message: 'named conditions are used only inside a ruleset' }];
    return named.has(name)
      ? []
      : [{ path: `${at}/condition`, message: `no named condition "${name}" in this ruleset` }];
  }
  const errors: DefinitionError[] = [];
  if (condition.params !== undefined) errors.push({ path: `${at}/params`, message: PARAMS_REASON });
  errors.push(...checkFactReference(condition.value, `${at}/value`));
  return errors;
}

/** A `{fact, path?}` value or event param: a path in the subset, and no params (see PARAMS_REASON). */
function checkFactReference(value: unknown, at: string): DefinitionError[] {
  const ref = factReference(value);
  if (!ref) return [];
  const errors: DefinitionError[] = [];
  if (typeof ref.fact !== 'string') errors.push({ path: `${at}/fact`, message: 'a fact is named by text' });
  if (ref.path !== undefined && (typeof ref.path !== 'string' || !PATH_SUBSET.test(ref.path))) {
    errors.push({ path: `${at}/path`, message: 'a path is written with $.name and $[index] steps only' });
  }
  if (ref.params !== undefined) errors.push({ path: `${at}/params`, message: PARAMS_REASON });
  return errors;
}

/** Every fact a condition reads, with the pointer of the leaf that reads it. */
export function factsOf(condition: Condition, at: string): { fact: string; path: string }[] {
  if (isAllCondition(condition)) return condition.all.flatMap((c, i) => factsOf(c, `${at}/all/${i}`));
  if (isAnyCondition(condition)) return condition.any.flatMap((c, i) => factsOf(c, `${at}/any/${i}`));
  if (isNotCondition(condition)) return factsOf(condition.not, `${at}/not`);
  if (!isFactCondition(condition)) return [];
  const found = [{ fact: condition.fact, path: `${at}/fact` }];
  const ref = factReference(condition.value);
  if (typeof ref?.fact === 'string') found.push({ fact: ref.fact, path: `${at}/value/fact` });
  return found;
}

/** Names every object inherits (toString, constructor…): data under such a key would read an inherited function. */
const INHERITED_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * What the Field union cannot say: unique keys per level, a key no object inherits, a pattern that
 * compiles, a choice's options or dictionary (one of them), limits in order, a default that fits.
 */
export function checkFields(fields: readonly Field[], at: string): DefinitionError[] {
  const errors: DefinitionError[] = uniqueIds(
    fields.map((f) => ({ id: f.key })),
    at,
  ).map((e) => ({ ...e, path: e.path.replace(/\/id$/, '/key'), message: e.message.replace('id', 'key') }));
  fields.forEach((field, index) => {
    const here = `${at}/${index}`;
    if (INHERITED_NAMES.has(field.key))
      errors.push({
        path: `${here}/key`,
        message: `"${field.key}" is a name every object inherits: choose another key`,
      });
    errors.push(...fieldTypeOf(field).shapeProblems(field as never, here));
    if ('default' in field && field.default !== undefined && !('dictionary' in field && field.dictionary)) {
      const problem = defaultProblem(field);
      if (problem) errors.push({ path: `${here}/default`, message: problem });
    }
    if (isContainerField(field)) errors.push(...checkFields(field.fields, `${here}/fields`));
  });
  return errors;
}

function checkProcess(process: Process): DefinitionError[] {
  const errors = [...uniqueIds(process.actors, '/actors'), ...uniqueIds(process.steps, '/steps')];
  process.steps.forEach((step, i) => {
    const at = `/steps/${i}`;
    if (step.type === 'end') {
      if (!step.outcome) errors.push({ path: `${at}/outcome`, message: 'an end step needs its outcome' });
      if (step.actions?.length || step.next?.length) {
        errors.push({ path: at, message: 'an end step has no actions or next steps' });
      }
    } else if (step.type === 'task') {
      if (!step.actions?.length) errors.push({ path: `${at}/actions`, message: 'a task needs at least one action' });
      if (!step.actor) errors.push({ path: `${at}/actor`, message: 'a task needs the actor who performs it' });
      if (step.next?.length) errors.push({ path: `${at}/next`, message: 'a task moves by its actions, not next' });
      if (step.actions) errors.push(...uniqueIds(step.actions, `${at}/actions`));
    } else if (!step.next?.length) {
      errors.push({ path: `${at}/next`, message: 'an auto step needs at least one next step' });
    }
    step.actions?.forEach((action, j) => {
      if (action.when) errors.push(...checkCondition(action.when, `${at}/actions/${j}/when`));
    });
    step.next?.forEach((transition, j) => {
      if (transition.when) errors.push(...checkCondition(transition.when, `${at}/next/${j}/when`));
    });
  });
  errors.push(...automaticLoops(process));
  return errors;
}

/**
 * Automatic steps that can lead back to themselves through automatic steps only: the case's
 * data does not change between them, so a case that enters such a loop never leaves it.
 */
function automaticLoops(process: Process): DefinitionError[] {
  const auto = new Map(process.steps.map((step, i) => [step.id, { step, i }] as const));
  for (const [id, { step }] of auto) if (step.type !== 'auto') auto.delete(id);
  const errors: DefinitionError[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string, trail: string[]): void => {
    state.set(id, 'open');
    const { step, i } = auto.get(id) as { step: Process['steps'][number]; i: number };
    step.next?.forEach((transition, j) => {
      if (!auto.has(transition.to)) return;
      if (state.get(transition.to) === 'open') {
        const start = trail.indexOf(transition.to);
        const loop = [...(start < 0 ? [] : trail.slice(start)), id, transition.to];
        errors.push({
          path: `/steps/${i}/next/${j}/to`,
          message: `automatic steps loop without waiting for anyone (${loop.join(' → ')}): a case would never leave them`,
        });
      } else if (!state.has(transition.to)) visit(transition.to, [...trail, id]);
    });
    state.set(id, 'done');
  };
  for (const id of auto.keys()) if (!state.has(id)) visit(id, []);
  return errors;
}

function checkRuleset(ruleset: Ruleset): DefinitionError[] {
  const errors = [...uniqueIds(ruleset.facts, '/facts'), ...uniqueIds(ruleset.rules, '/rules')];
  ruleset.facts.forEach((fact, i) => {
    const needsPath = fact.from === 'data' || fact.from === 'case' || fact.from === 'answers' || fact.from === 'count';
    if (needsPath && fact.path === undefined) {
      errors.push({ path: `/facts/${i}/path`, message: `a fact from ${fact.from} needs its path (a JSON pointer)` });
    }
    if (fact.from === 'deadline' && !fact.deadline) {
      errors.push({ path: `/facts/${i}/deadline`, message: 'a fact from a deadline names the deadline' });
    }
    if (fact.form !== undefined && fact.from !== 'data') {
      errors.push({ path: `/facts/${i}/form`, message: 'only a fact from data names the form it reads' });
    }
  });
  const declared = new Set([...ruleset.facts.map((f) => f.id), ...BUILTIN_FACTS]);
  const events = new Set(ruleset.events.map((e) => e.type));
  const named = ruleset.conditions ?? {};
  const names = new Set(Object.keys(named));
  const checkTree = (condition: Condition, at: string, what: string) => {
    errors.push(...checkCondition(condition, at, names));
    if (isFactCondition(condition)) {
      errors.push({ path: at, message: `the top of ${what} is "all", "any", "not" or "condition"` });
    }
    for (const use of factsOf(condition, at)) {
      if (!declared.has(use.fact))
        errors.push({ path: use.path, message: `fact "${use.fact}" is not declared in this ruleset` });
    }
  };
  for (const [name, condition] of Object.entries(named))
    checkTree(condition, `/conditions/${name}`, 'a named condition');
  const cycle = conditionCycle(named);
  if (cycle) {
    errors.push({
      path: `/conditions/${cycle[0]}`,
      message: `named conditions refer to each other in a loop (${cycle.join(' → ')}): none of them could be decided`,
    });
  }
  ruleset.rules.forEach((rule, i) => {
    const at = `/rules/${i}`;
    checkTree(rule.conditions, `${at}/conditions`, 'a rule');
    if (!events.has(rule.event.type)) {
      errors.push({ path: `${at}/event/type`, message: `event "${rule.event.type}" is not declared in this ruleset` });
    }
    for (const [key, value] of Object.entries(rule.event.params ?? {})) {
      errors.push(...checkFactReference(value, `${at}/event/params/${key}`));
    }
  });
  return errors;
}

/** Facts every evaluation provides without a declaration. */
export const BUILTIN_FACTS = ['now', 'channel', 'events'] as const;

function checkChecklist(checklist: Checklist): DefinitionError[] {
  const errors = [
    ...uniqueIds(checklist.items, '/items'),
    ...uniqueIds(checklist.vocabulary.actions, '/vocabulary/actions'),
    ...uniqueIds(checklist.vocabulary.goals, '/vocabulary/goals'),
    ...uniqueIds(checklist.roadmap.sections, '/roadmap/sections'),
  ];
  checklist.items.forEach((item, i) => {
    // a condition on a later (or unknown) item could never be answered first
    if (item.askedWhen && !checklist.items.slice(0, i).some((earlier) => earlier.id === item.askedWhen?.item)) {
      errors.push({ path: `/items/${i}/askedWhen/item`, message: `no earlier item "${item.askedWhen.item}"` });
    }
    if (item.answer === 'choice' && !item.options?.length) {
      errors.push({ path: `/items/${i}/options`, message: 'a choice needs its options' });
    }
    if (item.parts) {
      errors.push(
        ...uniqueIds(
          item.parts.map((p) => ({ id: p.key })),
          `/items/${i}/parts`,
        ).map((e) => ({ ...e, path: e.path.replace(/\/id$/, '/key') })),
      );
      if (item.answer !== 'number' && item.answer !== 'text') {
        errors.push({ path: `/items/${i}/parts`, message: 'only a number or text answer is given in parts' });
      }
    }
  });
  return errors;
}

function minutes(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

function checkCalendar(calendar: Calendar): DefinitionError[] {
  const errors: DefinitionError[] = [];
  for (const name of ['workingHours', 'receptionHours'] as const) {
    const hours = calendar[name];
    if (minutes(hours.start) >= minutes(hours.end)) {
      errors.push({ path: `/${name}/end`, message: 'must be later than start' });
    }
    hours.breaks?.forEach((b, i) => {
      if (
        minutes(b.start) >= minutes(b.end) ||
        minutes(b.start) < minutes(hours.start) ||
        minutes(b.end) > minutes(hours.end)
      ) {
        errors.push({
          path: `/${name}/breaks/${i}`,
          message: 'a break lies inside the hours and ends after it starts',
        });
      }
    });
  }
  if (calendar.years.from > calendar.years.to) {
    errors.push({ path: '/years/to', message: 'must not be before years.from' });
  }
  const dates = new Set<string>();
  calendar.transfers.forEach((t, i) => {
    if (dates.has(t.date)) errors.push({ path: `/transfers/${i}/date`, message: `${t.date} is moved twice` });
    dates.add(t.date);
  });
  return errors;
}
