import type { Condition, FactCondition, Rule, Ruleset } from '../definitions/types';
import {
  isAllCondition,
  isAnyCondition,
  isConditionReference,
  isFactCondition,
  isNotCondition,
} from '../definitions/conditionGuards';
import { factReference } from './conditionTree';
import { compilePath } from './jsonPath';
import { BUILTIN_OPERATOR_DEFINITIONS, operatorNamed, type BuiltinOperatorName } from './operators';
import { RulesetError } from './rulesetError';
import { assertRunnable } from './runnable';
import { VersionCache } from './versionCache';

export type Facts = Record<string, unknown>;
export type Predicate = (facts: Facts) => boolean;

/** An event as a rule fires it; shared and frozen, never to be mutated. */
export interface FiredEvent {
  readonly type: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly rule: string;
}

export interface CompiledRuleset {
  readonly id: string;
  readonly version: number | undefined;
  /**
   * The events that fire for these facts, by priority then ruleset order; throws a RulesetError
   * with code EVALUATION_FAILED where json-rules-engine rejects the run.
   */
  run(facts: Facts): FiredEvent[];
  /** Which rules fire, by rule id. */
  fired(facts: Facts): Set<string>;
}

interface Node {
  test: Predicate;
  /** evaluating it may throw (`in` over a value without indexOf); json-rules-engine then rejects the run */
  mayThrow: boolean;
}

/** Named conditions by name, and those already compiled (each is compiled once, however often referred to). */
interface Scope {
  named: Readonly<Record<string, Condition>>;
  built: Map<string, Node>;
}

/**
 * A condition as a synchronous function with json-rules-engine 7's semantics: `all`/`any` over no
 * conditions hold, a missing fact is undefined, each operator keeps its type guard, a `path` reads
 * inside an object fact (a non-object fact is compared as it is), `{fact}` values read facts, and
 * `{condition: name}` is the named condition as if it stood in its place.
 */
export function compileCondition(condition: Condition, named: Readonly<Record<string, Condition>> = {}): Predicate {
  return compileNode(condition, '', { named, built: new Map() }).test;
}

function compileNode(condition: Condition, at: string, scope: Scope): Node {
  if (condition === null || typeof condition !== 'object') throw new Error(`condition at "${at}" is not an object`);
  // `any` before `all`, as json-rules-engine reads a node carrying both (assertRunnable refuses one first)
  const bool = isAnyCondition(condition)
    ? (['any', condition.any] as const)
    : isAllCondition(condition)
      ? (['all', condition.all] as const)
      : undefined;
  if (bool) {
    const [kind, list] = bool;
    if (!Array.isArray(list)) throw new Error(`"${kind}" must be an array at "${at}"`);
    return combine(
      kind,
      list.map((child, i) => compileNode(child, `${at}/${kind}/${i}`, scope)),
    );
  }
  if (isNotCondition(condition)) {
    if (Array.isArray(condition.not)) throw new Error(`"not" cannot be an array at "${at}"`);
    const inner = compileNode(condition.not, `${at}/not`, scope);
    const test = inner.test;
    return { test: (f) => !test(f), mayThrow: inner.mayThrow };
  }
  if (isConditionReference(condition)) return referenced(condition.condition, at, scope);
  if (!isFactCondition(condition)) throw new Error(`a condition needs "fact" (at "${at}")`);
  for (const key of ['operator', 'value'] as const) {
    if (!Object.hasOwn(condition, key)) throw new Error(`a condition needs "${key}" (at "${at}")`);
  }
  return compileLeaf(condition, at);
}

/** json-rules-engine evaluates a reference by putting a copy of the named condition in its place. */
function referenced(name: string, at: string, scope: Scope): Node {
  const done = scope.built.get(name);
  if (done) return done;
  if (!Object.hasOwn(scope.named, name)) {
    throw new RulesetError('UNKNOWN_CONDITION', `no named condition "${name}"`, `${at}/condition`);
  }
  // a loop would recurse here forever; assertRunnable refuses loops before a ruleset gets here
  const node = compileNode(scope.named[name] as Condition, `/conditions/${name}`, scope);
  scope.built.set(name, node);
  return node;
}

