export type ProcessErrorCode =
  | 'UNKNOWN_ACTION'
  /** the role may not act as the step's actor */
  | 'NOT_ALLOWED'
  /** the action's `when` does not hold for the case as it is now */
  | 'CONDITION_NOT_MET'
  | 'REASON_REQUIRED'
  /** a "not before" action taken before its earliest instant */
  | 'NOT_YET'
  | 'PROCESS_ENDED'
  /** the definition names a step it does not have */
  | 'UNKNOWN_STEP'
  /** an auto step none of whose transitions holds */
  | 'NO_TRANSITION'
  /** auto steps that keep leading to one another */
  | 'AUTO_LOOP';

/** Why a process could not move; `code` lets the server choose the status (403, 409, 422). */
export class ProcessError extends Error {
  constructor(
    readonly code: ProcessErrorCode,
    message: string,
    /** for NOT_YET: the instant from which the action is possible */
    readonly possibleFrom?: Date,
  ) {
    super(message);
    this.name = 'ProcessError';
  }
}
