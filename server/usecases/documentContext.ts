import type { Language } from '../../runtime/i18n/index';
import { resolveLabel } from '../../runtime/i18n/index';
import type { Form, Process, Ruleset, Service } from '../../runtime/definitions/index';
import type { ProcessState } from '../../runtime/process/index';
import type { RenderInput } from '../../runtime/documents/render';
import type { CaseRecord } from '../repositories/cases';
import { effectiveData } from './caseEvaluation';
import { caseFacts } from './cases/caseRecord';

/** The action that closed (or last moved) the case, as the caller took it. */
export interface DecisionTaken {
  action: string;
  reason: string | null;
  by: string;
  at: Date;
}

/**
 * Everything a result document can print about its case, in one language: the data of all its
 * forms, the case with its number, what was decided (the last action with its label, reason, who
 * and when), every reason given along the way, the rules that fired with their labels, and the step.
 */
export function documentContext(
  record: CaseRecord,
  defs: { service: Service; rulesets: readonly Ruleset[]; process: Process; form?: Form },
  lang: Language,
  decision: DecisionTaken | undefined,
): Omit<RenderInput, 'lang'> {
  const { process } = defs;
  const step = process.steps.find((s) => s.id === record.step);
  const state = record.state as ProcessState | null;
  const label = (stepId: string | undefined, actionId: string) =>
    process.steps.find((s) => s.id === stepId)?.actions?.find((a) => a.id === actionId)?.label;
  const history = state?.history ?? [];
  // the entry an action made records where it led; the entry before it, the step it was taken at
  const taken = decision ? history.findLastIndex((h) => h.action === decision.action) : -1;
  const fromStep = taken > 0 ? history[taken - 1]?.step : undefined;
  const decided = decision
    ? {
        action: decision.action,
        label: resolveLabel(label(fromStepOf(process.steps, decision.action, fromStep), decision.action), lang),
        reason: decision.reason ?? '',
        by: decision.by,
        at: decision.at.toISOString(),
      }
    : null;
  const reasons = [...history.map((h) => h.reason), ...(state?.reasons ?? [])].filter(
    (r, i, all): r is string => typeof r === 'string' && r.trim() !== '' && all.indexOf(r) === i,
  );
  const rulesets = new Map(defs.rulesets.map((r) => [r.id, r]));
  const rules = record.outcomes.flatMap((o) =>
    o.events.map((e) => {
      const rule = rulesets.get(o.ruleset)?.rules.find((r) => r.id === e.rule);
      const event = rulesets.get(o.ruleset)?.events.find((d) => d.type === e.type);
      return {
        ruleset: o.ruleset,
        id: e.rule,
        label: resolveLabel(rule?.label ?? event?.label, lang),
        event: e.type,
        params: e.params,
      };
    }),
  );
  return {
    data: effectiveData(record, defs.service),
    case: {
      ...caseFacts(record),
      number: record.number,
      applicantName: record.applicantName,
      applicantId: record.applicantId,
      outcome: record.outcome,
      step: record.step,
      createdAt: record.createdAt,
      closedAt: record.closedAt,
    },
    service: defs.service,
    // the option helper prints a choice's label in the document's language from the form (not the stored code)
    ...(defs.form ? { form: defs.form } : {}),
    deadlines: Object.fromEntries(record.deadlines.map((d) => [d.id, d.due])),
    decision: decided,
    reason: reasons.join('; '),
    rules,
    step: step ? { id: step.id, number: step.number ?? null, label: resolveLabel(step.label, lang) } : null,
  };
}

/** The step whose action this is: the one the case left by it, else any step offering it. */
function fromStepOf(
  steps: readonly { id: string; actions?: readonly { id: string }[] }[],
  action: string,
  candidate: string | undefined,
): string | undefined {
  if (candidate && steps.find((s) => s.id === candidate)?.actions?.some((a) => a.id === action)) return candidate;
  return steps.find((s) => s.actions?.some((a) => a.id === action))?.id;
}
