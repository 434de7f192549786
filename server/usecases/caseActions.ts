import { resolveForm } from './pinning';
import type { Transaction } from 'sequelize';
import { calendarFor, calendarForChannel, dueDates, type WorkingCalendar } from '../../runtime/calendar/index';
import type { Form } from '../../runtime/definitions/index';
import { validateFormData } from '../../runtime/forms/validateData';
import { requestLanguage } from '../i18n/requestLanguage';
import { applyAction, type ProcessState } from '../../runtime/process/index';
import { conflict, forbidden, invalid } from '../errors';
import { raiseCaseNotices } from '../notifications/caseNotices';
import { enqueueHandoffs, enqueueStepHandoffs } from '../connectors/handoffOutbox';
import {
  fetchActionFacts,
  hasConnectorFacts,
  recordedConnectorFacts,
  saveFetchedFacts,
} from '../connectors/connectorFacts';
import type { CaseRecord } from '../repositories/cases';
import { effectiveData, evaluateRulesets, replayOf } from './caseEvaluation';
import {
  caseFacts,
  checkRevision,
  deadlineEvents,
  deadlinesById,
  existing,
  issueDocuments,
  load,
  nextDue,
  normalizeDue,
  processError,
  processOf,
  recordCaseEvent,
  write,
  type PinnedDefinitions,
} from './cases';
import type { Actor, Context } from './context';
import { inStepGroups, stepDueOf, stepGroups, stepGroupsColumn } from './stepActors';
import { assertRole, CASE_WORKERS } from './permissions';
import { checkCaseSignature, signatureFacts } from './signatures';

export interface ActionInput {
  reason?: string;
  /** facts the actor states (authorized, edsValid…), read by rulesets' `from: "input"` facts */
  input?: Record<string, unknown>;
  /** data of the forms the step asks for, by form id */
  forms?: Record<string, unknown>;
  /** data of the service's extra forms: of `form` when it is given, else keyed by form id */
  data?: Record<string, unknown>;
  form?: string;
  /** a detached CMS signature (base64 DER) over the case's signing payload */
  signature?: string;
  baseRevision?: number;
}

/** The pinned extra forms of the case's service; cases started before extra forms were pinned use the latest. */
export async function extraForms(
  ctx: Context,
  record: CaseRecord,
  defs: PinnedDefinitions,
): Promise<Map<string, Form>> {
  const ids = [...(defs.service.forms ?? []), ...(defs.service.survey ? [defs.service.survey] : [])];
  const forms = new Map<string, Form>();
  for (const id of ids) {
    const pin = record.pins.forms?.find((p) => p.id === id);
    const form = pin ? await ctx.store.at('form', id, pin.version) : (await ctx.store.latest('form', id))?.definition;
    if (form) forms.set(id, await resolveForm(ctx, form, record.pins));
  }
  return forms;
}

/** Checks each form's data against its pinned form: every error points into /data/…. */
function formsOf(
  input: Pick<ActionInput, 'forms' | 'data' | 'form'>,
  forms: Map<string, Form>,
): Record<string, Record<string, unknown>> {
  if (input.forms !== undefined) {
    if (input.data !== undefined || input.form !== undefined)
      throw invalid('send the forms once', [{ path: '/data', message: 'give either "forms" or "data"' }]);
    return checkedForms(input.forms, forms, (id) => `/forms/${id}`);
  }
  if (input.data === undefined) {
    if (input.form !== undefined) throw invalid('a form needs its data', [{ path: '/data', message: 'is required' }]);
    return {};
  }
  const byForm: Record<string, unknown> = input.form !== undefined ? { [input.form]: input.data } : input.data;
  return checkedForms(byForm, forms, (id) => (input.form !== undefined ? '/data' : `/data/${id}`), input.form);
}

function checkedForms(
  byForm: Record<string, unknown>,
  forms: Map<string, Form>,
  prefix: (id: string) => string,
  single?: string,
): Record<string, Record<string, unknown>> {
  const errors: { path: string; message: string }[] = [];
  const accepted: Record<string, Record<string, unknown>> = {};
  for (const [id, data] of Object.entries(byForm)) {
    const form = forms.get(id);
    if (!form) {
      errors.push({
        path: single !== undefined ? '/form' : prefix(id),
        message: `is not a form of this service: ${[...forms.keys()].join(', ') || 'it has none'}`,
      });
      continue;
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      errors.push({ path: prefix(id), message: 'must be an object' });
      continue;
    }
    for (const error of validateFormData(form, data, requestLanguage()))
      errors.push({ ...error, path: prefix(id) + error.path });
    accepted[id] = data as Record<string, unknown>;
  }
  if (errors.length) throw invalid('the form data is not valid', errors);
  return accepted;
}

