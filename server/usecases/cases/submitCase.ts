import type { Transaction } from 'sequelize';
import { validateFormData } from '../../../runtime/forms/validateData';
import { settleData } from '../../../runtime/forms/settle';
import { computeValues } from '../../../runtime/forms/computed';
import { calendarForChannel, dueDates, type WorkingCalendar } from '../../../runtime/calendar/index';
import { startProcess } from '../../../runtime/process/index';
import type { HandoffCase } from '../../../runtime/connectors/index';
import { requestLanguage } from '../../i18n/requestLanguage';
import { raiseCaseNotices } from '../../notifications/caseNotices';
import { enqueueHandoffs, enqueueStepHandoffs } from '../../connectors/handoffOutbox';
import { fetchConnectorFacts, hasConnectorFacts, saveFetchedFacts } from '../../connectors/connectorFacts';
import { fetchProviderDocuments, hasProviderDocuments, saveFetchedDocuments } from '../../connectors/providerDocuments';
import { conflict, invalid } from '../../errors';
import type { CaseRecord } from '../../repositories/cases';
import { checkFileRefs, fileRefsIn } from '../fileRefs';
import { missingConditionalDocuments } from '../documentStatus';
import type { Actor, Context } from '../context';
import { effectiveData, evaluateRulesets, replayOf, type CaseEvaluation } from '../caseEvaluation';
import { allocateCaseNumber, applicantOf } from '../caseNumbers';
import { stepDueOf, stepGroupsColumn } from '../stepActors';
import { assertRole, CASE_WORKERS } from '../permissions';
import { dueDateCalendars } from '../pinning';
import { caseFacts, checkRevision, existing, write } from './caseRecord';
import { deadlineEvents, nextDue, normalizeDue } from './deadlines';
import { issueDocuments } from './issueDocuments';
import { load, processOf, type PinnedDefinitions } from './pinnedDefinitions';
import { recordCaseEvent } from './recordCaseEvent';

/**
 * The application as it is stored: computed fields recomputed on the application date, checked
 * against the pinned form, settled (fields not asked absent, asked and left empty null), its
 * files and conditionally required documents attached. Throws 422 naming each field otherwise.
 */
async function checkedApplication(
  ctx: Context,
  record: CaseRecord,
  defs: PinnedDefinitions,
  calendar: WorkingCalendar,
  now: Date,
  sent: Record<string, unknown> | undefined,
): Promise<Record<string, unknown>> {
  // computed fields are the server's: recomputed on the application date, whatever the client sent
  const today = record.pins.on ?? calendar.localDate(now);
  const calendars = await dueDateCalendars(ctx, defs.form, defs.calendar, today);
  const given = computeValues(defs.form, sent ?? record.data, { today, calendars });
  const errors = validateFormData(defs.form, given, requestLanguage());
  if (errors.length) throw invalid('the form data is not valid', errors);
  // stored as it means: fields not asked are absent, fields asked and left empty are null
  const data = settleData(defs.form, given);
  const refs = fileRefsIn(data).length;
  const needsFiles = refs > 0 || defs.service.documents.some((d) => d.when && d.required);
  const attachments = needsFiles ? await ctx.attachments.ofCase(record.id) : [];
  if (refs) checkFileRefs(data, attachments, '/data');
  // a document required only under a condition the data meets (service documents[].when) must be attached
  const missing = missingConditionalDocuments(defs.service, defs.form, record.channel, data, attachments);
  if (missing.length) throw invalid('documents required for this application are missing', missing);
  return data;
}

/** Facts from registers and documents the provider obtains itself, fetched before the transaction. */
async function fetchFromProviders(ctx: Context, record: CaseRecord, defs: PinnedDefinitions, submitted: HandoffCase) {
  // a slow register must not hold the database
  const facts = hasConnectorFacts(defs.rulesets)
    ? await fetchConnectorFacts(ctx, defs.rulesets, submitted, ctx.connectorDeps, record.pins)
    : [];
  // shown as obtained or failed on the case page
  const documents = hasProviderDocuments(defs.service)
    ? await fetchProviderDocuments(ctx, defs.service, submitted, ctx.connectorDeps, record.pins)
    : [];
  return { facts, documents };
}

/** The process started on the evaluation, and every deadline counted on the channel's calendar. */
function startedProcess(
  record: CaseRecord,
  defs: PinnedDefinitions,
  evaluation: CaseEvaluation,
  calendar: WorkingCalendar,
  now: Date,
  receivedAt: Date,
) {
  const process = processOf(defs, record.channel);
  const state = startProcess(process, { now, facts: evaluation.facts, calendar, reasons: evaluation.reasons });
  const deadlineFrom = deadlineEvents(record, now, receivedAt, state);
  const deadlines = normalizeDue(dueDates(calendar, defs.service.deadlines, deadlineFrom, { now }));
  const replay = replayOf(evaluation, now, deadlineFrom, state, process.steps.find((s) => s.id === state.step)?.limit);
  return { process, state, deadlines, replay };
}

