import type { Duration, LocalizedText } from '../../../runtime/definitions/types';

export type Label = LocalizedText | Record<string, string | undefined>;

/** A form a step asks staff to fill, resolved to the version the case pinned. */
export interface StepForm {
  id: string;
  version?: number;
  required?: boolean;
}

/** A fact an action's condition needs from the person acting. */
export interface ActionInput {
  id: string;
  type: string;
  label?: Label;
}

/** An action of the current step, as GET /api/cases/:id lists it (contract item 5). */
export interface ActionView {
  id: string;
  label: Label;
  to: string;
  requiresReason?: boolean;
  /** whether its condition holds on the case as it stands; data sent with it is evaluated first */
  available?: boolean;
  /** the instant a 'not before' term allows it (i13) */
  possibleFrom?: string;
  forms?: StepForm[];
  inputs?: ActionInput[];
  /** the shape before contract 10: extra forms by id and the input facts */
  accepts?: { forms: string[]; input: ActionInput[] };
}

/** One step of the pinned process for the case's channel. */
export interface StepView {
  id: string;
  number?: string;
  label: Label;
  type: string;
  actor?: string;
  actorLabel?: Label;
  limit?: Duration;
  outcome?: string;
  /** the step's actions, when the steps come from the process definition (for the history's labels) */
  actions?: { id: string; label: Label }[];
}

export interface CaseEvent {
  id: number;
  type: string;
  action: string | null;
  fromStep: string | null;
  toStep: string | null;
  actor: string;
  reason: string | null;
  at: string;
  /** the action's label, where the event is an action the process names */
  label?: Label;
  fromLabel?: Label;
  toLabel?: Label;
}

/** A case as GET /api/cases/:id returns it (the fields the Desk uses). */
export interface CaseView {
  id: string;
  number?: string | null;
  service: string;
  serviceVersion?: number;
  pins?: {
    form?: { id: string; version: number };
    calendar?: { id: string; version: number };
    /** the service's extra forms (decision, survey…) */
    forms?: { id: string; version: number }[];
    /** the dictionaries the forms name */
    dictionaries?: { id: string; version: number }[];
  };
  channel: string;
  status: 'draft' | 'in-progress' | 'done' | string;
  step: string | null;
  outcome?: string | null;
  assignee?: string | null;
  applicantName?: string | null;
  applicantId?: string | null;
  data?: Record<string, unknown>;
  /** data of the service's extra forms, the survey's answers included, by form id */
  forms?: Record<string, Record<string, unknown>>;
  outcomes?: {
    ruleset: string;
    version?: number;
    events: { type: string; params?: Record<string, unknown>; rule: string }[];
    rules: { id: string; fired: boolean; facts: Record<string, unknown> }[];
  }[];
  evaluation?: {
    at: string | null;
    events: { ruleset: string; type: string; label?: Label; rule: string }[];
    rules: { ruleset: string; id: string; label?: Label; fired: boolean; facts: Record<string, unknown> }[];
  };
  currentStep?: {
    id: string;
    label: Label;
    number?: string;
    actor?: string;
    actorLabel?: Label;
    enteredAt: string;
    due: string | null;
    limit?: Duration;
  } | null;
  steps?: StepView[];
  deadlines?: { id: string; due: string | null; workingDaysLeft?: number | null; label?: Label }[];
  nextDueAt?: string | null;
  submittedAt?: string | null;
  closedAt?: string | null;
  revision?: number;
  createdBy?: string;
  createdAt?: string;
  events?: CaseEvent[];
  /** actions this caller may take now */
  actions?: ActionView[];
  /** every action of the current step the caller may take, available now or not */
  stepActions?: ActionView[];
  documents?: { output: string; lang?: string; createdAt?: string }[];
}

/** One row of GET /api/cases (contract item 2). */
export interface CaseSummary {
  id: string;
  number: string | null;
  service: string;
  channel: string;
  status: string;
  step: string | null;
  outcome: string | null;
  stepDue: string | null;
  nextDueAt: string | null;
  overdue: boolean;
  applicantName: string | null;
  applicantId: string | null;
  assignee: string | null;
  createdAt: string;
  submittedAt: string | null;
  updatedAt: string;
  createdBy: string;
}

/** How a due date was counted (contract item 6). */
export interface DeadlineExplanation {
  id: string;
  term: Duration;
  from: { event: string; at: string };
  receivedAt: string;
  countsFrom: string;
  countsFromReason: string;
  counted: string[];
  skipped: { date: string; reason: string; label?: Label; source?: { doc: string; para?: string } }[];
  due: string;
}
