import { randomUUID } from 'node:crypto';
import type { Transaction } from 'sequelize';
import type { Calendar, Form, Process, Ruleset, Service, Template } from '../../runtime/definitions/index';
import { validateDraftData, validateFormData } from '../../runtime/forms/validateData';
import { initialData, settleData } from '../../runtime/forms/settle';
import { computeValues } from '../../runtime/forms/computed';
import { calendarForChannel, dueDates } from '../../runtime/calendar/index';
import { requestLanguage } from '../i18n/requestLanguage';
import { ProcessError, startProcess, type ProcessState } from '../../runtime/process/index';
import { renderDocumentPage } from '../../runtime/documents/render';
import { raiseCaseNotices } from '../notifications/caseNotices';
import { enqueueHandoffs, enqueueStepHandoffs } from '../connectors/handoffOutbox';
import { fetchConnectorFacts, hasConnectorFacts, saveFetchedFacts } from '../connectors/connectorFacts';
import { fetchProviderDocuments, hasProviderDocuments, saveFetchedDocuments } from '../connectors/providerDocuments';
import { AppError, conflict, invalid, notFound } from '../errors';
import type { CaseRecord, Pin, Pins } from '../repositories/cases';
import { checkFileRefs, fileRefsIn } from './fileRefs';
import { missingConditionalDocuments } from './documentStatus';
import { recordAudit, type Actor, type Context } from './context';
import { effectiveData, evaluateRulesets, replayOf } from './caseEvaluation';
import { allocateCaseNumber, applicantOf } from './caseNumbers';
import { documentContext, type DecisionTaken } from './documentContext';
import { stepDueOf, stepGroupsColumn } from './stepActors';
import { assertRole, CASE_WORKERS } from './permissions';
import { dueDateCalendars, pinInForce, resolveForm } from './pinning';

export interface PinnedDefinitions {
  service: Service;
  form: Form;
  calendar: Calendar;
  processes: Map<string, Process>;
  rulesets: Ruleset[];
  templates: Map<string, Template>;
}

export async function load(ctx: Context, pins: Pins): Promise<PinnedDefinitions> {
  const need = async <K extends 'service' | 'form' | 'calendar' | 'process' | 'ruleset' | 'template'>(
    kind: K,
    pin: Pin,
  ) => {
    const definition = await ctx.store.at(kind, pin.id, pin.version);
    if (!definition)
      throw new AppError(500, 'INTERNAL', `pinned ${kind} "${pin.id}" version ${pin.version} is missing`);
    return definition;
  };
  return {
    service: await need('service', pins.service),
    form: await resolveForm(ctx, await need('form', pins.form), pins),
    calendar: await need('calendar', pins.calendar),
    processes: new Map(await Promise.all(pins.processes.map(async (p) => [p.id, await need('process', p)] as const))),
    rulesets: await Promise.all(pins.rulesets.map((p) => need('ruleset', p))),
    templates: new Map(await Promise.all(pins.templates.map(async (p) => [p.id, await need('template', p)] as const))),
  };
}

export function processOf(defs: PinnedDefinitions, channelId: string): Process {
  const channel = defs.service.channels.find((c) => c.id === channelId);
  const process = channel && defs.processes.get(channel.process);
  if (!process) throw new AppError(500, 'INTERNAL', `channel "${channelId}" has no pinned process`);
  return process;
}

const asObject = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

export function caseFacts(record: CaseRecord) {
  return {
    id: record.id,
    service: record.service,
    channel: record.channel,
    status: record.status,
    submittedAt: record.submittedAt,
    receivedAt: record.receivedAt,
  };
}

/** The events deadlines count from: the case's own, and entering each step of its process. */
export function deadlineEvents(
  record: { createdAt: string },
  submittedAt: Date,
  receivedAt: Date,
  state: ProcessState,
): Record<string, Date> {
  const events: Record<string, Date> = {
    started: new Date(record.createdAt),
    submitted: submittedAt,
    received: receivedAt,
  };
  for (const entry of (state.history ?? []) as unknown as Record<string, unknown>[]) {
    const step = (entry.step ?? entry.to) as string | undefined;
    const at = entry.at as string | Date | undefined;
    if (step && at && !(step in events)) events[step] = new Date(at);
  }
  if (state.status === 'done')
    events.decided ??= new Date(String(state.history?.at(-1)?.at ?? submittedAt.toISOString()));
  return events;
}

export function normalizeDue(result: unknown): { id: string; due: string | null }[] {
  const toIso = (value: unknown) =>
    value instanceof Date ? value.toISOString() : typeof value === 'string' ? value : null;
  if (Array.isArray(result)) {
    return result.map((entry: Record<string, unknown>) => ({ ...entry, id: String(entry.id), due: toIso(entry.due) }));
  }
  if (result instanceof Map) return [...result.entries()].map(([id, due]) => ({ id: String(id), due: toIso(due) }));
  return Object.entries(asObject(result)).map(([id, due]) => ({ id, due: toIso(asObject(due).due ?? due) }));
}

