export {
  dateBefore,
  dateAfter,
  dateOnOrBefore,
  dateOnOrAfter,
  containsIgnoreCase,
  isEmpty,
  countInPeriodAtLeast,
  CUSTOM_OPERATOR_FUNCTIONS,
  BUILTIN_OPERATOR_DEFINITIONS,
  operatorNamed,
  isKnownOperator,
  registerOperators,
  UnknownOperatorError,
  type OperatorFn,
  type OperatorName,
  type CountInPeriod,
} from './operators';
export { resolveFacts, type FactContext, type CaseFacts, type CaseHistoryEntry } from './facts';
export {
  buildEngine,
  engineFor,
  runEngine,
  engineBuilds,
  pinRulesetVersion,
  unpinRulesetVersion,
  cachedEngineVersions,
} from './engineCache';
export {
  compileCondition,
  compileRuleset,
  compiledFor,
  compileBuilds,
  factReader,
  type CompiledRuleset,
  type FiredEvent,
  type Facts,
  type Predicate,
} from './compile';
export {
  evaluate,
  evaluateFacts,
  factLabel,
  type Evaluation,
  type EvaluatedEvent,
  type EvaluatedRule,
  type EvaluateOptions,
} from './evaluate';
export { VersionCache, type Versioned } from './versionCache';
export { atPointer } from './jsonPointer';