/**
 * The case evaluated as it would stand with the data and input sent with an action: the forms
 * checked and merged over those kept, every pinned ruleset run afresh, and the facts the
 * process reads. Nothing is stored: actions and their preview both start here.
 */
export async function evaluateWith(
  ctx: Context,
  record: CaseRecord,
  defs: PinnedDefinitions,
  input: Pick<ActionInput, 'forms' | 'data' | 'form' | 'input' | 'signature'>,
  /** facts fetched from registers for this action (ruleset facts `connector.at`), over those recorded */
  fetched: Record<string, unknown> = {},
): Promise<{
  given: Record<string, Record<string, unknown>>;
  forms: Record<string, Record<string, unknown>>;
  evaluation: Awaited<ReturnType<typeof evaluateRulesets>>;
  facts: Record<string, unknown>;
  signature: Awaited<ReturnType<typeof checkCaseSignature>> | undefined;
}> {
  const given = formsOf(input, await extraForms(ctx, record, defs));
  const forms = { ...record.forms, ...given };
  const calendar = calendarFor(defs.calendar);
  // a signature is checked, not asserted: its facts replace whatever the caller said under their names
  const signature = input.signature === undefined ? undefined : await checkCaseSignature(ctx, record, input.signature);
  // facts fetched from registers at submission: their recorded values, never a new call and never the caller's word
  const recorded = hasConnectorFacts(defs.rulesets) ? await recordedConnectorFacts(ctx, record.id) : {};
  const actorInput = {
    ...(input.input ?? {}),
    ...recorded,
    ...fetched,
    ...(signature ? signatureFacts(signature) : {}),
  };
  const deadlinesNow = deadlinesById(record.deadlines);
  const evaluation = await evaluateRulesets(
    defs.rulesets,
    {
      data: effectiveData({ data: record.data, forms }, defs.service),
      input: actorInput,
      case: caseFacts(record),
      now: ctx.now(),
      channel: record.channel,
      timeZone: calendar.timeZone,
      deadlines: deadlinesNow,
    },
    { engine: 'compiled' },
  );
  // what the actor states is a fact even when no ruleset declares it; a declared fact wins
  const facts = { ...actorInput, ...evaluation.facts, input: actorInput, deadlines: deadlinesNow };
  return { given, forms, evaluation, facts, signature };
}

/** Only a member of the step's groups acts at it (a step naming no group is anyone's who works cases). */
function assertInStepGroups(
  actor: Actor,
  record: CaseRecord,
  process: Parameters<typeof inStepGroups>[1],
  current: Parameters<typeof inStepGroups>[2],
): void {
  if (inStepGroups(actor, process, current)) return;
  throw forbidden(
    `step "${record.step ?? ''}" is for the groups ${stepGroups(process, current).join(', ')}; ${actor.username} is in none of them`,
  );
}

/** The forms the step requires are filled before it moves on. */
function assertStepForms(
  record: CaseRecord,
  current: { forms?: readonly { id: string; required?: boolean }[] } | undefined,
  forms: Record<string, unknown>,
): void {
  const missing = (current?.forms ?? []).filter((f) => f.required && !forms[f.id]);
  if (!missing.length) return;
  throw invalid(
    `step "${record.step ?? ''}" needs its forms filled`,
    missing.map((f) => ({ path: `/forms/${f.id}`, message: 'is required at this step' })),
  );
}

/** The process moved by the action on the evaluation, and every deadline counted afresh. */
function movedProcess(
  record: CaseRecord,
  defs: PinnedDefinitions,
  evaluated: Pick<Awaited<ReturnType<typeof evaluateWith>>, 'evaluation' | 'facts'>,
  move: {
    before: ProcessState;
    actor: Actor;
    actionId: string;
    reason: string | undefined;
    calendar: WorkingCalendar;
    now: Date;
  },
) {
  const { evaluation, facts } = evaluated;
  const { now, calendar, before } = move;
  const process = processOf(defs, record.channel);
  let state: ProcessState;
  try {
    state = applyAction(process, before, move.actionId, {
      now,
      facts,
      role: move.actor.role,
      reason: move.reason,
      calendar,
      reasons: evaluation.reasons,
    });
  } catch (error) {
    processError(error);
  }
  const from = deadlineEvents(record, new Date(record.submittedAt ?? now), new Date(record.receivedAt ?? now), state);
  const deadlines = normalizeDue(dueDates(calendar, defs.service.deadlines, from, { now }));
  const replay = replayOf(evaluation, now, from, state, process.steps.find((s) => s.id === state.step)?.limit);
  return { process, before, state, deadlines, replay };
}

