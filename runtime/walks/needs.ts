import type { Condition, FactCondition, FactDeclaration, Rule, Ruleset } from '../definitions/types';
import { factReference } from '../rules/conditionTree';
import { isAllCondition, isAnyCondition, isFactCondition, isNotCondition } from '../definitions/conditionGuards';
import { SAMPLE_DATE } from './sampleData';

/** Where a fact's value comes from, as far as a walk can supply it. */
export type FactSource =
  | { from: 'data'; form: string | undefined; pointer: string }
  | { from: 'input'; pointer: string }
  | { from: 'channel' }
  /** from the case, a checklist, a deadline or the clock: no form or input supplies it */
  | { from: 'fixed'; origin: string };

/**
 * What one fact must be for a condition to go the way a walk wants: equal to a value, other than
 * one, empty, filled, or (for "n in a period") a list of at least / fewer than n dated rows.
 */
export interface Need {
  fact: string;
  source: FactSource;
  op: 'equal' | 'not' | 'empty' | 'filled' | 'rows' | 'fewer-rows';
  value?: unknown;
}

/** Needs that hold together; a condition is met by any one of its alternatives. */
export type Alternative = readonly Need[];

const MAX_ALTERNATIVES = 64;

/** What the walk knows of the service's rulesets: their facts and which rules fire which events. */
export interface FactIndex {
  facts: ReadonlyMap<string, FactDeclaration>;
  emitters: ReadonlyMap<string, readonly Rule[]>;
}

export function indexRulesets(rulesets: readonly Ruleset[]): FactIndex {
  const facts = new Map<string, FactDeclaration>();
  const emitters = new Map<string, Rule[]>();
  for (const ruleset of rulesets) {
    for (const fact of ruleset.facts) if (!facts.has(fact.id)) facts.set(fact.id, fact);
    for (const rule of ruleset.rules) emitters.set(rule.event.type, [...(emitters.get(rule.event.type) ?? []), rule]);
  }
  return { facts, emitters };
}

export function sourceKey(source: FactSource): string {
  switch (source.from) {
    case 'data':
      return `data:${source.form ?? ''}:${source.pointer}`;
    case 'input':
      return `input:${source.pointer}`;
    case 'channel':
      return 'channel';
    case 'fixed':
      return `fixed:${source.origin}`;
  }
}

function sourceOf(fact: string, index: FactIndex): FactSource {
  if (fact === 'channel') return { from: 'channel' };
  const declared = index.facts.get(fact);
  // a fact no ruleset declares is what the actor states: the server spreads the action's input among the facts
  if (!declared) return fact === 'now' ? { from: 'fixed', origin: 'now' } : { from: 'input', pointer: `/${fact}` };
  switch (declared.from) {
    case 'data':
      return { from: 'data', form: declared.form, pointer: declared.path ?? '' };
    case 'input':
      return { from: 'input', pointer: declared.path ?? `/${declared.id}` };
    default:
      return { from: 'fixed', origin: declared.from };
  }
}

const NEGATED: Record<string, string> = {
  equal: 'notEqual',
  notEqual: 'equal',
  contains: 'doesNotContain',
  doesNotContain: 'contains',
  in: 'notIn',
  notIn: 'in',
  lessThan: 'greaterThanInclusive',
  greaterThanInclusive: 'lessThan',
  greaterThan: 'lessThanInclusive',
  lessThanInclusive: 'greaterThan',
  dateBefore: 'dateOnOrAfter',
  dateOnOrAfter: 'dateBefore',
  dateAfter: 'dateOnOrBefore',
  dateOnOrBefore: 'dateAfter',
};

function product(left: readonly Alternative[], right: readonly Alternative[]): Alternative[] {
  const out: Alternative[] = [];
  for (const a of left) {
    for (const b of right) {
      const merged = [...a, ...b];
      if (consistent(merged)) out.push(merged);
      if (out.length >= MAX_ALTERNATIVES) return out;
    }
  }
  return out;
}

/** Needs of every alternative list at once: the product, pruned of contradictions. */
export function allOf(lists: readonly (readonly Alternative[])[]): Alternative[] {
  return lists.reduce<Alternative[]>((acc, list) => product(acc, list), [[]]);
}

/** Whether needs can hold together: no fact both equal to two values, empty and filled… */
export function consistent(needs: Alternative): boolean {
  const byKey = new Map<string, Need[]>();
  for (const need of needs) {
    const key = sourceKey(need.source);
    for (const other of byKey.get(key) ?? []) if (!compatible(need, other)) return false;
    byKey.set(key, [...(byKey.get(key) ?? []), need]);
  }
  return true;
}

function compatible(a: Need, b: Need): boolean {
  const same = JSON.stringify(a.value) === JSON.stringify(b.value);
  if (a.op === 'equal' && b.op === 'equal') return same;
  if ((a.op === 'equal' && b.op === 'not') || (a.op === 'not' && b.op === 'equal')) return !same;
  const pair = new Set([a.op, b.op]);
  if (pair.has('empty') && (pair.has('filled') || pair.has('equal') || pair.has('rows'))) return false;
  if (pair.has('rows') && pair.has('fewer-rows')) return false;
  return true;
}

/**
 * The alternatives of needs under which `condition` evaluates to `want`. An event fact is met
 * through the rules that fire the event (and kept off by making every such rule fail); any other
 * fact through its source. An empty list: nothing can make it so.
 */
