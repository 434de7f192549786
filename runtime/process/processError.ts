export type ProcessErrorCode =
  | 'UNKNOWN_ACTION'
  | 'NOT_ALLOWED'
  | 'REASON_REQUIRED'
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
  ) {
    super(message);
    this.name = 'ProcessError';
  }
}
