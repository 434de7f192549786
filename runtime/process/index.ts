export {
  startProcess,
  availableActions,
  applyAction,
  type Action,
  type MoveContext,
  type ActionContext,
} from './machine';
export { ProcessError, type ProcessErrorCode } from './processError';
export type { ProcessState, ProcessHistoryEntry } from './processState';
export { processStateOf } from './processState';
export type { Outcome } from './outcome';
export { mayActFor, type Role, type ActorKind } from './roles';
export { conditionsFor } from './processConditions';
export { isOverdue } from './overdue';
export { earliestAt } from './notBefore';
