export {
  planWalks,
  type Walk,
  type WalkFailure,
  type WalkResult,
  type WalkDefinitions,
  type PlannedMove,
} from './plan';
export { simulateWalk, type WalkMove, type SimulationResult } from './simulate';
export { sampleFormData, sampleIin, sampleValue, fieldAt, EMPTY, SAMPLE_DATE } from './sampleData';
export { needsFor, indexRulesets, type Need, type Alternative, type FactSource } from './needs';
export { sampleRenderInput, missingVariables } from './sampleDocument';
