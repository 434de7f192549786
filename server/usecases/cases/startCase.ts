import { randomUUID } from 'node:crypto';
import { validateDraftData } from '../../../runtime/forms/validateData';
import { initialData } from '../../../runtime/forms/settle';
import { invalid } from '../../errors';
import type { CaseRecord } from '../../repositories/cases';
import type { Actor, Context } from '../context';
import { assertRole, CASE_WORKERS } from '../permissions';
import { pinInForce } from '../pinning';
import { load } from './pinnedDefinitions';
import { recordCaseEvent } from './recordCaseEvent';

/** Starts a draft case on the service versions in force on the application date, with the form's defaults. */
export async function startCase(
  ctx: Context,
  actor: Actor,
  input: { service: string; channel: string; data?: Record<string, unknown>; applicationDate?: string },
): Promise<CaseRecord> {
  assertRole(actor, CASE_WORKERS, 'start cases');
  return ctx.transaction(async (t) => {
    const { pins, service, applicationDate } = await pinInForce(ctx, input.service, input.applicationDate, t);
    if (!service.channels.some((c) => c.id === input.channel)) {
      throw invalid(`service "${service.id}" has no channel "${input.channel}"`, [
        { path: '/channel', message: `must be one of: ${service.channels.map((c) => c.id).join(', ')}` },
      ]);
    }
    const { form } = await load(ctx, pins);
    if (input.data) {
      // the same save-time check as PUT /data: unknown keys and oversized values wait for no submit
      const problems = validateDraftData(form, input.data);
      if (problems.length)
        throw invalid(
          'the form data is not valid',
          problems.map((p) => ({ ...p, path: `/data${p.path === '/' ? '' : p.path}` })),
        );
    }
    const at = ctx.now();
    const record = await ctx.cases.create(
      // a new case starts with the form's defaults, as the Desk shows them prefilled
      {
        id: randomUUID(),
        pins,
        channel: input.channel,
        data: input.data ?? initialData(form),
        createdBy: actor.username,
        at,
      },
      t,
    );
    await recordCaseEvent(
      ctx,
      t,
      record.id,
      actor,
      { type: 'started', payload: { pins, applicationDate }, at },
      { action: 'case.start', before: null, after: record },
    );
    return record;
  });
}
