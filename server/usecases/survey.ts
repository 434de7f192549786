import { validateFormData } from '../../runtime/forms/validateData';
import { requestLanguage } from '../i18n/requestLanguage';
import { conflict, invalid, notFound } from '../errors';
import type { CaseRecord } from '../repositories/cases';
import { extraForms } from './caseActions';
import { checkRevision, existing, load, recordCaseEvent, write } from './cases';
import type { Actor, Context } from './context';
import { assertRole, CASE_WORKERS } from './permissions';

/**
 * Records the applicant's answers to the service's quality survey, entered by staff: checked
 * against the survey form the case pinned, kept with the case's other forms under its id.
 * Only a submitted case has a service to judge, and a case answers its survey once.
 */
export async function recordSurvey(
  ctx: Context,
  actor: Actor,
  id: string,
  input: { answers: Record<string, unknown>; baseRevision?: number },
): Promise<CaseRecord> {
  assertRole(actor, CASE_WORKERS, 'record surveys');
  const record = await existing(ctx, id);
  checkRevision(record, input.baseRevision);
  if (record.status === 'draft') throw conflict(`case "${id}" is not submitted: there is nothing to survey yet`);
  const defs = await load(ctx, record.pins);
  const surveyId = defs.service.survey;
  const form = surveyId ? (await extraForms(ctx, record, defs)).get(surveyId) : undefined;
  if (!surveyId || !form) throw notFound(`service "${record.service}" has no survey`);
  if (record.forms[surveyId]) throw conflict(`the survey of case "${id}" is already recorded`);
  const errors = validateFormData(form, input.answers, requestLanguage()).map((e) => ({
    ...e,
    path: `/answers${e.path}`,
  }));
  if (errors.length) throw invalid('the survey answers are not valid', errors);

  const now = ctx.now();
  return ctx.transaction(async (t) => {
    const updated = await write(ctx, t, record, { forms: { ...record.forms, [surveyId]: input.answers } });
    await recordCaseEvent(
      ctx,
      t,
      id,
      actor,
      { type: 'survey', fromStep: record.step, toStep: record.step, payload: { form: surveyId }, at: now },
      { action: 'case.survey', before: record, after: updated, details: { form: surveyId } },
    );
    return updated;
  });
}