function combine(kind: 'all' | 'any', children: Node[]): Node {
  const mayThrow = children.some((c) => c.mayThrow);
  const tests = children.map((c) => c.test);
  if (tests.length === 0) return { test: () => true, mayThrow };
  if (tests.length === 1) return children[0] as Node;
  const n = tests.length;
  if (mayThrow) {
    // json-rules-engine evaluates every condition of one priority before combining them
    return {
      mayThrow,
      test:
        kind === 'all'
          ? (f) => tests.map((t) => t(f)).every((r) => r === true)
          : (f) => tests.map((t) => t(f)).some((r) => r === true),
    };
  }
  if (n === 2) {
    const [a, b] = tests as [Predicate, Predicate];
    return { mayThrow, test: kind === 'all' ? (f) => a(f) && b(f) : (f) => a(f) || b(f) };
  }
  return {
    mayThrow,
    test:
      kind === 'all'
        ? (f) => {
            for (let i = 0; i < n; i++) if (!(tests[i] as Predicate)(f)) return false;
            return true;
          }
        : (f) => {
            for (let i = 0; i < n; i++) if ((tests[i] as Predicate)(f)) return true;
            return false;
          },
  };
}

type Reader = (facts: Facts) => unknown;

/** Reads a fact the way an almanac does: own facts only, missing ones undefined, then the path. */
export function factReader(fact: unknown, path: unknown): Reader {
  if (typeof fact !== 'string') return () => undefined;
  const own: Reader = fact in Object.prototype ? (f) => (Object.hasOwn(f, fact) ? f[fact] : undefined) : (f) => f[fact];
  if (typeof path !== 'string' || path === '') return own;
  const resolve = compilePath(path);
  return (f) => {
    const value = own(f);
    return value !== null && typeof value === 'object' ? resolve(value) : value;
  };
}

type EventOf = (facts: Facts) => FiredEvent;

/**
 * A rule's event. Params written as `{fact, path?}` take the fact's value when the rule fires, as
 * json-rules-engine does with `replaceFactsInEventParams`; an event without them is shared and frozen.
 */
function compileEvent(rule: Rule): EventOf {
  const params = rule.event.params ?? {};
  const readers = Object.entries(params).flatMap(([key, value]) => {
    const ref = factReference(value);
    return ref ? [[key, factReader(ref.fact, ref.path)] as const] : [];
  });
  const fixed = deepFreeze({ type: rule.event.type, params: structuredClone(params), rule: rule.id });
  if (readers.length === 0) return () => fixed;
  // The fixed params stay frozen and shared; only the top level is copied to take the fact values.
  return (facts) => {
    const resolved: Record<string, unknown> = { ...fixed.params };
    for (const [key, read] of readers) resolved[key] = read(facts);
    return { type: fixed.type, params: resolved, rule: fixed.rule };
  };
}

function compileLeaf(condition: FactCondition, at: string): Node {
  const name = condition.operator;
  const op = operatorNamed(name, `condition "${at}"`);
  const read = factReader(condition.fact, condition.path);
  const ref = factReference(condition.value);
  const literal = condition.value;
  const indexable = Array.isArray(literal) || typeof literal === 'string';
  const mayThrow = (name === 'in' || name === 'notIn') && (ref !== undefined || !indexable);
  if (ref) {
    const readValue = factReader(ref.fact, ref.path);
    return { mayThrow, test: (f) => op(read(f), readValue(f)) };
  }
  const plain = condition.fact;
  const direct = typeof plain === 'string' && !(plain in Object.prototype) && condition.path === undefined;
  if (direct) {
    // the hot cases, specialised: a fact read straight from the facts object against a literal
    switch (name as BuiltinOperatorName) {
      case 'equal':
        return { mayThrow, test: (f) => f[plain] === literal };
      case 'notEqual':
        return { mayThrow, test: (f) => f[plain] !== literal };
      case 'in':
        if (Array.isArray(literal)) return { mayThrow, test: (f) => literal.indexOf(f[plain]) > -1 };
        break;
      case 'notIn':
        if (Array.isArray(literal)) return { mayThrow, test: (f) => literal.indexOf(f[plain]) === -1 };
        break;
      case 'lessThan':
      case 'lessThanInclusive':
      case 'greaterThan':
      case 'greaterThanInclusive':
        return { mayThrow, test: numeric(name as BuiltinOperatorName, plain, literal) };
    }
  }
  return { mayThrow, test: (f) => op(read(f), literal) };
}

