import type { Outcome } from './outcome';

/** One step entered: which, by which action and actor, when, and the reason given. */
export interface ProcessHistoryEntry {
  step: string;
  action?: string;
  /** the actor of the step the action was taken in; "system" for auto steps */
  actor?: string;
  at: string;
  reason?: string;
}

/** Where a case stands in its process. Immutable: every move returns a new state. */
export interface ProcessState {
  readonly processId: string;
  readonly version: number | undefined;
  readonly step: string;
  readonly status: 'active' | 'done';
  readonly outcome?: Outcome;
  readonly reasons?: readonly string[];
  /** when the current step was entered (ISO instant) */
  readonly enteredAt: string;
  /** when the current step's time limit runs out, on the working calendar; null without limit or calendar */
  readonly stepDue?: string | null;
  readonly history: readonly ProcessHistoryEntry[];
}

/** A stored process state read back (a case's `state` column), or null when there is none or it is not one. */
export function processStateOf(value: unknown): ProcessState | null {
  if (value === null || typeof value !== 'object') return null;
  const state = value as Partial<Record<keyof ProcessState, unknown>>;
  // only what every state ever stored has: states written by older versions may lack the later fields
  return typeof state.step === 'string' && Array.isArray(state.history) ? (state as ProcessState) : null;
}
