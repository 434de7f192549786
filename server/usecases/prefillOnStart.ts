import { applyPrefill, prefillInputs } from '../../runtime/connectors/index';
import { validateDraftData } from '../../runtime/forms/validateData';
import type { CallRecord } from '../connectors/callConnector';
import { callPinnedConnector } from '../connectors/pinnedConnector';
import type { CaseRecord } from '../repositories/cases';
import { existing, startCase, write } from './cases';
import type { Actor, Context } from './context';
import { recordPrefillCalls } from './prefillCalls';

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
    const call = await callPinnedConnector(ctx, record.pins, prefill.connector, inputs, deps);
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
    const paths = (c: StartCall) => (filled ? c.filled : []);
    await recordPrefillCalls(
      ctx,
      t,
      actor,
      record.id,
      calls.map((c) => ({ call: c.call, record: { ...c.call, filled: paths(c), on: 'start', prefill: c.prefill } })),
      {
        on: 'start',
        calls: calls.map((c) => ({
          connector: c.call.connector,
          version: c.call.version,
          ok: c.call.ok,
          filled: paths(c),
        })),
      },
    );
    return updated;
  });
}