interface Submission {
  record: CaseRecord;
  defs: PinnedDefinitions;
  data: Record<string, unknown>;
  evaluation: CaseEvaluation;
  started: ReturnType<typeof startedProcess>;
  fetched: Awaited<ReturnType<typeof fetchFromProviders>>;
  now: Date;
  receivedAt: Date;
  year: number;
}

/** Writes the submission in one transaction: the case, its history and audit, documents, notices and hand-offs. */
async function commitSubmission(ctx: Context, t: Transaction, actor: Actor, submission: Submission) {
  const { record, defs, data, evaluation, now, receivedAt } = submission;
  const { process, state, deadlines, replay } = submission.started;
  const { id } = record;
  const done = state.status === 'done';
  let updated = await write(ctx, t, record, {
    number: await allocateCaseNumber(ctx, t, defs.service, submission.year),
    ...applicantOf(defs.service, data),
    stepDue: stepDueOf(state),
    stepGroups: stepGroupsColumn(process, state),
    status: done ? 'done' : 'in-progress',
    step: state.step ?? null,
    outcome: state.outcome ?? null,
    data,
    state,
    outcomes: evaluation.outcomes,
    facts: evaluation.facts,
    replay,
    deadlines,
    nextDueAt: nextDue(deadlines, state),
    submittedAt: now,
    receivedAt,
    closedAt: done ? now : null,
    lang: requestLanguage(),
  });
  const { events } = evaluation;
  await recordCaseEvent(
    ctx,
    t,
    id,
    actor,
    {
      type: 'submitted',
      toStep: state.step ?? null,
      payload: { events, receivedAt: receivedAt.toISOString() },
      at: now,
    },
    { action: 'case.submit', before: record, after: updated, details: { events, step: state.step } },
  );
  if (done) updated = await issueDocuments(ctx, t, updated, defs);
  await raiseCaseNotices(ctx, t, updated, defs.service, 'submitted', now);
  if (done) await raiseCaseNotices(ctx, t, updated, defs.service, 'decided', now);
  await enqueueHandoffs(ctx, t, updated, defs.service, 'submitted', now);
  await enqueueStepHandoffs(ctx, t, updated, defs.service, null, state, now);
  const { facts, documents } = submission.fetched;
  if (facts.length) await saveFetchedFacts(ctx, t, id, actor.username, facts);
  if (documents.length) await saveFetchedDocuments(ctx, t, id, actor.username, documents);
  if (done) await enqueueHandoffs(ctx, t, updated, defs.service, 'decided', now);
  return updated;
}

/**
 * Submits a case: checks the data against the pinned form, runs the rulesets, starts
 * the channel's process and computes every deadline on the service's calendar, then
 * writes it all in one transaction.
 */
export async function submitCase(
  ctx: Context,
  actor: Actor,
  id: string,
  input: { data?: Record<string, unknown>; baseRevision?: number },
): Promise<CaseRecord> {
  assertRole(actor, CASE_WORKERS, 'submit cases');
  const record = await existing(ctx, id);
  checkRevision(record, input.baseRevision);
  if (record.status !== 'draft') throw conflict(`case "${id}" is already submitted`);
  const defs = await load(ctx, record.pins);
  const now = ctx.now();
  const channel = defs.service.channels.find((c) => c.id === record.channel);
  const calendar = calendarForChannel(defs.calendar, channel);
  const data = await checkedApplication(ctx, record, defs, calendar, now, input.data);

  const receivedAt = calendar.receivedAt(now);
  const caseView = {
    ...caseFacts(record),
    status: 'in-progress',
    submittedAt: now.toISOString(),
    receivedAt: receivedAt.toISOString(),
  };
  const fetched = await fetchFromProviders(ctx, record, defs, {
    ...caseView,
    number: record.number,
    outcome: null,
    data,
  });
  // the compiled rules agree with json-rules-engine and keep the submit path fast
  const evaluation = await evaluateRulesets(
    defs.rulesets,
    {
      data: effectiveData({ data, forms: record.forms }, defs.service),
      input: Object.fromEntries(fetched.facts.map((f) => [f.fact, f.value])),
      case: caseView,
      now,
      channel: record.channel,
      timeZone: calendar.timeZone,
    },
    { engine: 'compiled' },
  );
  const started = startedProcess(record, defs, evaluation, calendar, now, receivedAt);
  const year = Number(calendar.localDate(now).slice(0, 4));
  const submission = { record, defs, data, evaluation, started, fetched, now, receivedAt, year };
  return ctx.batch((t) => commitSubmission(ctx, t, actor, submission));
}
