import { calendarFor } from '../../runtime/calendar/index';
import type { LocalizedText, Source } from '../../runtime/definitions/index';
import { availableActions, mayActFor, type ProcessState, type Role } from '../../runtime/process/index';
import { attachmentsRepository } from '../repositories/attachments';
import type { CaseEvent, CaseRecord } from '../repositories/cases';
import { describeFiles } from './fileRefs';
import type { CaseReplay, RulesetOutcome } from './caseEvaluation';
import { extraForms } from './caseActions';
import { deadlinesById, existing, load, processOf } from './cases';
import type { Actor, Context } from './context';

export interface ActionView {
  id: string;
  label: LocalizedText;
  to: string;
  requiresReason: boolean;
  /** whether its condition holds on the case's latest evaluation; data sent with it is evaluated first */
  available: boolean;
  /** what may be sent with it: extra forms by id, and the facts rulesets read from the actor's input */
  accepts: { forms: string[]; input: { id: string; type: string; label?: LocalizedText }[] };
}

export interface CaseView extends Omit<CaseRecord, 'deadlines'> {
  /** the current step: label, number as the act prints it, when entered, when due */
  currentStep: {
    id: string;
    label: LocalizedText;
    number?: string;
    actor?: string;
    enteredAt: string;
    due: string | null;
  } | null;
  deadlines: {
    id: string;
    due: string | null;
    /** working days from today to the due day on the service's calendar (0: due today, negative: overdue) */
    workingDaysLeft: number | null;
    label?: LocalizedText;
    source?: Source;
  }[];
  /** actions this caller may take now (the Desk's buttons) */
  actions: ActionView[];
  /** every action of the current step the caller's role may take, available now or not */
  stepActions: ActionView[];
  evaluation: {
    at: string | null;
    events: { ruleset: string; type: string; label?: LocalizedText; rule: string; params: Record<string, unknown> }[];
    rules: {
      ruleset: string;
      id: string;
      label?: LocalizedText;
      fired: boolean;
      facts: Record<string, unknown>;
      source?: Source;
    }[];
  };
  events: CaseEvent[];
  documents: { output: string; lang: string; templateId: string; templateVersion: number }[];
}

/** Everything the Desk's case page shows, in one answer. */
export async function getCase(ctx: Context, actor: Actor, id: string): Promise<CaseView> {
  const record = await existing(ctx, id);
  const [events, documents, defs, attachments] = await Promise.all([
    ctx.cases.events(id),
    ctx.cases.documents(id),
    load(ctx, record.pins),
    attachmentsRepository(ctx.db).ofCase(id),
  ]);
  const process = processOf(defs, record.channel);
  const state = record.state as unknown as ProcessState | null;
  const step = record.step ? process.steps.find((s) => s.id === record.step) : undefined;

  const formIds = [...(await extraForms(ctx, record, defs)).keys()];
  const inputFacts = defs.rulesets.flatMap((r) =>
    r.facts
      .filter((f) => f.from === 'input')
      .map((f) => ({ id: f.id, type: f.type, ...(f.label ? { label: f.label } : {}) })),
  );
  const accepts = { forms: formIds, input: [...new Map(inputFacts.map((f) => [f.id, f])).values()] };
  let actions: ActionView[] = [];
  let stepActions: ActionView[] = [];
  if (record.status === 'in-progress' && state && step?.type === 'task') {
    const facts = { ...(record.facts ?? {}), deadlines: deadlinesById(record.deadlines) };
    const open = new Set(availableActions(process, state, facts, actor.role).map((a) => a.id));
    const actorKind = process.actors.find((a) => a.id === step.actor)?.kind ?? 'system';
    if (mayActFor(actor.role as Role, actorKind)) {
      stepActions = (step.actions ?? []).map((a) => ({
        id: a.id,
        label: a.label,
        to: a.to,
        requiresReason: Boolean(a.requiresReason),
        available: open.has(a.id),
        accepts,
      }));
      actions = stepActions.filter((a) => a.available);
    }
  }

  const outcomes = record.outcomes as RulesetOutcome[];
  const rulesets = new Map(defs.rulesets.map((r) => [r.id, r]));
  const evaluation: CaseView['evaluation'] = {
    at: (record.replay as unknown as CaseReplay | null)?.evaluatedAt ?? record.submittedAt,
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
    currentStep:
      step && state
        ? {
            id: step.id,
            label: step.label,
            ...(step.number ? { number: step.number } : {}),
            ...(step.actor ? { actor: step.actor } : {}),
            enteredAt: state.enteredAt,
            due: state.stepDue ?? null,
          }
        : null,
    deadlines,
    actions,
    stepActions,
    evaluation,
    events,
    documents,
  };
}
