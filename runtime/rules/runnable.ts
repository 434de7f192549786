import type { Condition, Ruleset } from '../definitions/types';
import { CONDITION_KEYS } from '../definitions/condition';
import { isSupportedPath } from './jsonPath';
import { isKnownOperator, UnknownOperatorError } from './operators';
import { RulesetError } from './rulesetError';

/** The keys a condition node may carry: json-rules-engine's, less `priority` (see below). */
const LEAF_KEYS = new Set(['fact', 'operator', 'value', 'path', 'params', 'name']);
const REFERENCE_KEYS = new Set(['condition', 'name']);
const BOOLEAN_KEYS = new Set(['all', 'any', 'not', 'name']);

const isObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);

/**
 * Refuses, before either path is built, every ruleset the two paths would not run alike, with one
 * RulesetError code for each reason. validate() refuses all of these too (with a pointer); this
 * check is what keeps an unvalidated ruleset from meeting json-rules-engine's own constructor
 * errors on one path and a different error (or none) on the other.
 *
 * A condition's `priority` is refused: json-rules-engine uses it to skip conditions after a
 * decided group, which changes whether a throwing operator is reached, and Qagida has no use for it.
 */
export function assertRunnable(ruleset: Ruleset): void {
  const named: unknown = ruleset.conditions ?? {};
  if (!isObject(named)) throw new RulesetError('BAD_CONDITION', 'named conditions must be an object', '/conditions');
  const names = new Set(Object.keys(named));
  for (const [name, condition] of Object.entries(named)) checkRoot(condition, `/conditions/${name}`, names);
  if (!Array.isArray(ruleset.rules)) throw new RulesetError('BAD_RULE', 'rules must be an array', '/rules');
  ruleset.rules.forEach((rule: unknown, i) => {
    const at = `/rules/${i}`;
    if (!isObject(rule)) throw new RulesetError('BAD_RULE', 'a rule is an object', at);
    if (typeof rule.id !== 'string' || rule.id === '') throw new RulesetError('BAD_RULE', 'a rule needs its id', at);
    const priority = rule.priority;
    if (priority !== undefined && !(Number.isInteger(priority) && (priority as number) >= 1)) {
      throw new RulesetError('BAD_RULE', 'a priority is an integer of at least 1', `${at}/priority`);
    }
    checkRoot(rule.conditions, `${at}/conditions`, names);
    checkEvent(rule.event, `${at}/event`);
  });
  assertNoCycle(named as Record<string, Condition>);
}

function checkRoot(condition: unknown, at: string, names: ReadonlySet<string>): void {
  if (!isObject(condition) || !['all', 'any', 'not', 'condition'].some((k) => Object.hasOwn(condition, k))) {
    throw new RulesetError('BAD_CONDITION', 'the top of a condition is "all", "any", "not" or "condition"', at);
  }
  checkNode(condition, at, names);
}

function checkNode(node: unknown, at: string, names: ReadonlySet<string>): void {
  if (!isObject(node)) throw new RulesetError('BAD_CONDITION', 'a condition is an object', at);
  const kinds = CONDITION_KEYS.filter((k) => Object.hasOwn(node, k));
  if (kinds.length !== 1) {
    throw new RulesetError('BAD_CONDITION', 'a condition has exactly one of all, any, not, fact or condition', at);
  }
  const kind = kinds[0] as string;
  const allowed = kind === 'fact' ? LEAF_KEYS : kind === 'condition' ? REFERENCE_KEYS : BOOLEAN_KEYS;
  for (const key of Object.keys(node)) {
    if (!allowed.has(key)) throw new RulesetError('BAD_CONDITION', `"${key}" has no meaning here`, `${at}/${key}`);
  }
  if (kind === 'all' || kind === 'any') {
    const list = node[kind];
    if (!Array.isArray(list)) throw new RulesetError('BAD_CONDITION', `"${kind}" must be an array`, `${at}/${kind}`);
    list.forEach((child, i) => checkNode(child, `${at}/${kind}/${i}`, names));
  } else if (kind === 'not') {
    checkNode(node.not, `${at}/not`, names);
  } else if (kind === 'condition') {
    if (typeof node.condition !== 'string' || !names.has(node.condition)) {
      throw new RulesetError('UNKNOWN_CONDITION', `no named condition "${String(node.condition)}"`, `${at}/condition`);
    }
  } else {
    if (typeof node.fact !== 'string') throw new RulesetError('BAD_CONDITION', 'a fact is named by text', `${at}/fact`);
    for (const key of ['operator', 'value']) {
      if (!Object.hasOwn(node, key)) throw new RulesetError('BAD_CONDITION', `a condition needs "${key}"`, at);
    }
    if (!isKnownOperator(node.operator)) throw new UnknownOperatorError(String(node.operator), at);
    checkPath(node.path, `${at}/path`);
    checkReference(node.value, `${at}/value`);
  }
}

function checkPath(path: unknown, at: string): void {
  if (path === undefined) return;
  if (typeof path !== 'string' || !isSupportedPath(path)) {
    throw new RulesetError('UNSUPPORTED_PATH', `unsupported path "${String(path)}": use $.name and $[index] steps`, at);
  }
}

/** A `{fact, path?}` value: both paths read it as a fact, so its path must be one both read alike. */
function checkReference(value: unknown, at: string): void {
  if (value !== null && typeof value === 'object' && Object.hasOwn(value, 'fact')) {
    checkPath((value as { path?: unknown }).path, `${at}/path`);
  }
}

function checkEvent(event: unknown, at: string): void {
  if (!isObject(event) || !Object.hasOwn(event, 'type')) {
    throw new RulesetError('BAD_EVENT', 'an event is an object with a type', at);
  }
  const params = event.params;
  if (params === undefined) return;
  if (!isObject(params)) throw new RulesetError('BAD_EVENT', 'event params are an object', `${at}/params`);
  for (const [key, value] of Object.entries(params)) checkReference(value, `${at}/params/${key}`);
}

/** The names each named condition refers to, anywhere inside it. */
export function referencesOf(condition: unknown): string[] {
  if (!isObject(condition)) return [];
  if (typeof condition.condition === 'string') return [condition.condition];
  const children = [
    ...(Array.isArray(condition.all) ? condition.all : []),
    ...(Array.isArray(condition.any) ? condition.any : []),
    ...(condition.not === undefined ? [] : [condition.not]),
  ];
  return children.flatMap(referencesOf);
}

/** The first loop among named conditions, as the names along it (a → b → a), or undefined. */
export function conditionCycle(named: Readonly<Record<string, unknown>>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const visit = (name: string, trail: string[]): string[] | undefined => {
    state.set(name, 'open');
    for (const next of referencesOf(named[name])) {
      if (!Object.hasOwn(named, next)) continue;
      if (state.get(next) === 'open') {
        const along = [...trail, name];
        return [...along.slice(along.indexOf(next)), next];
      }
      if (!state.has(next)) {
        const found = visit(next, [...trail, name]);
        if (found) return found;
      }
    }
    state.set(name, 'done');
    return undefined;
  };
  for (const name of Object.keys(named)) {
    if (state.has(name)) continue;
    const found = visit(name, []);
    if (found) return found;
  }
  return undefined;
}

function assertNoCycle(named: Readonly<Record<string, unknown>>): void {
  const cycle = conditionCycle(named);
  if (cycle) {
    throw new RulesetError(
      'CONDITION_CYCLE',
      `named conditions refer to each other in a loop (${cycle.join(' → ')})`,
      `/conditions/${cycle[0]}`,
    );
  }
}
