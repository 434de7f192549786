import type { Transaction } from 'sequelize';
import { handoffInputs, type HandoffCase } from '../../runtime/connectors/index';
import type { ConnectorFact } from '../../runtime/definitions/connector';
import type { Ruleset } from '../../runtime/definitions/index';
import type { Pins } from '../repositories/cases';
import type { Context } from '../usecases/context';
import { callPinnedConnector } from './pinnedConnector';
import type { CallRecord, ConnectorDeps } from './callConnector';

export interface FetchedFact {
  fact: string;
  value: unknown;
  call: CallRecord;
}

/** The connector facts fetched at the action `at`, or without it those fetched at submission. */
function connectorFacts(rulesets: readonly Ruleset[], at?: string): { id: string; connector: ConnectorFact }[] {
  return rulesets.flatMap((r) =>
    r.facts.flatMap((f) =>
      f.connector && f.from === 'input' && f.connector.at === at ? [{ id: f.id, connector: f.connector }] : [],
    ),
  );
}

/** Whether any ruleset fact comes from a connector, at submission or at an action. */
export function hasConnectorFacts(rulesets: readonly Ruleset[]): boolean {
  return rulesets.some((r) => r.facts.some((f) => f.connector && f.from === 'input'));
}

/**
 * Fetches the rulesets' connector facts for a case (outside any transaction: a slow register
 * must not hold the database). A failed call is a value too: the status when the fact reads
 * no output, undefined otherwise; the submission goes on and the rules decide.
 */
export async function fetchConnectorFacts(
  ctx: Context,
  rulesets: readonly Ruleset[],
  record: HandoffCase,
  deps: ConnectorDeps,
  pins?: Pick<Pins, 'connectors'>,
  /** the action being taken: its facts (`connector.at`) are fetched; without it, the submission's */
  action?: string,
): Promise<FetchedFact[]> {
  const fetched: FetchedFact[] = [];
  for (const fact of connectorFacts(rulesets, action)) {
    const inputs = handoffInputs(
      { id: fact.id, on: 'submitted', connector: fact.connector.id, inputs: fact.connector.inputs },
      record,
    );
    const call = await callPinnedConnector(ctx, pins, fact.connector.id, inputs, deps);
    const output = fact.connector.output;
    const value = output === undefined ? (call.ok ? 'ok' : call.failure) : call.ok ? call.outputs[output] : undefined;
    fetched.push({ fact: fact.id, value, call });
  }
  return fetched;
}

/** Records the fetched facts with the case, in the transaction that submits it or takes the action. */
export async function saveFetchedFacts(
  ctx: Context,
  t: Transaction,
  caseId: string,
  actor: string,
  fetched: readonly FetchedFact[],
  /** the action they were fetched at; none at submission */
  action?: string,
): Promise<void> {
  const repository = ctx.connectors;
  for (const { fact, value, call } of fetched) {
    await repository.addCall(
      {
        caseId,
        purpose: 'fact',
        connector: call.connector,
        version: call.version,
        ok: call.ok,
        answerDigest: call.ok ? call.answerDigest : null,
        record: { ...call, fact, value, ...(action === undefined ? {} : { action }) },
        actor,
        at: call.at,
      },
      t,
    );
  }
}

/**
 * The values recorded at submission and at earlier actions, by fact (the latest call of each):
 * what actions and previews evaluate with, never a new call, so the same case with the same
 * recorded answers evaluates the same way.
 */
export async function recordedConnectorFacts(ctx: Context, caseId: string): Promise<Record<string, unknown>> {
  const values: Record<string, unknown> = {};
  for (const call of await ctx.connectors.calls(caseId)) {
    const record = call.record as { fact?: string; value?: unknown };
    if (call.purpose === 'fact' && typeof record.fact === 'string') values[record.fact] = record.value;
  }
  return values;
}

/**
 * The facts fetched at an action (ruleset facts whose `connector.at` names it), before the action's
 * rules run and outside any transaction; none when no fact asks for this action.
 */
export async function fetchActionFacts(
  ctx: Context,
  record: HandoffCase & { pins: Pick<Pins, 'connectors'> },
  rulesets: readonly Ruleset[],
  action: string,
  deps: () => ConnectorDeps,
): Promise<FetchedFact[]> {
  if (connectorFacts(rulesets, action).length === 0) return [];
  const { pins, ...view } = record;
  return fetchConnectorFacts(ctx, rulesets, view, deps(), pins, action);
}
