import type { Transaction } from 'sequelize';
import { handoffInputs, type HandoffCase } from '../../runtime/connectors/index';
import type { Connector, ConnectorFact } from '../../runtime/definitions/connector';
import type { Ruleset } from '../../runtime/definitions/index';
import type { Context } from '../usecases/context';
import { callConnector, type CallRecord, type ConnectorDeps } from './callConnector';

export interface FetchedFact {
  fact: string;
  value: unknown;
  call: CallRecord;
}

function connectorFacts(rulesets: readonly Ruleset[]): { id: string; connector: ConnectorFact }[] {
  return rulesets.flatMap((r) =>
    r.facts.flatMap((f) => (f.connector && f.from === 'input' ? [{ id: f.id, connector: f.connector }] : [])),
  );
}

export function hasConnectorFacts(rulesets: readonly Ruleset[]): boolean {
  return connectorFacts(rulesets).length > 0;
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
): Promise<FetchedFact[]> {
  const fetched: FetchedFact[] = [];
  for (const fact of connectorFacts(rulesets)) {
    const latest = await ctx.store.latest('connector', fact.connector.id);
    const connector: Connector | null = latest && { ...latest.definition, version: latest.version };
    const inputs = handoffInputs(
      { id: fact.id, on: 'submitted', connector: fact.connector.id, inputs: fact.connector.inputs },
      record,
    );
    const call: CallRecord = connector
      ? await callConnector(connector, inputs, deps)
      : {
          connector: fact.connector.id,
          version: null,
          at: ctx.now().toISOString(),
          attempts: 0,
          ok: false,
          failure: 'unavailable',
          message: `no published connector "${fact.connector.id}"`,
          details: [],
        };
    const output = fact.connector.output;
    const value = output === undefined ? (call.ok ? 'ok' : call.failure) : call.ok ? call.outputs[output] : undefined;
    fetched.push({ fact: fact.id, value, call });
  }
  return fetched;
}

/** Records the fetched facts with the case, in the transaction that submits it. */
export async function saveFetchedFacts(
  ctx: Context,
  t: Transaction,
  caseId: string,
  actor: string,
  fetched: readonly FetchedFact[],
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
        record: { ...call, fact, value },
        actor,
        at: call.at,
      },
      t,
    );
  }
}

/** The values recorded at submission, by fact: what actions and previews evaluate with, never a new call. */
export async function recordedConnectorFacts(ctx: Context, caseId: string): Promise<Record<string, unknown>> {
  const values: Record<string, unknown> = {};
  for (const call of await ctx.connectors.calls(caseId)) {
    const record = call.record as { fact?: string; value?: unknown };
    if (call.purpose === 'fact' && typeof record.fact === 'string') values[record.fact] = record.value;
  }
  return values;
}
