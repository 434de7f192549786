import type { Form, Process, Ruleset, Service, Step } from '../definitions/types';
import { validateFormData } from '../forms/validateData';
import { mayActFor } from '../process/roles';
import {
  allOf,
  consistent,
  describeNeed,
  indexRulesets,
  needsFor,
  type Alternative,
  type FactIndex,
  type Need,
} from './needs';
import { EMPTY, SAMPLE_DATE, fieldAt, sampleFormData, valueOtherThan, type Override } from './sampleData';
import { simulateWalk, type WalkMove } from './simulate';

/** The definitions a walk is planned from: a service and everything it names, by id. */
export interface WalkDefinitions {
  service: Service;
  processes: Readonly<Record<string, Process>>;
  forms: Readonly<Record<string, Form>>;
  rulesets: readonly Ruleset[];
}

/** A move of a walk, with what the step asks for so a screen can show it. */
export interface PlannedMove extends WalkMove {
  /** the forms this step asks staff to fill */
  asks: { id: string; required: boolean }[];
  /** the facts this action asks the actor to state */
  inputs: string[];
}

/** A way through the process of one channel to one end step. */
export interface Walk {
  ok: true;
  service: string;
  channel: string;
  end: string;
  outcome: string | undefined;
  /** the main form's data, submitted to start the case */
  application: Record<string, unknown>;
  moves: PlannedMove[];
  /** every step the walk passes, auto steps included, ending at `end` */
  steps: string[];
}

/** Why no walk reaches an end step: the service, channel and step, and what was missing there. */
export interface WalkFailure {
  ok: false;
  service: string;
  channel: string;
  end: string;
  step?: string;
  action?: string;
  missing: string;
  message: string;
}

export type WalkResult = Walk | WalkFailure;

/** One edge of a path through the process: an action of a task, or the i-th transition of an auto step. */
interface Edge {
  step: Step;
  action?: string;
  next?: number;
}

const MAX_PATHS = 200;
const MAX_TRIES = 32;
/** The instant walks are simulated at; deadline arithmetic is not what they test. */
const WALK_NOW = new Date(`${SAMPLE_DATE}T05:00:00Z`);

/** Every simple path (no step twice) from the start to `end`, in definition order, at most MAX_PATHS. */
function pathsTo(process: Process, end: string): Edge[][] {
  const steps = new Map(process.steps.map((s) => [s.id, s]));
  const found: Edge[][] = [];
  const walk = (id: string, path: Edge[], seen: Set<string>) => {
    if (found.length >= MAX_PATHS) return;
    if (id === end) {
      found.push(path);
      return;
    }
    const step = steps.get(id);
    if (!step || seen.has(id)) return;
    const next = new Set(seen).add(id);
    if (step.type === 'task') for (const a of step.actions ?? []) walk(a.to, [...path, { step, action: a.id }], next);
    if (step.type === 'auto') (step.next ?? []).forEach((t, i) => walk(t.to, [...path, { step, next: i }], next));
  };
  walk(process.start, [], new Set());
  return found;
}

/** Where along a path each fact may be supplied: forms asked so far, and the inputs of the last action. */
interface Position {
  edge: Edge;
  /** index of the move (task action) whose input reaches this condition; -1 before any action */
  move: number;
  formsAsked: ReadonlySet<string>;
  inputs: ReadonlySet<string>;
}

function positions(path: readonly Edge[]): Position[] {
  const out: Position[] = [];
  const asked = new Set<string>();
  let move = -1;
  let inputs = new Set<string>();
  for (const edge of path) {
    if (edge.action !== undefined) {
      for (const f of edge.step.forms ?? []) asked.add(f.id);
      move++;
      const action = edge.step.actions?.find((a) => a.id === edge.action);
      inputs = new Set(action?.inputs ?? []);
    }
    out.push({ edge, move, formsAsked: new Set(asked), inputs });
  }
  return out;
}

/** The types of input the Desk can ask an actor for. */
const INPUT_WIDGETS = new Set(['string', 'number', 'boolean', 'date']);