/** Numbers skip json-rules-engine's parseFloat guard, which for them only rejects NaN. */
function numeric(name: BuiltinOperatorName, fact: string, b: unknown): Predicate {
  const { guard, cb } = BUILTIN_OPERATOR_DEFINITIONS[name];
  const general = (a: unknown) => (guard as (x: unknown) => boolean)(a) && cb(a, b);
  const v = b as number;
  switch (name) {
    case 'lessThan':
      return (f) => {
        const a = f[fact];
        return typeof a === 'number' ? a === a && a < v : general(a);
      };
    case 'lessThanInclusive':
      return (f) => {
        const a = f[fact];
        return typeof a === 'number' ? a === a && a <= v : general(a);
      };
    case 'greaterThan':
      return (f) => {
        const a = f[fact];
        return typeof a === 'number' ? a === a && a > v : general(a);
      };
    default:
      return (f) => {
        const a = f[fact];
        return typeof a === 'number' ? a === a && a >= v : general(a);
      };
  }
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** A ruleset as closures, built once per version; the same events as json-rules-engine, in Qagida's order. */
export function compileRuleset(ruleset: Ruleset): CompiledRuleset {
  assertRunnable(ruleset);
  const scope: Scope = { named: ruleset.conditions ?? {}, built: new Map() };
  const ordered = ruleset.rules
    .map((rule, index) => ({ rule, index }))
    .sort((a, b) => (b.rule.priority ?? 1) - (a.rule.priority ?? 1) || a.index - b.index)
    .map(({ rule }) => rule);
  const tests: Predicate[] = [];
  const events: EventOf[] = [];
  const ids: string[] = [];
  let mayThrow = false;
  for (const rule of ordered) {
    const node = compileRule(rule, ruleset.id, scope);
    mayThrow ||= node.mayThrow;
    tests.push(node.test);
    ids.push(rule.id);
    events.push(compileEvent(rule));
  }
  const n = tests.length;
  return {
    id: ruleset.id,
    version: ruleset.version,
    run(facts) {
      const out: FiredEvent[] = [];
      try {
        for (let i = 0; i < n; i++) if ((tests[i] as Predicate)(facts)) out.push((events[i] as EventOf)(facts));
      } catch (error) {
        throw evaluationFailed(error);
      }
      return out;
    },
    fired(facts) {
      const out = new Set<string>();
      try {
        for (let i = 0; i < n; i++) if ((tests[i] as Predicate)(facts)) out.add(ids[i] as string);
      } catch (error) {
        throw evaluationFailed(error);
      }
      return out;
    },
  };
}

/** The error a failed run reports on both paths (json-rules-engine's run is wrapped the same way). */
export function evaluationFailed(error: unknown): RulesetError {
  if (error instanceof RulesetError) return error;
  return new RulesetError('EVALUATION_FAILED', `a condition could not be evaluated: ${String(error)}`);
}

function compileRule(rule: Rule, rulesetId: string, scope: Scope): Node {
  const c = rule.conditions;
  if (!['any', 'all', 'not', 'condition'].some((k) => Object.hasOwn(c, k))) {
    throw new RulesetError(
      'BAD_CONDITION',
      `rule "${rule.id}" of ruleset "${rulesetId}": the top of a rule is "all", "any", "not" or "condition"`,
    );
  }
  return compileNode(c, `/rules/${rule.id}/conditions`, scope);
}

const compiled = new VersionCache<Ruleset, CompiledRuleset>(compileRuleset);

/** The compiled form of this ruleset version, built once and reused. */
export function compiledFor(ruleset: Ruleset): CompiledRuleset {
  return compiled.get(ruleset);
}

export function compileBuilds(): number {
  return compiled.buildCount();
}
