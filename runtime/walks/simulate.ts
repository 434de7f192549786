import type { Process, Ruleset, Service } from '../definitions/types';
import { applyAction, startProcess, type ProcessState } from '../process/index';
import { compiledFor } from '../rules/compile';
import { resolveFacts } from '../rules/facts';

/** One action a walk takes: the step it is taken at, the forms filled there, what the actor states. */
export interface WalkMove {
  step: string;
  action: string;
  forms: Record<string, Record<string, unknown>>;
  input: Record<string, unknown>;
  reason?: string;
}

export interface SimulationInput {
  service: Pick<Service, 'forms' | 'survey'>;
  process: Process;
  rulesets: readonly Ruleset[];
  channel: string;
  application: Record<string, unknown>;
  moves: readonly WalkMove[];
  now: Date;
}

/** Where a simulated walk got to: every step it passed, and why it stopped if it could not go on. */
export interface SimulationResult {
  steps: string[];
  state: ProcessState;
  stopped?: { move: number; message: string };
}

/**
 * The facts the server's process conditions read after an evaluation: every ruleset in the
 * service's order on all the case's form data and the actor's input, each seeing the events of
 * those before it (as server/usecases/caseEvaluation does), plus the input itself.
 */
function factsOf(
  input: SimulationInput,
  forms: Record<string, Record<string, unknown>>,
  actorInput: Record<string, unknown>,
): { facts: Record<string, unknown>; reasons: string[] } {
  const data: Record<string, unknown> = { ...input.application };
  for (const id of [...(input.service.forms ?? []), ...(input.service.survey ? [input.service.survey] : [])]) {
    Object.assign(data, forms[id] ?? {});
  }
  const merged: Record<string, unknown> = {};
  const events: string[] = [];
  const reasons: string[] = [];
  for (const ruleset of input.rulesets) {
    const facts = resolveFacts(ruleset, {
      data,
      input: actorInput,
      case: { channel: input.channel, status: 'in-progress' },
      now: input.now,
      channel: input.channel,
      events: [...events],
    });
    Object.assign(merged, facts);
    for (const event of compiledFor(ruleset).run(facts)) {
      if (!events.includes(event.type)) events.push(event.type);
      if (typeof event.params.reason === 'string') reasons.push(event.params.reason);
    }
  }
  return { facts: { ...actorInput, ...merged, events, channel: input.channel, input: actorInput }, reasons };
}

/**
 * The planner checks paths, not time: a walk waits as long as a "not before" term asks (the API
 * and browser walks move their clocks), so for the simulation every term has already passed.
 */
const WAITING = { add: (from: Date) => from };

/** Runs a walk on the process machine and the compiled rules, as the server would, without storing anything. */
export function simulateWalk(input: SimulationInput): SimulationResult {
  const forms: Record<string, Record<string, unknown>> = {};
  const start = factsOf(input, forms, {});
  let state = startProcess(input.process, { now: input.now, facts: start.facts, reasons: start.reasons });
  const steps = () => state.history.map((h) => h.step);
  for (const [i, move] of input.moves.entries()) {
    if (state.step !== move.step) {
      return {
        steps: steps(),
        state,
        stopped: { move: i, message: `the walk is at step "${state.step}", not "${move.step}"` },
      };
    }
    Object.assign(forms, move.forms);
    const { facts, reasons } = factsOf(input, forms, move.input);
    try {
      state = applyAction(input.process, state, move.action, {
        now: input.now,
        facts,
        reasons,
        role: 'staff',
        calendar: WAITING,
        ...(move.reason ? { reason: move.reason } : {}),
      });
    } catch (error) {
      return { steps: steps(), state, stopped: { move: i, message: (error as Error).message } };
    }
  }
  return { steps: steps(), state };
}