export function nextDue(deadlines: { due: string | null }[], state: ProcessState): Date | null {
  if (state.status === 'done') return null;
  const dues = deadlines.map((d) => d.due).filter((d): d is string => d !== null);
  const stepDue = state.stepDue as string | Date | null | undefined;
  if (stepDue) dues.push(new Date(stepDue).toISOString());
  if (dues.length === 0) return null;
  return new Date(dues.sort()[0] as string);
}

export const deadlinesById = (deadlines: { id: string; due: string | null }[]) =>
  Object.fromEntries(deadlines.map((d) => [d.id, d.due]));

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
    await ctx.cases.addEvent(
      record.id,
      {
        type: 'started',
        action: null,
        fromStep: null,
        toStep: null,
        actor: actor.username,
        role: actor.role,
        reason: null,
        payload: { pins, applicationDate },
        at,
      },
      t,
    );
    await recordAudit(ctx, t, {
      actor: actor.username,
      action: 'case.start',
      entity: 'case',
      entityId: record.id,
      before: null,
      after: record,
    });
    return record;
  });
}

export async function existing(ctx: Context, id: string, t?: Transaction): Promise<CaseRecord> {
  const record = await ctx.cases.get(id, t);
  if (!record) throw notFound(`no case "${id}"`);
  return record;
}

export function checkRevision(record: CaseRecord, baseRevision: number | undefined): void {
  if (baseRevision !== undefined && baseRevision !== record.revision) {
    throw conflict(`case "${record.id}" is at revision ${record.revision}, not ${baseRevision}`, [
      { path: '/baseRevision', message: `current revision is ${record.revision}` },
    ]);
  }
}

export async function write(
  ctx: Context,
  t: Transaction,
  record: CaseRecord,
  changes: Parameters<Context['cases']['update']>[2],
): Promise<CaseRecord> {
  const updated = await ctx.cases.update(record.id, record.revision, changes, t, record);
  if (!updated) throw conflict(`case "${record.id}" was changed by someone else: reload it`);
  return updated;
}

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
    await ctx.cases.addEvent(
      id,
      {
        type: 'data-saved',
        action: null,
        fromStep: null,
        toStep: null,
        actor: actor.username,
        role: actor.role,
        reason: null,
        payload: null,
        at: ctx.now(),
      },
      t,
    );
    await recordAudit(ctx, t, {
      actor: actor.username,
      action: 'case.save-data',
      entity: 'case',
      entityId: id,
      before: record,
      after: updated,
    });
    return updated;
  });
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
  const calendar = calendarForChannel(
    defs.calendar,
    defs.service.channels.find((c) => c.id === record.channel),
  );
  // computed fields are the server's: recomputed on the application date, whatever the client sent
  const today = record.pins.on ?? calendar.localDate(now);
  const calendars = await dueDateCalendars(ctx, defs.form, defs.calendar, today);
  const given = computeValues(defs.form, input.data ?? record.data, { today, calendars });
  const errors = validateFormData(defs.form, given, requestLanguage());
  if (errors.length) throw invalid('the form data is not valid', errors);
  // stored as it means: fields not asked are absent, fields asked and left empty are null
  const data = settleData(defs.form, given);
  const needsFiles = fileRefsIn(data).length > 0 || defs.service.documents.some((d) => d.when && d.required);
  const attachments = needsFiles ? await ctx.attachments.ofCase(id) : [];
  if (fileRefsIn(data).length) checkFileRefs(data, attachments, '/data');
  // a document required only under a condition the data meets (service documents[].when) must be attached
  const missing = missingConditionalDocuments(defs.service, defs.form, record.channel, data, attachments);
  if (missing.length) throw invalid('documents required for this application are missing', missing);

  const receivedAt = calendar.receivedAt(now);
  const caseView = {
    ...caseFacts(record),
    status: 'in-progress',
    submittedAt: now.toISOString(),
    receivedAt: receivedAt.toISOString(),
  };

  // facts fetched from registers, before the transaction: a slow register must not hold the database
  const fetched = hasConnectorFacts(defs.rulesets)
    ? await fetchConnectorFacts(
        ctx,
        defs.rulesets,
        { ...caseView, number: record.number, outcome: null, data },
        ctx.connectorDeps,
        record.pins,
      )
    : [];
  // documents the provider obtains itself: fetched now, shown as obtained or failed on the case page
  const documentsFetched = hasProviderDocuments(defs.service)
    ? await fetchProviderDocuments(
        ctx,
        defs.service,
        { ...caseView, number: record.number, outcome: null, data },
        ctx.connectorDeps,
        record.pins,
      )
    : [];
  // the compiled rules agree with json-rules-engine and keep the submit path fast
  const evaluation = await evaluateRulesets(
    defs.rulesets,
    {
      data: effectiveData({ data, forms: record.forms }, defs.service),
      input: Object.fromEntries(fetched.map((f) => [f.fact, f.value])),
      case: caseView,
      now,
      channel: record.channel,
      timeZone: calendar.timeZone,
    },
    { engine: 'compiled' },
  );
  const { outcomes, facts, events, reasons } = evaluation;

  const process = processOf(defs, record.channel);
  const state = startProcess(process, { now, facts, calendar, reasons });
  const deadlineFrom = deadlineEvents(record, now, receivedAt, state);
  const deadlines = normalizeDue(dueDates(calendar, defs.service.deadlines, deadlineFrom, { now }));
  const replay = replayOf(evaluation, now, deadlineFrom, state, process.steps.find((s) => s.id === state.step)?.limit);
  const done = state.status === 'done';

  const year = Number(calendar.localDate(now).slice(0, 4));
  return ctx.batch(async (t) => {
    let updated = await write(ctx, t, record, {
      number: await allocateCaseNumber(ctx, t, defs.service, year),
      ...applicantOf(defs.service, data),
      stepDue: stepDueOf(state),
      stepGroups: stepGroupsColumn(process, state),
      status: done ? 'done' : 'in-progress',
      step: state.step ?? null,
      outcome: state.outcome ?? null,
      data,
      state: state as unknown as Record<string, unknown>,
      outcomes,
      facts,
      replay: replay as unknown as Record<string, unknown>,
      deadlines,
      nextDueAt: nextDue(deadlines, state),
      submittedAt: now,
      receivedAt,
      closedAt: done ? now : null,
      lang: requestLanguage(),
    });
    await ctx.cases.addEvent(
      id,
      {
        type: 'submitted',
        action: null,
        fromStep: null,
        toStep: state.step ?? null,
        actor: actor.username,
        role: actor.role,
        reason: null,
        payload: { events, receivedAt: receivedAt.toISOString() },
        at: now,
      },
      t,
    );
    if (done) updated = await issueDocuments(ctx, t, updated, defs);
    await raiseCaseNotices(ctx, t, updated, defs.service, 'submitted', now);
    if (done) await raiseCaseNotices(ctx, t, updated, defs.service, 'decided', now);
    await enqueueHandoffs(ctx, t, updated, defs.service, 'submitted', now);
    await enqueueStepHandoffs(ctx, t, updated, defs.service, null, state, now);
    if (fetched.length) await saveFetchedFacts(ctx, t, id, actor.username, fetched);
    if (documentsFetched.length) await saveFetchedDocuments(ctx, t, id, actor.username, documentsFetched);
    if (done) await enqueueHandoffs(ctx, t, updated, defs.service, 'decided', now);
    await recordAudit(ctx, t, {
      actor: actor.username,
      action: 'case.submit',
      entity: 'case',
      entityId: id,
      before: record,
      after: updated,
      details: { events, step: state.step },
    });
    return updated;
  });
}