export function needsFor(
  condition: Condition,
  want: boolean,
  index: FactIndex,
  seen: ReadonlySet<string> = new Set(),
): Alternative[] {
  if (isAllCondition(condition)) {
    const parts = condition.all.map((c) => needsFor(c, want, index, seen));
    return want ? allOf(parts) : parts.flat().slice(0, MAX_ALTERNATIVES);
  }
  if (isAnyCondition(condition)) {
    const parts = condition.any.map((c) => needsFor(c, want, index, seen));
    return want ? parts.flat().slice(0, MAX_ALTERNATIVES) : allOf(parts);
  }
  if (isNotCondition(condition)) return needsFor(condition.not, !want, index, seen);
  // a reference to a named condition: the walks plan process conditions, which cannot hold one
  if (!isFactCondition(condition)) return [];
  const operator = want ? condition.operator : (NEGATED[condition.operator] ?? `not ${condition.operator}`);
  const fact = condition.fact;
  if (fact === 'events') return eventNeeds(operator, condition.value, want, index, seen, condition);
  return leafNeeds(fact, operator, condition, want, index);
}

function eventNeeds(
  operator: string,
  value: unknown,
  want: boolean,
  index: FactIndex,
  seen: ReadonlySet<string>,
  condition: FactCondition,
): Alternative[] {
  const type = String(value);
  if (seen.has(type)) return [];
  const rules = index.emitters.get(type) ?? [];
  const inner = new Set([...seen, type]);
  if (operator === 'contains')
    return rules.flatMap((rule) => needsFor(rule.conditions, true, index, inner)).slice(0, MAX_ALTERNATIVES);
  if (operator === 'doesNotContain') return allOf(rules.map((rule) => needsFor(rule.conditions, false, index, inner)));
  return [
    [
      {
        fact: 'events',
        source: { from: 'fixed', origin: `events ${operator}` },
        op: want ? 'equal' : 'not',
        value: condition.value,
      },
    ],
  ];
}

/** A value of the fact's declared type, for facts compared with one another. */
function shared(type: string | undefined, variant: number): unknown {
  if (type === 'number') return 10 + variant;
  if (type === 'boolean') return variant === 0;
  if (type === 'date') return variant === 0 ? SAMPLE_DATE : '2026-02-16';
  return `W${variant + 1}`;
}

function leafNeeds(
  fact: string,
  operator: string,
  condition: FactCondition,
  want: boolean,
  index: FactIndex,
): Alternative[] {
  const source = sourceOf(fact, index);
  const need = (op: Need['op'], value?: unknown): Need => ({
    fact,
    source,
    op,
    ...(value === undefined ? {} : { value }),
  });
  const reference = factReference(condition.value);
  if (reference && typeof reference.fact === 'string' && reference.fact !== 'now') {
    const other = reference.fact;
    const otherSource = sourceOf(other, index);
    const type = index.facts.get(fact)?.type;
    const pair = (mine: unknown, theirs: unknown): Alternative[] => [
      [need('equal', mine), { fact: other, source: otherSource, op: 'equal', value: theirs }],
    ];
    if (operator === 'equal') return pair(shared(type, 0), shared(type, 0));
    if (operator === 'notEqual') return pair(shared(type, 0), shared(type, 1));
    return [[need('equal', shared(type, 0)), { fact: other, source: otherSource, op: 'filled' }]];
  }
  const value = condition.value;
  const number = typeof value === 'number' ? value : Number(value);
  switch (operator) {
    case 'equal':
    case 'containsIgnoreCase':
      return [[need('equal', value)]];
    case 'notEqual':
      return [[need('not', value)]];
    case 'isEmpty':
      return [[need(value === false ? 'filled' : 'empty')]];
    case 'not isEmpty':
      return [[need(value === false ? 'empty' : 'filled')]];
    case 'contains':
      return [[need('equal', [value])]];
    case 'doesNotContain':
      return [[need('empty')]];
    case 'in':
      return Array.isArray(value) ? value.map((v) => [need('equal', v)]) : [];
    case 'notIn':
      return [[need('not', Array.isArray(value) ? value[0] : value)]];
    case 'lessThan':
      return [[need('equal', number - 1)]];
    case 'lessThanInclusive':
    case 'greaterThanInclusive':
      return [[need('equal', number)]];
    case 'greaterThan':
      return [[need('equal', number + 1)]];
    case 'dateBefore':
    case 'dateOnOrBefore':
      return [[need('equal', reference ? '2000-01-01' : '1999-12-31')]];
    case 'dateAfter':
    case 'dateOnOrAfter':
      return [[need('equal', '2099-12-31')]];
    case 'countInPeriodAtLeast': {
      const atLeast = Number((value as { atLeast?: unknown } | null)?.atLeast ?? 1);
      return [[need(want ? 'rows' : 'fewer-rows', atLeast)]];
    }
    case 'not countInPeriodAtLeast': {
      const atLeast = Number((value as { atLeast?: unknown } | null)?.atLeast ?? 1);
      return [[need('fewer-rows', atLeast)]];
    }
    default:
      return [];
  }
}

/** In words, for a failure message: what the need asks and where it would come from. */
export function describeNeed(need: Need): string {
  const from =
    need.source.from === 'data'
      ? `form "${need.source.form ?? 'the application'}" at ${need.source.pointer}`
      : need.source.from === 'input'
        ? `the actor's input ${need.source.pointer}`
        : need.source.from === 'channel'
          ? 'the channel'
          : `the ${need.source.origin}`;
  return `fact "${need.fact}" (${from})`;
}