/** Why a need cannot be supplied at this position, or undefined when it can. */
function unsupplied(need: Need, at: Position, channel: string, mainForm: string, index: FactIndex): string | undefined {
  const source = need.source;
  if (source.from === 'channel') {
    const holds = need.op === 'equal' ? need.value === channel : need.op === 'not' ? need.value !== channel : true;
    return holds ? undefined : `the channel is "${channel}"`;
  }
  if (source.from === 'fixed') return `${describeNeed(need)} comes from no form or input`;
  if (source.from === 'data') {
    const form = source.form ?? mainForm;
    if (form === mainForm || at.formsAsked.has(form)) return undefined;
    return `${describeNeed(need)} is in form "${form}", which no step up to "${at.edge.step.id}" asks for`;
  }
  const declared = [...index.facts.values()].find(
    (f) => f.from === 'input' && (f.path ?? `/${f.id}`) === source.pointer,
  );
  const fact = declared?.id ?? need.fact;
  if (declared && !INPUT_WIDGETS.has(declared.type))
    return `${describeNeed(need)} is an input of type ${declared.type}, for which the Desk has no widget`;
  if (at.move < 0) return `${describeNeed(need)} is an input, and no action is taken before "${at.edge.step.id}"`;
  if (at.inputs.has(fact)) return undefined;
  return `${describeNeed(need)} is an input the action before it does not ask for (no "inputs": ["${fact}"])`;
}

/** A fact nobody supplies is undefined: that is enough for "other than a value" and "empty". */
function absentWill(need: Need): boolean {
  return (
    (need.source.from === 'data' || need.source.from === 'input') &&
    ((need.op === 'not' && need.value != null) || need.op === 'empty')
  );
}

/** The needs of every condition on the path, per position, keeping the alternatives that can be supplied. */
function pathNeeds(
  path: readonly Edge[],
  channel: string,
  mainForm: string,
  index: FactIndex,
): { needs: { at: Position; alternatives: Alternative[] }[] } | { fail: { at: Position; missing: string } } {
  const needs: { at: Position; alternatives: Alternative[] }[] = [];
  for (const at of positions(path)) {
    const { step } = at.edge;
    let alternatives: Alternative[];
    if (at.edge.action !== undefined) {
      const when = step.actions?.find((a) => a.id === at.edge.action)?.when;
      if (!when) continue;
      alternatives = needsFor(when, true, index);
    } else {
      const next = step.next ?? [];
      const i = at.edge.next ?? 0;
      const parts = next.slice(0, i).map((t) => (t.when ? needsFor(t.when, false, index) : []));
      const own = next[i]?.when;
      parts.push(own ? needsFor(own, true, index) : [[]]);
      alternatives = allOf(parts);
    }
    const supplied = alternatives
      .map((alt) => alt.filter((n) => !(absentWill(n) && unsupplied(n, at, channel, mainForm, index))))
      .filter((alt) => alt.every((n) => !unsupplied(n, at, channel, mainForm, index)));
    if (!supplied.length) {
      const first = alternatives[0]?.find((n) => unsupplied(n, at, channel, mainForm, index));
      const missing = first
        ? (unsupplied(first, at, channel, mainForm, index) as string)
        : 'its condition can never hold (no rule fires the event it needs, or it contradicts itself)';
      return { fail: { at, missing } };
    }
    needs.push({ at, alternatives: supplied });
  }
  return { needs };
}

function setPointer(target: Record<string, unknown>, pointer: string, value: unknown): void {
  const tokens = pointer.split('/').slice(1);
  let at = target;
  tokens.forEach((token, i) => {
    if (i === tokens.length - 1) at[token] = value;
    else at = (at[token] ??= {}) as Record<string, unknown>;
  });
}

/** A concrete value for a need, knowing the form field it lands in. */
function valueFor(need: Need, form: Form | undefined): Override {
  const pointer = need.source.from === 'data' || need.source.from === 'input' ? need.source.pointer : '';
  const field = form ? fieldAt(form, pointer) : undefined;
  switch (need.op) {
    case 'equal':
      return need.value;
    case 'not':
      return valueOtherThan(field, need.value);
    case 'empty':
      return EMPTY;
    case 'filled':
      return undefined;
    case 'rows':
    case 'fewer-rows': {
      const count = need.op === 'rows' ? Number(need.value) : Math.max(0, Number(need.value) - 1);
      const row = form && field?.type === 'table' ? sampleFormData({ ...form, fields: field.fields ?? [] }) : {};
      return Array.from({ length: count }, () => ({ ...row, at: (row.at as string | undefined) ?? SAMPLE_DATE }));
    }
  }
}

/** A "filled" input still needs a value: one of its declared type. */
function sampleInput(type: string | undefined): unknown {
  if (type === 'boolean') return true;
  if (type === 'number') return 1;
  if (type === 'date') return SAMPLE_DATE;
  return 'W1';
}

function failure(
  service: string,
  channel: string,
  end: string,
  at: Position | undefined,
  missing: string,
): WalkFailure {
  const where = at
    ? at.edge.action !== undefined
      ? `at step "${at.edge.step.id}", action "${at.edge.action}"`
      : `at auto step "${at.edge.step.id}" (towards "${at.edge.step.next?.[at.edge.next ?? 0]?.to ?? '?'}")`
    : '';
  return {
    ok: false,
    service,
    channel,
    end,
    ...(at ? { step: at.edge.step.id } : {}),
    ...(at?.edge.action !== undefined ? { action: at.edge.action } : {}),
    missing,
    message: `service "${service}", channel "${channel}", end "${end}": ${where ? `${where}: ` : ''}${missing}`,
  };
}

