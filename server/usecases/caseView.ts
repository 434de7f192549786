import type { ActionView, CaseView, InputView, StepView } from '../../runtime/api/cases';
import { calendarFor, calendarForChannel } from '../../runtime/calendar/index';
import {
  availableActions,
  earliestAt,
  isOverdue,
  mayActFor,
  processStateOf,
  type Role,
} from '../../runtime/process/index';
import type { CaseRecord } from '../repositories/cases';
import { describeFiles } from './fileRefs';
import type { CaseReplay } from './caseEvaluation';
import { evaluateWith, extraForms, type ActionInput } from './caseActions';
import { deadlinesById, existing, load, processOf, type PinnedDefinitions } from './cases';
import { conflict } from '../errors';
import { assertRole, CASE_WORKERS } from './permissions';
import type { Actor, Context } from './context';
import { inStepGroups } from './stepActors';

export type { ActionView, CaseView, InputView, StepView };

/** When the case's rules were last evaluated, as its replay record says (see caseEvaluation.ts). */
const evaluatedAt = (replay: CaseReplay | null) =>
  typeof replay?.evaluatedAt === 'string' ? replay.evaluatedAt : null;

/**
 * The actions of the case's current step this caller may take, each with what it asks for, and
 * whether its condition holds on these facts. Actions whose step names groups the caller is not
 * in, or whose actor the caller's role may not play, are not listed.
 */
async function actionViews(
  ctx: Context,
  actor: Actor,
  record: CaseRecord,
  defs: PinnedDefinitions,
  facts: Record<string, unknown>,
): Promise<{ actions: ActionView[]; stepActions: ActionView[] }> {
  const process = processOf(defs, record.channel);
  const state = processStateOf(record.state);
  const step = record.step ? process.steps.find((s) => s.id === record.step) : undefined;
  if (record.status !== 'in-progress' || !state || step?.type !== 'task') return { actions: [], stepActions: [] };
  const actorKind = process.actors.find((a) => a.id === step.actor)?.kind ?? 'system';
  if (!mayActFor(actor.role as Role, actorKind) || !inStepGroups(actor, process, step))
    return { actions: [], stepActions: [] };
  const pinnedForms = await extraForms(ctx, record, defs);
  const inputFacts = defs.rulesets.flatMap((r) =>
    r.facts
      .filter((f) => f.from === 'input')
      .map((f) => ({ id: f.id, type: f.type, ...(f.label ? { label: f.label } : {}) })),
  );
  const inputsById = new Map(inputFacts.map((f) => [f.id, f]));
  const accepts = { forms: [...pinnedForms.keys()], input: [...inputsById.values()] };
  const stepForms = (step.forms ?? []).map((f) => ({
    id: f.id,
    version: pinnedForms.get(f.id)?.version ?? null,
    required: Boolean(f.required),
  }));
  const open = new Set(availableActions(process, state, facts, actor.role).map((a) => a.id));
  const calendar = calendarForChannel(
    defs.calendar,
    defs.service.channels.find((c) => c.id === record.channel),
  );
  const stepActions = (step.actions ?? []).map((a) => {
    // a "not before" action is not available until its earliest instant, which the view states
    const earliest = earliestAt(a, state, calendar);
    const tooEarly = earliest !== null && ctx.now().getTime() < earliest.getTime();
    return {
      id: a.id,
      label: a.label,
      to: a.to,
      requiresReason: Boolean(a.requiresReason),
      available: open.has(a.id) && !tooEarly,
      ...(earliest ? { possibleFrom: earliest.toISOString() } : {}),
      accepts,
      forms: stepForms,
      inputs: (a.inputs ?? []).map((id) => inputsById.get(id) ?? { id, type: 'string' }),
    };
  });
  return { actions: stepActions.filter((a) => a.available), stepActions };
}

/** Which actions the data and input given would make available; nothing is stored. */
export async function previewActions(
  ctx: Context,
  actor: Actor,
  id: string,
  input: Pick<ActionInput, 'forms' | 'data' | 'form' | 'input'>,
): Promise<{ actions: ActionView[] }> {
  assertRole(actor, CASE_WORKERS, 'act on cases');
  const record = await existing(ctx, id);
  if (record.status !== 'in-progress') throw conflict(`case "${id}" is ${record.status}: no action applies`);
  const defs = await load(ctx, record.pins);
  const { facts } = await evaluateWith(ctx, record, defs, input);
  return { actions: (await actionViews(ctx, actor, record, defs, facts)).stepActions };
}

