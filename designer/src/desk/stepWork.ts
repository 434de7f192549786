import type { ActionInput, ActionView, CaseView, StepForm } from './caseTypes';

/** The input types the Desk has a widget for; any other input cannot be given at the Desk. */
export const INPUT_WIDGETS = ['string', 'number', 'boolean', 'date'] as const;
export type InputWidget = (typeof INPUT_WIDGETS)[number];

export function widgetFor(input: ActionInput): InputWidget | null {
  return (INPUT_WIDGETS as readonly string[]).includes(input.type) ? (input.type as InputWidget) : null;
}

/** What the current step asks of staff: its actions, the forms they need, the inputs their conditions read. */
export interface StepWork {
  actions: ActionView[];
  forms: StepForm[];
  inputs: ActionInput[];
}

const formsOf = (action: ActionView) => action.forms;
const inputsOf = (action: ActionView): ActionInput[] => action.inputs;

/**
 * The step's work, gathered over every action of the step (available or not: a form filled here may open
 * one). The survey has its own panel and is not a step's form. A form's version comes from the action,
 * else from the case's pins; it is required when any action requires it.
 */
export function stepWorkOf(caseView: CaseView, surveyId?: string): StepWork {
  const actions = caseView.stepActions?.length ? caseView.stepActions : (caseView.actions ?? []);
  const forms = new Map<string, StepForm>();
  const inputs = new Map<string, ActionInput>();
  for (const action of actions) {
    for (const form of formsOf(action)) {
      if (form.id === surveyId) continue;
      const known = forms.get(form.id);
      const version = form.version ?? known?.version ?? caseView.pins?.forms?.find((p) => p.id === form.id)?.version;
      forms.set(form.id, { id: form.id, version, required: Boolean(known?.required || form.required) });
    }
    for (const input of inputsOf(action)) if (!inputs.has(input.id)) inputs.set(input.id, input);
  }
  return { actions, forms: [...forms.values()], inputs: [...inputs.values()] };
}

/** Whether a form's data holds anything given: rjsf hands back empty objects and arrays for an untouched form. */
export function hasContent(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (Array.isArray(value)) return value.some(hasContent);
  if (typeof value === 'object') return Object.values(value).some(hasContent);
  return true;
}

/** The input values as the server expects them: typed, and only those given. */
export function typedInput(inputs: readonly ActionInput[], values: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const input of inputs) {
    const raw = values[input.id];
    if (raw === undefined || raw === '') continue;
    if (input.type === 'number') {
      const n = Number(raw);
      if (!Number.isNaN(n)) out[input.id] = n;
    } else if (input.type === 'boolean') out[input.id] = raw === 'true';
    else out[input.id] = raw;
  }
  return out;
}

/** The body of POST /api/cases/:id/actions/:action: the step's forms filled, the inputs given, the reason. */
export function actionBody(
  forms: Record<string, unknown>,
  input: Record<string, unknown>,
  reason: string,
): { forms?: Record<string, unknown>; input?: Record<string, unknown>; reason?: string } {
  return {
    ...(Object.keys(forms).length ? { forms } : {}),
    ...(Object.keys(input).length ? { input } : {}),
    ...(reason.trim() ? { reason: reason.trim() } : {}),
  };
}

/**
 * Whether an action's button is enabled: by the live preview once data was entered, else by the case view;
 * an action that takes forms or inputs stays enabled without a preview, since the server evaluates the sent
 * data first.
 */
export function actionEnabled(action: ActionView, preview: ReadonlySet<string> | null): boolean {
  if (preview) return preview.has(action.id);
  return action.available !== false || formsOf(action).length > 0 || inputsOf(action).length > 0;
}
