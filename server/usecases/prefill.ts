import { applyPrefill, prefillInputs } from '../../runtime/connectors/index';
import type { Connector, Prefill } from '../../runtime/definitions/connector';
import { callConnector, type CallRecord } from '../connectors/callConnector';
import { pinnedConnector } from '../connectors/pinnedConnector';
import type { Pins } from '../repositories/cases';
import { fetchProviderDocument, saveFetchedDocuments } from '../connectors/providerDocuments';
import { conflict, invalid, notFound } from '../errors';
import { validate } from '../../runtime/definitions/index';
import { existing, load } from './cases';
import { recordAudit, type Actor, type Context } from './context';
import { assertRole, CASE_WORKERS } from './permissions';
import { recordPrefillCalls } from './prefillCalls';

export interface PrefillResult {
  /** the data given, with the filled fields set; unchanged when the call failed */
  data: Record<string, unknown>;
  /** the field paths the register filled, which the Desk marks */
  filled: string[];
  call: CallRecord;
}

async function casesConnector(ctx: Context, pins: Pins, id: string): Promise<Connector> {
  const connector = await pinnedConnector(ctx, pins, id);
  if (!connector) throw notFound(`no published connector "${id}"`);
  return connector;
}

/**
 * Fills form fields of a draft case from a register: the prefill the pinned form names,
 * the connector version the case pinned. The data is returned, not saved: staff see
 * it and save it. The call is recorded (connector, version, time, digest of the answer),
 * whether it succeeded or not; a failure is an answer (200), never a failed request.
 */
export async function prefillCase(
  ctx: Context,
  actor: Actor,
  caseId: string,
  input: { prefill: number; data: Record<string, unknown> },
): Promise<PrefillResult> {
  assertRole(actor, CASE_WORKERS, 'fill cases from registers');
  const record = await existing(ctx, caseId);
  if (record.status !== 'draft') throw conflict(`case "${caseId}" is submitted: its data can no longer change`);
  const form = (await load(ctx, record.pins)).form as { prefill?: Prefill[] };
  const prefill = form.prefill?.[input.prefill];
  if (!prefill) throw notFound(`the form of case "${caseId}" has no prefill ${input.prefill}`);
  const connector = await casesConnector(ctx, record.pins, prefill.connector);
  const call = await callConnector(connector, prefillInputs(prefill, input.data), ctx.connectorDeps);
  const result = call.ok ? applyPrefill(prefill, call.outputs, input.data) : { data: input.data, filled: [] };
  await ctx.transaction((t) =>
    recordPrefillCalls(ctx, t, actor, caseId, [{ call, record: { ...call, filled: result.filled } }], {
      connector: connector.id,
      version: connector.version,
      ok: call.ok,
      filled: result.filled,
    }),
  );
  return { ...result, call };
}

/** The calls made for a case, oldest first: what the Desk shows as prefilled and explains. */
export async function connectorCallsOf(ctx: Context, actor: Actor, caseId: string) {
  assertRole(actor, CASE_WORKERS, 'see cases');
  await existing(ctx, caseId);
  return ctx.connectors.calls(caseId);
}

/**
 * The designer's "try it": calls a connector (a draft as sent, not stored) with sample
 * inputs and shows the mapped outputs. Only hosts on the allowlist are reached.
 */
export async function tryConnector(
  ctx: Context,
  actor: Actor,
  draft: Record<string, unknown>,
  inputs: Record<string, unknown>,
) {
  assertRole(actor, ['analyst', 'admin'], 'try connectors');
  const problems = validate({ ...draft, kind: 'connector' });
  if (problems.length) {
    throw invalid(
      'the connector is not valid',
      problems.map((p) => ({ path: `/connector${p.path === '/' ? '' : p.path}`, message: p.message })),
    );
  }
  return callConnector(draft as Connector, inputs, ctx.connectorDeps);
}

/** Staff retry a document the provider obtains through a connector; the new call is recorded beside the old ones. */
export async function retryProviderDocument(ctx: Context, actor: Actor, caseId: string, documentId: string) {
  assertRole(actor, CASE_WORKERS, 'fetch documents for cases');
  const record = await existing(ctx, caseId);
  const { service } = await load(ctx, record.pins);
  const fetched = await fetchProviderDocument(ctx, service, documentId, record, ctx.connectorDeps, record.pins);
  if (!fetched) throw notFound(`service "${service.id}" obtains no document "${documentId}" through a connector`);
  await ctx.transaction(async (t) => {
    await saveFetchedDocuments(ctx, t, caseId, actor.username, [fetched]);
    await recordAudit(ctx, t, {
      actor: actor.username,
      action: 'case.fetch-document',
      entity: 'case',
      entityId: caseId,
      before: null,
      after: { document: documentId, ok: fetched.call.ok },
    });
  });
  return fetched;
}