/** Builds the concrete walk for one choice of needs along a path. */
function build(
  defs: WalkDefinitions,
  path: readonly Edge[],
  chosen: readonly { at: Position; needs: Alternative }[],
  index: FactIndex,
): { walk: Omit<Walk, 'ok' | 'service' | 'channel' | 'end' | 'outcome' | 'steps'> } | { invalid: string } {
  const mainId = defs.service.form;
  const overrides = new Map<string, Map<string, Override>>();
  const inputs = new Map<number, Record<string, unknown>>();
  for (const { at, needs } of chosen) {
    for (const need of needs) {
      if (need.source.from === 'data') {
        const formId = need.source.form ?? mainId;
        const value = valueFor(need, defs.forms[formId]);
        if (value === undefined) continue;
        const map = overrides.get(formId) ?? new Map<string, Override>();
        map.set(need.source.pointer, value);
        overrides.set(formId, map);
      } else if (need.source.from === 'input') {
        const input = inputs.get(at.move) ?? {};
        const pointer = need.source.pointer;
        const declared = [...index.facts.values()].find(
          (f) => f.from === 'input' && (f.path ?? `/${f.id}`) === pointer,
        );
        const value = need.op === 'filled' ? sampleInput(declared?.type) : valueFor(need, undefined);
        if (value !== EMPTY) setPointer(input, need.source.pointer, value);
        inputs.set(at.move, input);
      }
    }
  }
  const dataOf = (formId: string): Record<string, unknown> | { invalid: string } => {
    const form = defs.forms[formId];
    if (!form) return { invalid: `form "${formId}" is not among the definitions` };
    const data = sampleFormData(form, overrides.get(formId));
    const errors = validateFormData(form, data);
    if (errors.length) {
      return {
        invalid: `the data generated for form "${formId}" is not valid: ${errors.map((e) => `${e.path} ${e.message}`).join('; ')}`,
      };
    }
    return data;
  };
  const application = dataOf(mainId);
  if ('invalid' in application) return { invalid: application.invalid as string };
  const given = new Set<string>();
  const moves: PlannedMove[] = [];
  for (const edge of path) {
    if (edge.action === undefined) continue;
    const action = edge.step.actions?.find((a) => a.id === edge.action);
    const forms: Record<string, Record<string, unknown>> = {};
    for (const ask of edge.step.forms ?? []) {
      if (given.has(ask.id)) continue;
      const data = dataOf(ask.id);
      if ('invalid' in data) return { invalid: data.invalid as string };
      forms[ask.id] = data;
      given.add(ask.id);
    }
    moves.push({
      step: edge.step.id,
      action: edge.action,
      forms,
      input: inputs.get(moves.length) ?? {},
      ...(action?.requiresReason ? { reason: `Walk reason for ${edge.action}` } : {}),
      asks: (edge.step.forms ?? []).map((f) => ({ id: f.id, required: Boolean(f.required) })),
      inputs: action?.inputs ?? [],
    });
  }
  return { walk: { application, moves } };
}

/** Plans the walk of one channel to one end step, or says why there is none. */
function planOne(defs: WalkDefinitions, channel: string, process: Process, end: Step, index: FactIndex): WalkResult {
  const service = defs.service.id;
  const paths = pathsTo(process, end.id);
  if (!paths.length)
    return failure(service, channel, end.id, undefined, `no path leads from "${process.start}" to "${end.id}"`);
  let firstFailure: WalkFailure | undefined;
  for (const path of paths) {
    const blocked = path.find(
      (e) =>
        e.action !== undefined &&
        !mayActFor('staff', process.actors.find((a) => a.id === e.step.actor)?.kind ?? 'system'),
    );
    if (blocked) {
      firstFailure ??= failure(
        service,
        channel,
        end.id,
        { edge: blocked, move: 0, formsAsked: new Set(), inputs: new Set() },
        `the step is a task of actor "${blocked.step.actor ?? 'none'}", for whom no user may act`,
      );
      continue;
    }
    const analysis = pathNeeds(path, channel, defs.service.form, index);
    if ('fail' in analysis) {
      firstFailure ??= failure(service, channel, end.id, analysis.fail.at, analysis.fail.missing);
      continue;
    }
    const combos = combine(analysis.needs);
    for (const chosen of combos.slice(0, MAX_TRIES)) {
      const built = build(defs, path, chosen, index);
      if ('invalid' in built) {
        firstFailure ??= failure(service, channel, end.id, chosen[0]?.at, built.invalid);
        continue;
      }
      const result = simulateWalk({
        service: defs.service,
        process,
        rulesets: defs.rulesets,
        channel,
        application: built.walk.application,
        moves: built.walk.moves,
        now: WALK_NOW,
      });
      if (!result.stopped && result.state.step === end.id) {
        return { ok: true, service, channel, end: end.id, outcome: end.outcome, ...built.walk, steps: result.steps };
      }
      firstFailure ??= failure(
        service,
        channel,
        end.id,
        undefined,
        result.stopped?.message ?? `the walk ended at step "${result.state.step}" instead`,
      );
    }
  }
  return firstFailure ?? failure(service, channel, end.id, undefined, 'no walk was found');
}

