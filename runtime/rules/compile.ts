import type { Condition, Rule, Ruleset } from '../definitions/types';
import { factReference } from './conditionTree';
import { compilePath } from './jsonPath';
import { BUILTIN_OPERATOR_DEFINITIONS, operatorNamed, type BuiltinOperatorName } from './operators';
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
  /** The events that fire for these facts, by priority then ruleset order; throws where json-rules-engine rejects. */
  run(facts: Facts): FiredEvent[];
  /** Which rules fire, by rule id. */
  fired(facts: Facts): Set<string>;
}

interface Node {
  test: Predicate;
  /** evaluating it may throw (`in` over a value without indexOf); json-rules-engine then rejects the run */
  mayThrow: boolean;
}

/**
 * A condition as a synchronous function with json-rules-engine 7's semantics: `all`/`any` over no
 * conditions hold, a missing fact is undefined, each operator keeps its type guard, a `path` reads
 * inside an object fact (a non-object fact is compared as it is), `{fact}` values read facts.
 */
export function compileCondition(condition: Condition): Predicate {
  return compileNode(condition, '').test;
}

function compileNode(condition: Condition, at: string): Node {
  if (condition === null || typeof condition !== 'object') throw new Error(`condition at "${at}" is not an object`);
  const bool = Object.hasOwn(condition, 'any') ? 'any' : Object.hasOwn(condition, 'all') ? 'all' : undefined;
  if (bool) {
    const list = condition[bool];
    if (!Array.isArray(list)) throw new Error(`"${bool}" must be an array at "${at}"`);
    return combine(
      bool,
      list.map((child, i) => compileNode(child, `${at}/${bool}/${i}`)),
    );
  }
  if (Object.hasOwn(condition, 'not')) {
    if (Array.isArray(condition.not) || !condition.not) throw new Error(`"not" cannot be an array at "${at}"`);
    const inner = compileNode(condition.not, `${at}/not`);
    const test = inner.test;
    return { test: (f) => !test(f), mayThrow: inner.mayThrow };
  }
  if (Object.hasOwn(condition, 'condition')) throw new Error(`condition references are not supported (at "${at}")`);
  for (const key of ['fact', 'operator', 'value'] as const) {
    if (!Object.hasOwn(condition, key)) throw new Error(`a condition needs "${key}" (at "${at}")`);
  }
  return compileLeaf(condition, at);
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

function compileLeaf(condition: Condition, at: string): Node {
  const name = String(condition.operator);
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
  const plain = condition.fact as string;
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
  const ordered = ruleset.rules
    .map((rule, index) => ({ rule, index }))
    .sort((a, b) => (b.rule.priority ?? 1) - (a.rule.priority ?? 1) || a.index - b.index)
    .map(({ rule }) => rule);
  const tests: Predicate[] = [];
  const events: EventOf[] = [];
  const ids: string[] = [];
  let mayThrow = false;
  for (const rule of ordered) {
    const node = compileRule(rule, ruleset.id);
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
      for (let i = 0; i < n; i++) if ((tests[i] as Predicate)(facts)) out.push((events[i] as EventOf)(facts));
      return out;
    },
    fired(facts) {
      const out = new Set<string>();
      for (let i = 0; i < n; i++) if ((tests[i] as Predicate)(facts)) out.add(ids[i] as string);
      return out;
    },
  };
}

function compileRule(rule: Rule, rulesetId: string): Node {
  const c = rule.conditions;
  if (!['any', 'all', 'not'].some((k) => Object.hasOwn(c, k))) {
    throw new Error(`rule "${rule.id}" of ruleset "${rulesetId}": the top of a rule is "all", "any" or "not"`);
  }
  return compileNode(c, `/rules/${rule.id}/conditions`);
}

const compiled = new VersionCache<Ruleset, CompiledRuleset>(compileRuleset);

/** The compiled form of this ruleset version, built once and reused. */
export function compiledFor(ruleset: Ruleset): CompiledRuleset {
  return compiled.get(ruleset);
}

export function compileBuilds(): number {
  return compiled.buildCount();
}
