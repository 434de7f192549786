import { applyPrefill, prefillInputs } from '../../runtime/connectors/index';
import { validateDraftData } from '../../runtime/forms/validateData';
import { callConnector, type CallRecord } from '../connectors/callConnector';
import { pinnedConnector } from '../connectors/pinnedConnector';
import type { CaseRecord } from '../repositories/cases';
import { existing, startCase, write } from './cases';
import { recordAudit, type Actor, type Context } from './context';

interface StartCall {
  prefill: number;
  call: CallRecord;
  filled: string[];
}

const given = (value: unknown) => value !== undefined && value !== null && value !== '';

/**
 * Starts a case, then fills the fields its pinned form's prefills "on start" name, from the
 * connector versions the case pinned, with the inputs sent to POST /api/cases (e.g. the IIN).
 * The calls run after the case is committed and outside any transaction (a slow register must
 * not hold the database); their answers are saved and recorded like the on-demand prefill, so
 * the Desk marks the filled fields. A prefill whose inputs were not sent is not called; a failed
 * call is recorded and leaves the data as it was: the case is started whatever the register says.
 */
export async function startCaseWithPrefill(
  ctx: Context,
  actor: Actor,
  input: Parameters<typeof startCase>[2],
): Promise<CaseRecord> {
  const record = await startCase(ctx, actor, input);
  const form = await ctx.store.at('form', record.pins.form.id, record.pins.form.version);
  const onStart = (form?.prefill ?? []).flatMap((prefill, index) =>
    prefill.on === 'start' ? [{ prefill, index }] : [],
  );
  if (!form || onStart.length === 0) return record;

  const deps = ctx.connectorDeps;
  let data = record.data;
  const calls: StartCall[] = [];
  for (const { prefill, index } of onStart) {
    const inputs = prefillInputs(prefill, data);
    if (!Object.values(inputs).every(given)) continue; // nothing to look up by yet: the button is still there
    const connector = await pinnedConnector(ctx, record.pins, prefill.connector);
    const call: CallRecord = connector
      ? await callConnector(connector, inputs, deps)
      : {
          connector: prefill.connector,
          version: null,
          at: ctx.now().toISOString(),
          attempts: 0,
          ok: false,
          failure: 'unavailable',
          message: `no published connector "${prefill.connector}"`,
          details: [],
        };
    const result = call.ok ? applyPrefill(prefill, call.outputs, data) : { data, filled: [] };
    // a register's answer that the form would refuse (too long, say) is recorded, not saved
    const fits = validateDraftData(form, result.data).length === 0;
    if (fits) data = result.data;
    calls.push({ prefill: index, call, filled: fits ? result.filled : [] });
  }
  if (calls.length === 0) return record;

  return ctx.transaction(async (t) => {
    const current = await existing(ctx, record.id, t);
    // saved only over the data it was filled from: a save made meanwhile is never overwritten
    const filled = calls.some((c) => c.filled.length > 0) && current.revision === record.revision;
    const updated = filled ? await write(ctx, t, current, { data }) : current;
    const repository = ctx.connectors;
    for (const { prefill, call, filled: paths } of calls) {
      await repository.addCall(
        {
          caseId: record.id,
          purpose: 'prefill',
          connector: call.connector,
          version: call.version,
          ok: call.ok,
          answerDigest: call.ok ? call.answerDigest : null,
          record: { ...call, filled: filled ? paths : [], on: 'start', prefill },
          actor: actor.username,
          at: call.at,
        },
        t,
      );
    }
    await recordAudit(ctx, t, {
      actor: actor.username,
      action: 'case.prefill',
      entity: 'case',
      entityId: record.id,
      before: null,
      after: {
        on: 'start',
        calls: calls.map(({ call, filled: paths }) => ({
          connector: call.connector,
          version: call.version,
          ok: call.ok,
          filled: filled ? paths : [],
        })),
      },
    });
    return updated;
  });
}
