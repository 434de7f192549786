import type { LocalizedText } from '../../../runtime/definitions/types';
import type { CaseView, InputView, StepView as CaseStepView } from '../../../runtime/api/cases';

/**
 * The Desk's view of a case: the API contract's types (runtime/api), which the server's answers
 * are checked against, so no field here is a guess.
 */
export type {
  ActionView,
  CaseEventView as CaseEvent,
  CaseSummary,
  CaseView,
  InputView as ActionInput,
} from '../../../runtime/api/cases';
export type { DeadlineExplanation } from '../../../runtime/calendar/explanationSchema';

export type Label = LocalizedText | Record<string, string | undefined>;

/** A form the current step asks staff to fill, resolved to the version the case pinned (undefined: the latest). */
export interface StepForm {
  id: string;
  version?: number;
  required?: boolean;
}

/** One step of the pinned process; with its actions when read from the process definition (for the history's labels). */
export type StepView = CaseStepView & { actions?: { id: string; label: Label }[] };

export type { InputView };

/** What a panel of the case page gets: the case, its process's steps (for their labels) and the zone to show times in. */
export interface CasePanelProps {
  caseView: CaseView;
  steps: readonly StepView[];
  timeZone: string;
}