/** Every way of picking one alternative per condition that holds together, the earlier ones first. */
function combine(
  needs: readonly { at: Position; alternatives: Alternative[] }[],
): { at: Position; needs: Alternative }[][] {
  let combos: { at: Position; needs: Alternative }[][] = [[]];
  for (const { at, alternatives } of needs) {
    const next: { at: Position; needs: Alternative }[][] = [];
    for (const combo of combos) {
      for (const alt of alternatives) {
        if (
          consistent([
            ...combo.flatMap((c) => c.needs.filter((n) => n.source.from !== 'input')),
            ...alt.filter((n) => n.source.from !== 'input'),
          ])
        ) {
          next.push([...combo, { at, needs: alt }]);
        }
        if (next.length >= MAX_TRIES * 4) break;
      }
    }
    combos = next;
  }
  return combos;
}

/**
 * Plans a walk for every channel of the service and every end step of its process: the data to
 * submit, the action to take at each task with the forms to fill, the inputs and the reasons;
 * or, where none exists, a failure naming the service, channel and step and what was missing.
 * The walk is checked on the process machine and the compiled rules before it is returned.
 */
export function planWalks(defs: WalkDefinitions): WalkResult[] {
  const index = indexRulesets(defs.rulesets);
  const results: WalkResult[] = [];
  for (const channel of defs.service.channels) {
    const process = defs.processes[channel.process];
    if (!process) {
      results.push(
        failure(
          defs.service.id,
          channel.id,
          '*',
          undefined,
          `process "${channel.process}" is not among the definitions`,
        ),
      );
      continue;
    }
    for (const end of process.steps.filter((s) => s.type === 'end'))
      results.push(planOne(defs, channel.id, process, end, index));
  }
  return results;
}

/** A condition no walk can meet: what it needs comes from no form or input reachable before it. */
export interface DeadEnd {
  process: string;
  /** JSON pointer into the process: the action's or transition's `when` */
  path: string;
  step: string;
  missing: string;
}

/**
 * Every action and transition of the service's processes whose condition depends on facts that
 * no form asked for before it, and no input of the action before it, can supply on any path that
 * reaches its step. validate's crossCheck reports them before a service is published.
 */
export function deadEnds(defs: WalkDefinitions): DeadEnd[] {
  const index = indexRulesets(defs.rulesets);
  const found: DeadEnd[] = [];
  const seen = new Set<string>();
  for (const channel of defs.service.channels) {
    const process = defs.processes[channel.process];
    if (!process || seen.has(`${process.id}/${channel.id}`)) continue;
    seen.add(`${process.id}/${channel.id}`);
    process.steps.forEach((step, i) => {
      const edges: { edge: Edge; path: string }[] = [
        ...(step.type === 'task' ? (step.actions ?? []) : []).flatMap((a, j) =>
          a.when ? [{ edge: { step, action: a.id }, path: `/steps/${i}/actions/${j}/when` }] : [],
        ),
        ...(step.type === 'auto' ? (step.next ?? []) : []).flatMap((t, j) =>
          t.when ? [{ edge: { step, next: j }, path: `/steps/${i}/next/${j}/when` }] : [],
        ),
      ];
      if (!edges.length) return;
      const paths = process.start === step.id ? [[]] : pathsTo(process, step.id);
      for (const { edge, path } of edges) {
        let missing: string | undefined;
        for (const before of paths) {
          const analysis = pathNeeds([...before, edge], channel.id, defs.service.form, index);
          if (!('fail' in analysis)) {
            missing = undefined;
            break;
          }
          missing ??= analysis.fail.at.edge === edge ? analysis.fail.missing : undefined;
        }
        if (missing && !found.some((d) => d.process === process.id && d.path === path))
          found.push({ process: process.id, path, step: step.id, missing });
      }
    });
  }
  return found;
}
