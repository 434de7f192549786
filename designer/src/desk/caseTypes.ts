/** A case as GET /api/cases/:id returns it (the fields the Desk uses). */
export interface CaseView {
  id: string;
  service: string;
  serviceVersion?: number;
  pins?: {
    form?: { id: string; version: number };
    calendar?: { id: string; version: number };
    /** the service's extra forms (decision, survey…) */
    forms?: { id: string; version: number }[];
  };
  channel: string;
  status: 'draft' | 'in-progress' | 'done' | string;
  step: string | null;
  outcome?: string | null;
  data?: Record<string, unknown>;
  /** data of the service's extra forms, the survey's answers included, by form id */
  forms?: Record<string, Record<string, unknown>>;
  outcomes?: {
    ruleset: string;
    version?: number;
    events: { type: string; params?: Record<string, unknown>; rule: string }[];
    rules: { id: string; fired: boolean; facts: Record<string, unknown> }[];
  }[];
  deadlines?: { id: string; due: string | null; workingDaysLeft?: number | null }[];
  nextDueAt?: string | null;
  submittedAt?: string | null;
  closedAt?: string | null;
  revision?: number;
  createdBy?: string;
  createdAt?: string;
  events?: {
    id: number;
    type: string;
    action: string | null;
    fromStep: string | null;
    toStep: string | null;
    actor: string;
    reason: string | null;
    at: string;
  }[];
  actions?: { id: string; label: Record<string, string | undefined>; to: string; requiresReason?: boolean }[];
  documents?: { output: string; lang?: string; createdAt?: string }[];
}