interface TakenAction {
  record: CaseRecord;
  defs: PinnedDefinitions;
  actionId: string;
  input: ActionInput;
  evaluated: Awaited<ReturnType<typeof evaluateWith>>;
  moved: ReturnType<typeof movedProcess>;
  fetchedAt: Awaited<ReturnType<typeof fetchActionFacts>>;
  now: Date;
}

/** Writes the action in one transaction: the case, its history and audit, hand-offs, and on a decision its documents. */
async function commitAction(ctx: Context, t: Transaction, actor: Actor, taken: TakenAction): Promise<CaseRecord> {
  const { record, defs, actionId, input, now } = taken;
  const { given, forms, evaluation, facts, signature } = taken.evaluated;
  const { process, before, state, deadlines, replay } = taken.moved;
  const { id } = record;
  const done = state.status === 'done';
  let updated = await write(ctx, t, record, {
    status: done ? 'done' : 'in-progress',
    step: state.step ?? null,
    stepDue: stepDueOf(state),
    stepGroups: stepGroupsColumn(process, state),
    outcome: state.outcome ?? null,
    state,
    forms,
    outcomes: evaluation.outcomes,
    facts,
    replay,
    deadlines,
    nextDueAt: nextDue(deadlines, state),
    closedAt: done ? now : null,
  });
  const payload = {
    ...(input.input ? { input: input.input } : {}),
    ...(signature ? { signature: { ...signature, certificate: signature.certificate } } : {}),
    ...(Object.keys(given).length ? { forms: Object.keys(given) } : {}),
    events: evaluation.events,
  };
  await recordCaseEvent(
    ctx,
    t,
    id,
    actor,
    {
      type: 'action',
      action: actionId,
      fromStep: before.step ?? null,
      toStep: state.step ?? null,
      reason: input.reason ?? null,
      payload,
      at: now,
    },
    {
      action: 'case.action',
      before: record,
      after: updated,
      details: { action: actionId, from: before.step, to: state.step, events: evaluation.events },
    },
  );
  await enqueueStepHandoffs(ctx, t, updated, defs.service, before, state, now);
  if (taken.fetchedAt.length) await saveFetchedFacts(ctx, t, id, actor.username, taken.fetchedAt, actionId);
  if (done) {
    const decision = { action: actionId, reason: input.reason?.trim() || null, by: actor.username, at: now };
    updated = await issueDocuments(ctx, t, updated, defs, decision);
    await raiseCaseNotices(ctx, t, updated, defs.service, 'decided', now);
    await enqueueHandoffs(ctx, t, updated, defs.service, 'decided', now);
  }
  return updated;
}

/**
 * Takes an action: the data of the service's extra forms is checked and kept, every pinned
 * ruleset is evaluated afresh on the case's data and the facts the actor gives, and the
 * process moves on those facts, auto steps included. The evaluation becomes the case's outcomes.
 */
export async function actOnCase(
  ctx: Context,
  actor: Actor,
  id: string,
  actionId: string,
  input: ActionInput,
): Promise<CaseRecord> {
  assertRole(actor, CASE_WORKERS, 'act on cases');
  const record = await existing(ctx, id);
  checkRevision(record, input.baseRevision);
  const before = record.state;
  if (record.status !== 'in-progress' || !before) throw conflict(`case "${id}" is ${record.status}: no action applies`);
  const defs = await load(ctx, record.pins);
  const process = processOf(defs, record.channel);
  const current = process.steps.find((s) => s.id === record.step);
  assertInStepGroups(actor, record, process, current);
  const channel = defs.service.channels.find((c) => c.id === record.channel);
  const calendar = calendarForChannel(defs.calendar, channel);
  const now = ctx.now();
  // facts the rulesets fetch at this action: called now (outside the transaction), recorded with it
  const fetchedAt = await fetchActionFacts(ctx, record, defs.rulesets, actionId, () => ctx.connectorDeps);
  const fetched = Object.fromEntries(fetchedAt.map((f) => [f.fact, f.value]));
  const evaluated = await evaluateWith(ctx, record, defs, input, fetched);
  assertStepForms(record, current, evaluated.forms);
  const moved = movedProcess(record, defs, evaluated, { before, actor, actionId, reason: input.reason, calendar, now });
  const taken = { record, defs, actionId, input, evaluated, moved, fetchedAt, now };
  return ctx.transaction((t) => commitAction(ctx, t, actor, taken));
}
