import { validateDraftData } from '../../../runtime/forms/validateData';
import { conflict, invalid } from '../../errors';
import { requestLanguage } from '../../i18n/requestLanguage';
import type { CaseRecord } from '../../repositories/cases';
import type { Actor, Context } from '../context';
import { assertRole, CASE_WORKERS } from '../permissions';
import { checkRevision, existing, write } from './caseRecord';
import { load } from './pinnedDefinitions';
import { recordCaseEvent } from './recordCaseEvent';

/** Saves a draft's data (PUT /data): checked as a draft, not yet as a complete application. */
export async function saveCaseData(
  ctx: Context,
  actor: Actor,
  id: string,
  input: { data: Record<string, unknown>; baseRevision?: number },
): Promise<CaseRecord> {
  assertRole(actor, CASE_WORKERS, 'edit cases');
  return ctx.transaction(async (t) => {
    const record = await existing(ctx, id, t);
    checkRevision(record, input.baseRevision);
    if (record.status !== 'draft') throw conflict(`case "${id}" is submitted: its data can no longer change`);
    // checked against the pinned form when saved: 100 000 unknown keys must not wait for the submit
    const problems = validateDraftData((await load(ctx, record.pins)).form, input.data, requestLanguage());
    if (problems.length) throw invalid('the form data is not valid', problems);
    const updated = await write(ctx, t, record, { data: input.data });
    await recordCaseEvent(
      ctx,
      t,
      id,
      actor,
      { type: 'data-saved' },
      { action: 'case.save-data', before: record, after: updated },
    );
    return updated;
  });
}
