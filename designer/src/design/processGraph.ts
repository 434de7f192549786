import type { Process, Step } from '../../../runtime/definitions/types';
import type { DefinitionError } from '../../../runtime/definitions/types';
import { describeCondition } from './conditionBuilder';
import { layoutGraph, LANE_HEADER, shortLabel, type Box } from './processLayout';

export interface LaneBox {
  actor: string;
  y: number;
  height: number;
}

export interface StepBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  step: Step;
  errors: DefinitionError[];
}

export interface Link {
  id: string;
  from: string;
  to: string;
  label: string;
  /** the pointer of the action or transition, to show its errors */
  pointer: string;
  /** where its label is drawn, clear of steps and other labels (absent for a link to no step) */
  labelBox?: Box;
  /** the label as drawn: cut when long (the whole text is `label`) */
  shortLabel?: string;
}

export const LANE_HEIGHT = 140;
export const COLUMN_WIDTH = 230;
export { LANE_HEADER };
/** A step box is as wide as .step-node in styles.css */
export const STEP_WIDTH = 180;
const SYSTEM_LANE = '(system)';

/** The lanes: one per actor in declared order, then one for steps without an actor (auto and end). */
export function lanesOf(process: Process): string[] {
  const lanes = process.actors.map((a) => a.id);
  if (process.steps.some((s) => !s.actor || !lanes.includes(s.actor))) lanes.push(SYSTEM_LANE);
  return lanes;
}

function targets(step: Step): string[] {
  return [...(step.actions ?? []).map((a) => a.to), ...(step.next ?? []).map((n) => n.to)];
}

/** Columns by distance from the start step, so the graph reads left to right; unreachable steps go last. */
export function columnsOf(process: Process): Map<string, number> {
  const byId = new Map(process.steps.map((s) => [s.id, s]));
  const column = new Map<string, number>();
  const queue = [process.start];
  column.set(process.start, 0);
  while (queue.length) {
    const id = queue.shift() as string;
    for (const to of targets(byId.get(id) ?? ({} as Step))) {
      if (!column.has(to) && byId.has(to)) {
        column.set(to, (column.get(id) ?? 0) + 1);
        queue.push(to);
      }
    }
  }
  let last = Math.max(0, ...column.values());
  for (const step of process.steps) if (!column.has(step.id)) column.set(step.id, ++last);
  return column;
}

/** Which step each error belongs to: "/steps/3/actions/0/to" belongs to the fourth step. */
export function errorsByStep(process: Process, errors: readonly DefinitionError[]): Map<string, DefinitionError[]> {
  const found = new Map<string, DefinitionError[]>();
  for (const error of errors) {
    const match = /^\/steps\/(\d+)(\/|$)/.exec(error.path);
    const step = match ? process.steps[Number(match[1])] : undefined;
    if (step) found.set(step.id, [...(found.get(step.id) ?? []), error]);
  }
  return found;
}

/** A step's height: its title (up to 3 lines), its kind line and its problems, as .step-node draws them. */
export function stepHeight(title: string, errors: readonly string[]): number {
  const lines = (text: string, perLine: number) => Math.max(1, Math.ceil(text.length / perLine));
  const titleLines = Math.min(3, lines(title, 24));
  return 16 + 16 * titleLines + 16 + errors.reduce((sum, e) => sum + 14 * lines(e, 30), 0);
}

/** The text shown for a step's problem: where in the step, then what. */
export function errorText(error: DefinitionError): string {
  return `${error.path.replace(/^\/steps\/\d+/, '') || 'step'}: ${error.message}`;
}

export function layoutProcess(
  process: Process,
  errors: readonly DefinitionError[] = [],
  titleOf = (s: Step) => s.label?.en ?? s.id,
) {
  const lanes = lanesOf(process);
  const stepErrors = errorsByStep(process, errors);
  const laneOf = (step: Step) => {
    const i = step.actor ? lanes.indexOf(step.actor) : -1;
    return i >= 0 ? i : lanes.indexOf(SYSTEM_LANE);
  };
  const links: Link[] = process.steps.flatMap((step, i) => [
    ...(step.actions ?? []).map((action, j) => ({
      id: `${step.id}:a:${j}`,
      from: step.id,
      to: action.to,
      label: action.id + (action.when ? ` [${describeCondition(action.when)}]` : ''),
      pointer: `/steps/${i}/actions/${j}`,
    })),
    ...(step.next ?? []).map((next, j) => ({
      id: `${step.id}:n:${j}`,
      from: step.id,
      to: next.to,
      label: next.when ? describeCondition(next.when) : 'otherwise',
      pointer: `/steps/${i}/next/${j}`,
    })),
  ]);
  // two steps with one id would be one node; validate() reports the duplicate, the graph draws the first
  const steps = process.steps.filter((s, i) => process.steps.findIndex((o) => o.id === s.id) === i);
  const nodes = steps.map((step) => ({
    id: step.id,
    lane: laneOf(step),
    width: STEP_WIDTH,
    height: stepHeight(titleOf(step), (stepErrors.get(step.id) ?? []).map(errorText)),
  }));
  const layout = layoutGraph(nodes, links, lanes.length);
  const boxes: StepBox[] = steps.map((step) => ({
    id: step.id,
    ...(layout.nodes.get(step.id) as Box),
    step,
    errors: stepErrors.get(step.id) ?? [],
  }));
  for (const link of links) {
    const box = layout.labels.get(link.id);
    if (box) Object.assign(link, { labelBox: box, shortLabel: shortLabel(link.label) });
  }
  const laneBoxes: LaneBox[] = lanes.map((actor, i) => ({
    actor,
    ...(layout.lanes[i] as { y: number; height: number }),
  }));
  return { lanes: laneBoxes, boxes, links, width: layout.width };
}

/** A new step id not yet used: step1, step2… */
export function freshStepId(process: Process): string {
  let n = process.steps.length + 1;
  while (process.steps.some((s) => s.id === `step${n}`)) n++;
  return `step${n}`;
}

/** Removes a step and every action or transition leading to it. */
export function removeStep(process: Process, id: string): Process {
  const steps = process.steps
    .filter((s) => s.id !== id)
    .map((s) => ({
      ...s,
      ...(s.actions ? { actions: s.actions.filter((a) => a.to !== id) } : {}),
      ...(s.next ? { next: s.next.filter((n) => n.to !== id) } : {}),
    }));
  return { ...process, steps, start: process.start === id ? (steps[0]?.id ?? '') : process.start };
}

/** Connects two steps the way the source step moves: a task by a new action, an auto step by a transition. */
export function connect(process: Process, from: string, to: string): Process {
  const steps = process.steps.map((s) => {
    if (s.id !== from || s.type === 'end') return s;
    if (s.type === 'task') {
      const actions = s.actions ?? [];
      let n = actions.length + 1;
      while (actions.some((a) => a.id === `action${n}`)) n++;
      return { ...s, actions: [...actions, { id: `action${n}`, label: { en: `Go to ${to}` }, to }] };
    }
    return { ...s, next: [...(s.next ?? []), { to }] };
  });
  return { ...process, steps };
}