/** Everything the Desk's case page shows, in one answer. */
export async function getCase(ctx: Context, actor: Actor, id: string): Promise<CaseView> {
  const record = await existing(ctx, id);
  const [events, documents, defs, attachments] = await Promise.all([
    ctx.cases.events(id),
    ctx.cases.documents(id),
    load(ctx, record.pins),
    ctx.attachments.ofCase(id),
  ]);
  const process = processOf(defs, record.channel);
  const state = processStateOf(record.state);
  const step = record.step ? process.steps.find((s) => s.id === record.step) : undefined;
  const actorLabel = (id: string | undefined) => process.actors.find((a) => a.id === id)?.label;

  const facts = { ...(record.facts ?? {}), deadlines: deadlinesById(record.deadlines) };
  const { actions, stepActions } = await actionViews(ctx, actor, record, defs, facts);

  const { outcomes } = record;
  const rulesets = new Map(defs.rulesets.map((r) => [r.id, r]));
  const evaluation: CaseView['evaluation'] = {
    at: evaluatedAt(record.replay) ?? record.submittedAt,
    events: outcomes.flatMap((o) =>
      o.events.map((e) => ({
        ruleset: o.ruleset,
        type: e.type,
        label: rulesets.get(o.ruleset)?.events.find((d) => d.type === e.type)?.label,
        rule: e.rule,
        params: e.params,
      })),
    ),
    rules: outcomes.flatMap((o) =>
      o.rules.map((r) => {
        const rule = rulesets.get(o.ruleset)?.rules.find((d) => d.id === r.id);
        return {
          ruleset: o.ruleset,
          id: r.id,
          ...(rule?.label ? { label: rule.label } : {}),
          fired: r.fired,
          // a file is shown by name, type and size, never by its content
          facts: describeFiles(r.facts, attachments),
          ...(rule?.source ? { source: rule.source } : {}),
        };
      }),
    ),
  };

  const calendar = calendarFor(defs.calendar);
  const today = calendar.localDate(ctx.now());
  const deadlines = record.deadlines.map((d) => {
    const definition = defs.service.deadlines.find((x) => x.id === d.id);
    return {
      id: d.id,
      due: d.due,
      workingDaysLeft: d.due === null ? null : calendar.workingDaysBetween(today, calendar.localDate(new Date(d.due))),
      ...(definition ? { label: definition.label } : {}),
      ...(definition?.source ? { source: definition.source } : {}),
    };
  });

  return {
    ...record,
    // the API shows the stored state and replay as they are, plain objects (runtime/api/caseShapes.ts)
    state: record.state && { ...record.state },
    replay: record.replay && { ...record.replay },
    outcomes,
    overdue: isOverdue(record, ctx.now()),
    currentStep:
      step && state
        ? {
            id: step.id,
            label: step.label,
            ...(step.number ? { number: step.number } : {}),
            ...(step.actor ? { actor: step.actor } : {}),
            ...(actorLabel(step.actor) ? { actorLabel: actorLabel(step.actor) } : {}),
            ...(step.limit ? { limit: step.limit } : {}),
            enteredAt: state.enteredAt,
            due: state.stepDue ?? null,
          }
        : null,
    steps: process.steps.map((s) => ({
      id: s.id,
      ...(s.number ? { number: s.number } : {}),
      label: s.label,
      type: s.type,
      ...(s.actor ? { actor: s.actor } : {}),
      ...(actorLabel(s.actor) ? { actorLabel: actorLabel(s.actor) } : {}),
      ...(s.limit ? { limit: s.limit } : {}),
      ...(s.outcome ? { outcome: s.outcome } : {}),
    })),
    deadlines,
    actions,
    stepActions,
    evaluation,
    events: events.map((e) => {
      const from = process.steps.find((s) => s.id === e.fromStep);
      const to = process.steps.find((s) => s.id === e.toStep);
      const label = e.action ? from?.actions?.find((a) => a.id === e.action)?.label : undefined;
      return {
        ...e,
        ...(label ? { label } : {}),
        ...(from ? { fromLabel: from.label } : {}),
        ...(to ? { toLabel: to.label } : {}),
      };
    }),
    documents,
  };
}