/** A closed case gets the outputs of its outcome, rendered in every language of their templates. */
export async function issueDocuments(
  ctx: Context,
  t: Transaction,
  record: CaseRecord,
  defs: PinnedDefinitions,
  decision?: DecisionTaken,
): Promise<CaseRecord> {
  const outputs = defs.service.outputs.filter((o) => o.on === undefined || o.on === record.outcome);
  for (const output of outputs) {
    const template = defs.templates.get(output.template);
    const pin = record.pins.templates.find((p) => p.id === output.template);
    if (!template || !pin) continue;
    for (const lang of Object.keys(template.body) as ('kk' | 'ru' | 'en')[]) {
      const html = renderDocumentPage(template, {
        lang,
        ...documentContext(record, { ...defs, process: processOf(defs, record.channel) }, lang, decision),
      });
      await ctx.cases.saveDocument(
        {
          caseId: record.id,
          output: output.id,
          lang,
          templateId: pin.id,
          templateVersion: pin.version,
          html,
          createdAt: ctx.now(),
        },
        t,
      );
    }
  }
  return record;
}

/** A process refusal as an HTTP answer: the role may not (403), not now (409), no such action (404), no reason (422). */
export function processError(error: unknown): never {
  if (!(error instanceof ProcessError)) throw error;
  const status =
    error.code === 'UNKNOWN_ACTION'
      ? 404
      : error.code === 'REASON_REQUIRED'
        ? 422
        : error.code === 'NOT_ALLOWED'
          ? 403
          : 409;
  const details =
    status === 422
      ? [{ path: '/reason', message: 'is required' }]
      : error.code === 'NOT_YET'
        ? [{ path: '/action', message: `is possible from ${error.possibleFrom?.toISOString() ?? 'later'}` }]
        : [];
  throw new AppError(status, error.code, error.message, details);
}

export async function caseDocument(ctx: Context, id: string, output: string, lang?: string): Promise<string> {
  await existing(ctx, id);
  const document = await ctx.cases.document(id, output, lang);
  if (!document) throw notFound(`case "${id}" has no document "${output}"${lang ? ` in ${lang}` : ''}`);
  return document.html;
}
