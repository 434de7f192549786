import type { EvaluatedEvent, EvaluatedRule } from '../../runtime/rules/evaluate';

/**
 * The shapes of the case row's JSON columns, typed with the runtime's own types so that what a use case
 * computes (a ProcessState, a replay) is stored and read back as what it is, with no cast on either side.
 * `CaseRow` (models.ts) is written with them; the repository's CaseRecord is derived from CaseRow.
 */

export type CaseStatus = 'draft' | 'in-progress' | 'done';

/** The exact definition versions a case was started with: the API's shape, which the case row stores as it is. */
export type { Pin, Pins } from '../../runtime/api/caseShapes';

/** One ruleset's part of an evaluation, as stored in the case's `outcomes`. */
export interface RulesetOutcome {
  ruleset: string;
  version: number | undefined;
  events: EvaluatedEvent[];
  rules: EvaluatedRule[];
}

/** What a case keeps so that an impact preview can replay it without loading the case. */
export interface CaseReplay {
  evaluatedAt: string;
  /** the instants deadlines count from (ISO), see deadlineEvents() */
  events: Record<string, string>;
  /** the current step, its limit and the due instant it has now */
  step: { id: string; enteredAt: string; due: string | null; limit: { amount: number; unit: string } | null } | null;
  /** per ruleset: the facts it was last evaluated on and the event types it fired */
  rulesets: Record<string, { version: number | undefined; facts: Record<string, unknown>; events: string[] }>;
}

/** One deadline of the service computed for the case: its due instant (ISO), null when it does not apply. */
export interface CaseDeadline {
  id: string;
  due: string | null;
}
