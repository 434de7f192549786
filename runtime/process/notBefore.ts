import type { WorkingCalendar } from '../calendar/workingCalendar';
import type { Step } from '../definitions/types';
import { ProcessError } from './processError';
import type { ProcessState } from './processState';

type Action = NonNullable<Step['actions']>[number];

/**
 * The earliest instant a "not before" action may be taken: its term counted from when the case
 * entered the step, on the case's calendar (the same arithmetic as every due date). Null for
 * an action without such a term.
 */
export function earliestAt(
  action: Action,
  state: Pick<ProcessState, 'enteredAt'>,
  calendar: Pick<WorkingCalendar, 'add'>,
): Date | null {
  if (!action.notBefore) return null;
  const { amount, unit } = action.notBefore;
  return calendar.add(new Date(state.enteredAt), { amount, unit });
}

/** Refuses a "not before" action taken too early, saying from when it is possible. */
export function assertNotTooEarly(
  step: Step,
  action: Action,
  state: Pick<ProcessState, 'enteredAt'>,
  now: Date,
  calendar: Pick<WorkingCalendar, 'add'> | undefined,
): void {
  if (!action.notBefore) return;
  if (!calendar) {
    throw new ProcessError(
      'NOT_YET',
      `action "${action.id}" of step "${step.id}" has a "not before" term and no calendar to count it`,
    );
  }
  const earliest = earliestAt(action, state, calendar) as Date;
  if (now.getTime() < earliest.getTime()) {
    const { amount, unit } = action.notBefore;
    throw new ProcessError(
      'NOT_YET',
      `action "${action.id}" of step "${step.id}" is possible from ${earliest.toISOString()}, ${amount} ${unit} after the step began`,
      earliest,
    );
  }
}
