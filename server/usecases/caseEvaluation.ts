import type { LocalizedText, Ruleset, Service } from '../../runtime/definitions/index';
import { resolveLabel } from '../../runtime/i18n/index';
import { evaluate, type EvaluateOptions } from '../../runtime/rules/evaluate';
import type { CaseFacts } from '../../runtime/rules/facts';
import type { ProcessState } from '../../runtime/process/index';
import type { CaseRecord, CaseReplay, RulesetOutcome } from '../repositories/cases';

// stored in the case row's JSON columns, so written with the row (server/db/caseColumns.ts)
export type { CaseReplay, RulesetOutcome };

export interface CaseEvaluation {
  outcomes: RulesetOutcome[];
  /** every ruleset's facts merged, with `events` (types fired now) and `channel`: what process conditions read */
  facts: Record<string, unknown>;
  events: string[];
  /** the reasons of refusal events, for the process's end step */
  reasons: string[];
  rulesets: CaseReplay['rulesets'];
}

/** A refusal reason as the process keeps it: a string, or a label in the source language first. */
function reasonText(reason: unknown): string | undefined {
  if (typeof reason === 'string') return reason || undefined;
  if (reason && typeof reason === 'object') return resolveLabel(reason as LocalizedText, 'kk') || undefined;
  return undefined;
}

/**
 * Evaluates every pinned ruleset, in the service's order, on the case as it stands now: the data
 * of all its forms and the facts the actor gives. `events` are those of this evaluation only: a
 * ruleset sees the ones fired by the rulesets before it, never those of earlier moves.
 */
export async function evaluateRulesets(
  rulesets: readonly Ruleset[],
  context: {
    data: Record<string, unknown>;
    input: Record<string, unknown>;
    case: CaseFacts;
    now: Date;
    channel: string;
    timeZone: string;
    deadlines?: Record<string, string | null>;
  },
  options: EvaluateOptions = {},
): Promise<CaseEvaluation> {
  const outcomes: RulesetOutcome[] = [];
  const merged: Record<string, unknown> = {};
  const events: string[] = [];
  const reasons: string[] = [];
  const replay: CaseReplay['rulesets'] = {};
  for (const ruleset of rulesets) {
    const result = await evaluate(ruleset, { ...context, events: [...events] }, options);
    Object.assign(merged, result.facts);
    const types: string[] = [];
    for (const event of result.events) {
      types.push(event.type);
      if (!events.includes(event.type)) events.push(event.type);
      const reason = reasonText(event.params.reason);
      if (reason) reasons.push(reason);
    }
    replay[ruleset.id] = { version: ruleset.version, facts: result.facts, events: types };
    outcomes.push({ ruleset: ruleset.id, version: ruleset.version, events: result.events, rules: result.rules });
  }
  merged.events = events;
  merged.channel = context.channel;
  return { outcomes, facts: merged, events, reasons, rulesets: replay };
}

/** The data rules and templates read: the main form's, then each extra form's in the service's order. */
export function effectiveData(
  record: Pick<CaseRecord, 'data' | 'forms'>,
  service: Pick<Service, 'forms' | 'survey'>,
): Record<string, unknown> {
  const data: Record<string, unknown> = { ...record.data };
  const order = [...(service.forms ?? []), ...(service.survey ? [service.survey] : [])];
  for (const id of order) Object.assign(data, record.forms?.[id] ?? {});
  return data;
}

/** The replay record of a case after a move. */
export function replayOf(
  evaluation: Pick<CaseEvaluation, 'rulesets'>,
  now: Date,
  events: Record<string, Date>,
  state: ProcessState,
  limit: { amount: number; unit: string } | undefined,
): CaseReplay {
  return {
    evaluatedAt: now.toISOString(),
    events: Object.fromEntries(Object.entries(events).map(([id, at]) => [id, at.toISOString()])),
    step:
      state.status === 'done'
        ? null
        : { id: state.step, enteredAt: state.enteredAt, due: state.stepDue ?? null, limit: limit ?? null },
    rulesets: evaluation.rulesets,
  };
}
