/**
 * Why a ruleset cannot be run, the same on both evaluation paths (json-rules-engine and the
 * compiled closures), so that a caller sees one code whichever path it took.
 *
 * - BAD_CONDITION: a condition node is not one of all / any / not / a leaf / a reference, or a
 *   leaf lacks fact, operator or value, or carries a key neither path gives a meaning
 * - UNKNOWN_OPERATOR: an operator no engine knows (UnknownOperatorError)
 * - UNSUPPORTED_PATH: a JSONPath outside the subset both paths read alike ($.name, $[index])
 * - UNKNOWN_CONDITION: a reference to a named condition the ruleset does not have
 * - CONDITION_CYCLE: named conditions that refer to each other in a loop
 * - BAD_RULE: a rule without an id or with a priority that is not an integer of at least 1
 * - BAD_EVENT: an event without a type, or with params that are not an object
 * - EVALUATION_FAILED: an operator threw during a run (`in` over a value without indexOf)
 */
export type RulesetErrorCode =
  | 'BAD_CONDITION'
  | 'UNKNOWN_OPERATOR'
  | 'UNSUPPORTED_PATH'
  | 'UNKNOWN_CONDITION'
  | 'CONDITION_CYCLE'
  | 'BAD_RULE'
  | 'BAD_EVENT'
  | 'EVALUATION_FAILED';

export class RulesetError extends Error {
  constructor(
    readonly code: RulesetErrorCode,
    message: string,
    /** a JSON pointer into the ruleset, where known */
    readonly at?: string,
  ) {
    super(at ? `${message} (at "${at}")` : message);
    this.name = 'RulesetError';
  }
}

/** The code of an error thrown by either path: RulesetError's own, UNKNOWN_OPERATOR, or EVALUATION_FAILED. */
export function rulesetErrorCode(error: unknown): RulesetErrorCode {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code !== '' ? (code as RulesetErrorCode) : 'EVALUATION_FAILED';
}
