import type { Condition, FactCondition, Ruleset } from '../definitions/types';
import { compiledFor, factReader, type Facts } from './compile';
import { factReference, leavesOf } from './conditionTree';
import { engineFor, runEngine } from './engineCache';
import { resolveFacts, type FactContext } from './facts';

export interface EvaluatedEvent {
  type: string;
  params: Record<string, unknown>;
  /** the id of the rule that fired it */
  rule: string;
}

export interface EvaluatedRule {
  id: string;
  fired: boolean;
  /** the facts its conditions read, with the values they had: why it fired or did not */
  facts: Record<string, unknown>;
}

export interface Evaluation {
  events: EvaluatedEvent[];
  rules: EvaluatedRule[];
  facts: Record<string, unknown>;
}

export interface EvaluateOptions {
  /** json-rules-engine (the reference, default) or the compiled closures that agree with it */
  engine?: 'reference' | 'compiled';
}

/** Resolves a ruleset's facts from a case (or a dry run) and evaluates the ruleset on them. */
export function evaluate(ruleset: Ruleset, context: FactContext, options: EvaluateOptions = {}): Promise<Evaluation> {
  return evaluateFacts(ruleset, resolveFacts(ruleset, context), options);
}

/** Evaluates a ruleset on facts already resolved. */
export async function evaluateFacts(
  ruleset: Ruleset,
  facts: Facts,
  options: EvaluateOptions = {},
): Promise<Evaluation> {
  if (options.engine === 'compiled') return evaluateCompiled(ruleset, facts);
  const result = await runEngine(engineFor(ruleset), facts);
  const events = result.results.map((r) => ({
    type: r.event?.type ?? '',
    params: { ...(r.event?.params ?? {}) },
    rule: String(r.name),
  }));
  const byName = new Map([...result.results, ...result.failureResults].map((r) => [String(r.name), r]));
  const rules = ruleset.rules.map((rule) => {
    const outcome = byName.get(rule.id);
    return {
      id: rule.id,
      fired: Boolean(outcome?.result),
      facts: outcome ? readFromResult(outcome.conditions as Condition) : {},
    };
  });
  return { events, rules, facts };
}

function evaluateCompiled(ruleset: Ruleset, facts: Facts): Evaluation {
  const compiled = compiledFor(ruleset);
  const events = compiled.run(facts).map((e) => ({ type: e.type, params: cloneJson(e.params), rule: e.rule }));
  const fired = new Set(events.map((e) => e.rule));
  const rules = ruleset.rules.map((rule) => ({
    id: rule.id,
    fired: fired.has(rule.id),
    facts: readFromFacts(rule.conditions, facts, ruleset.conditions),
  }));
  return { events, rules, facts };
}

/**
 * A deep copy of event params, which are JSON (from a definition, or facts read from JSON data): the
 * caller may change its copy. Copied by hand, because structuredClone serializes and costs far more.
 */
function cloneJson<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (Array.isArray(value)) return value.map(cloneJson) as T;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = cloneJson((value as Record<string, unknown>)[key]);
    // a "__proto__" key read from JSON is an own property: assigned, it would set the prototype instead
    if (key === '__proto__')
      Object.defineProperty(copy, key, { value: item, enumerable: true, writable: true, configurable: true });
    else copy[key] = item;
  }
  return copy as T;
}

/** A condition after json-rules-engine evaluated it: leaves carry factResult and valueResult. */
type EvaluatedLeaf = FactCondition & {
  factResult?: unknown;
  valueResult?: unknown;
};

/** The name a fact read is reported under: the fact, then its path ($.a.b → fact.a.b). */
export function factLabel(fact: unknown, path: unknown): string {
  const name = String(fact);
  return typeof path === 'string' && path.length > 1 ? name + path.slice(1) : name;
}

function readFromResult(condition: Condition): Record<string, unknown> {
  const read: Record<string, unknown> = {};
  for (const leaf of leavesOf(condition) as EvaluatedLeaf[]) {
    read[factLabel(leaf.fact, leaf.path)] = leaf.factResult;
    const ref = factReference(leaf.value);
    if (ref) read[factLabel(ref.fact, ref.path)] = leaf.valueResult;
  }
  return read;
}

/**
 * The facts a condition reads, labelled, as readers built once per condition: rulesets are cached by
 * version, so a submission reuses them instead of walking the tree and compiling paths again. A
 * condition object belongs to one ruleset, so its named conditions are always the same ones.
 */
const readersOf = new WeakMap<Condition, [string, (facts: Facts) => unknown][]>();

function readFromFacts(
  condition: Condition,
  facts: Facts,
  named: Readonly<Record<string, Condition>> = {},
): Record<string, unknown> {
  let readers = readersOf.get(condition);
  if (!readers) {
    readers = [];
    for (const leaf of leavesOf(condition, named)) {
      readers.push([factLabel(leaf.fact, leaf.path), factReader(leaf.fact, leaf.path)]);
      const ref = factReference(leaf.value);
      if (ref) readers.push([factLabel(ref.fact, ref.path), factReader(ref.fact, ref.path)]);
    }
    readersOf.set(condition, readers);
  }
  const read: Record<string, unknown> = {};
  for (const [label, reader] of readers) read[label] = reader(facts);
  return read;
}
