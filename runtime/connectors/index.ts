export { buildRequest, type ConnectorRequest, type InputProblem } from './buildRequest';
export { readOutputs } from './readOutputs';
export { prefillInputs, applyPrefill } from './prefillData';
export { handoffInputs, type HandoffCase } from './handoffInputs';
export { connectorIdsOf } from './connectorIds';
export { stepsEntered } from './stepsEntered';
