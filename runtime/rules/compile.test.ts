import { Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import type { Condition, Ruleset } from '../definitions/types';
import { CUSTOM_OPERATORS, OPERATORS } from '../definitions/condition';
import { compileCondition, compileRuleset } from './compile';
import { buildEngine, runEngine } from './engineCache';
import { registerOperators } from './operators';
import { rulesetErrorCode } from './rulesetError';

/** mulberry32: a small seeded PRNG, so the corpus is the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FACTS = ['a', 'b', 'n', 's', 'list', 'obj', 'when', 'dates', 'missing', 'constructor', 'toString'];
const PATHS = [
  '$',
  '$.x',
  '$.x.y',
  '$[0]',
  '$[1]',
  '$.at',
  '$.length',
  '$[0].at',
  '$.a-b',
  '$.0',
  '$.x.length',
  '$.x[0]',
  '$.y.0',
  '$[0].length',
  '$.x.y.at',
];
/** JSONPath forms outside the subset: both paths must refuse them with UNSUPPORTED_PATH */
const UNSUPPORTED_PATHS = ['$..x', '$.x[*]', '.x', "$['x']", '$.x[?(@.y)]', 'x'];
const NAMES = ['n0', 'n1', 'n2'];
const DATES = [
  '2024-03-01',
  '2024-03-02',
  '2024-02-29',
  '2024-03-01T10:00:00+05:00',
  '2024-03-01T23:30:00Z',
  '2024-13-01',
];

function generator(random: () => number) {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const chance = (p: number) => random() < p;
  const scalar = (): unknown =>
    pick([
      () => Math.floor(random() * 10) - 3,
      () => Math.round(random() * 1000) / 100,
      () => pick(['', 'abc', 'ABC', 'Abc def', '12', '12abc', '3.5', ' ', 'x']),
      () => pick([true, false, null]),
      () => pick([Number.NaN, Infinity, -Infinity, -0, '-1', '1e3', '0x10', ' 5', 'NaN', 'Infinity']),
      () => pick(DATES),
      () => 0,
    ])();
  const value = (depth = 0): unknown => {
    if (depth > 2 || chance(0.55)) return scalar();
    if (chance(0.5)) return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1));
    const object: Record<string, unknown> = {};
    for (const key of ['x', 'y', 'at', 'a-b', '0']) if (chance(0.4)) object[key] = value(depth + 1);
    return object;
  };
  const dateList = () =>
    Array.from({ length: Math.floor(random() * 5) }, () =>
      chance(0.3) ? { at: pick(DATES) } : chance(0.1) ? 42 : pick(DATES),
    );
  const path = () => (chance(0.01) ? pick(UNSUPPORTED_PATHS) : pick(PATHS));
  const conditionValue = (operator: string): unknown => {
    if (chance(0.12)) return chance(0.5) ? { fact: pick(FACTS) } : { fact: pick(FACTS), path: path() };
    switch (operator) {
      case 'in':
      case 'notIn':
        // mostly lists and strings; a number or null makes json-rules-engine throw, which must be mirrored
        return chance(0.85)
          ? Array.from({ length: Math.floor(random() * 4) }, scalar)
          : chance(0.5)
            ? 'abc12'
            : scalar();
      case 'isEmpty':
        return chance(0.9) ? chance(0.5) : scalar();
      case 'countInPeriodAtLeast':
        return chance(0.9)
          ? {
              atLeast: Math.floor(random() * 4),
              per: pick(['calendar-month', 'calendar-year', 'days', 'week']),
              days: pick([undefined, 1, 2, 31, 0]),
            }
          : scalar();
      case 'dateBefore':
      case 'dateAfter':
      case 'dateOnOrBefore':
      case 'dateOnOrAfter':
        return chance(0.85) ? pick(DATES) : scalar();
      default:
        return chance(0.8) ? scalar() : value();
    }
  };
  /** A condition; `names` are the named conditions it may refer to (mostly defined, now and then not). */
  const condition = (depth: number, names: readonly string[] = []): Condition => {
    if (depth === 0 && names.length > 0 && chance(0.1)) return { condition: pick(names) };
    if (depth < 3 && chance(depth === 0 ? 1 : 0.3)) {
      const kind =
        depth === 0 ? pick(['all', 'any', 'not'] as const) : pick(['all', 'any', 'not', 'all', 'any'] as const);
      if (kind === 'not') return { not: condition(depth + 1, names) };
      const list = Array.from({ length: Math.floor(random() * 4) }, () => condition(depth + 1, names));
      return kind === 'all' ? { all: list } : { any: list };
    }
    if (names.length > 0 && chance(0.2)) return { condition: chance(0.02) ? 'undefinedName' : pick(names) };
    const operator = pick(OPERATORS);
    const leaf: Condition = { fact: pick(FACTS), operator, value: conditionValue(operator) };
    if (chance(0.4)) leaf.path = path();
    return leaf;
  };
  /** Named conditions: each refers to earlier ones only, but now and then to a later one (a possible loop). */
  const namedConditions = (): Record<string, Condition> | undefined => {
    if (chance(0.5)) return undefined;
    const count = 1 + Math.floor(random() * NAMES.length);
    const named: Record<string, Condition> = {};
    for (let i = 0; i < count; i++) {
      const visible = chance(0.03) ? NAMES.slice(0, count) : NAMES.slice(0, i);
      named[NAMES[i] as string] = condition(0, visible);
    }
    return named;
  };
  const ruleset = (index: number): Ruleset => {
    const named = namedConditions();
    const names = Object.keys(named ?? {});
    return {
      kind: 'ruleset',
      id: `corpus-${index}`,
      version: 1,
      title: { en: 'corpus' },
      facts: [],
      events: [],
      ...(named ? { conditions: named } : {}),
      rules: Array.from({ length: 1 + Math.floor(random() * 8) }, (_, i) => {
        const priority = pick([undefined, undefined, 1, 2, 3]);
        return {
          id: `r${i}`,
          ...(priority === undefined ? {} : { priority }),
          conditions: condition(0, names),
          event: chance(0.2)
            ? { type: `e${i}` }
            : chance(0.3)
              ? {
                  type: pick(['ok', 'refuse', 'note']),
                  params: { rule: i, got: { fact: pick(FACTS), ...(chance(0.3) ? { path: '$.x' } : {}) } },
                }
              : {
                  type: pick(['ok', 'refuse', 'note', 'Refused: late', 'Бас тарту']),
                  params: { rule: i, n: scalar() },
                },
        };
      }),
    };
  };
  const facts = (): Record<string, unknown> => {
    const set: Record<string, unknown> = {};
    for (const name of FACTS) {
      if (name === 'missing' || chance(0.15)) continue;
      set[name] =
        name === 'dates'
          ? dateList()
          : name === 'when'
            ? pick(DATES)
            : name === 'obj'
              ? { x: value(1), y: value(1) }
              : value();
    }
    return set;
  };
  return { ruleset, facts };
}

type Outcome = { events: { type: string; params?: unknown }[] } | { error: string };

/** json-rules-engine's outcome, building the engine included: its events, or the code of its error. */
async function reference(engine: () => Engine, facts: Record<string, unknown>): Promise<Outcome> {
  try {
    const { events } = await runEngine(engine(), facts);
    return { events: events.map((e) => ({ type: e.type, params: e.params ?? {} })) };
  } catch (e) {
    return { error: rulesetErrorCode(e) };
  }
}

function compiledOutcome(run: () => { type: string; params: unknown }[]): Outcome {
  try {
    return { events: run().map((e) => ({ type: e.type, params: e.params })) };
  } catch (e) {
    if (process.env.CORPUS_DEBUG) console.log(e);
    return { error: rulesetErrorCode(e) };
  }
}

/** A builder that throws when called, so that a build error becomes the outcome of each run. */
function built<T>(build: () => T): () => T {
  try {
    const value = build();
    return () => value;
  } catch (e) {
    return () => {
      throw e;
    };
  }
}

/** json-rules-engine as shipped, rules at their own priorities (equal priorities run in parallel). */
function vanillaEngine(ruleset: Ruleset): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true, replaceFactsInEventParams: true });
  registerOperators(engine);
  for (const [name, c] of Object.entries(ruleset.conditions ?? {})) engine.setCondition(name, c as never);
  for (const rule of ruleset.rules) engine.addRule({ ...rule, name: rule.id, conditions: rule.conditions as never });
  return engine;
}

const sortedByType = (o: Outcome) =>
  'error' in o ? o : { events: [...o.events].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))) };

describe('compileRuleset() against json-rules-engine (differential corpus)', () => {
  it('gives exactly the same events, in the same order, or the same error code, for 2400 random rulesets × 3 fact sets', async () => {
    const random = prng(20240301);
    const { ruleset, facts } = generator(random);
    const seen = { runs: 0, fired: 0, errors: new Map<string, number>(), references: 0, operators: new Set<string>() };
    for (let i = 0; i < 2400; i++) {
      const rs = ruleset(i);
      JSON.stringify(rs, (key, v: unknown) => {
        if (key === 'operator') seen.operators.add(String(v));
        return v;
      });
      const compiled = built(() => compileRuleset(rs));
      const engine = built(() => buildEngine(rs));
      if (JSON.stringify(rs).includes('"condition":')) seen.references++;
      for (let j = 0; j < 3; j++) {
        const set = facts();
        const expected = await reference(engine, set);
        const actual = compiledOutcome(() => compiled().run(set));
        if (JSON.stringify(actual) !== JSON.stringify(expected)) {
          if (process.env.CORPUS_DEBUG) console.log(JSON.stringify({ rs: rs.rules, set }));
          expect({ ruleset: rs, facts: set, actual }).toEqual({ ruleset: rs, facts: set, actual: expected });
        }
        // the same events as json-rules-engine with its own priorities, whose order within a priority is
        // unspecified; where Qagida refuses a ruleset before building, json-rules-engine as shipped may not
        if (!('error' in expected) || expected.error === 'EVALUATION_FAILED') {
          expect(sortedByType(await reference(() => vanillaEngine(rs), set))).toEqual(sortedByType(expected));
        }
        seen.runs++;
        if ('error' in expected) seen.errors.set(expected.error, (seen.errors.get(expected.error) ?? 0) + 1);
        else seen.fired += expected.events.length;
      }
    }
    // the corpus is worth something: every operator, many events, named conditions, and runs refused for each reason
    expect([...seen.operators].sort()).toEqual([...OPERATORS].sort());
    expect(seen.fired).toBeGreaterThan(seen.runs);
    expect(seen.references).toBeGreaterThan(500);
    const errors = [...seen.errors.values()].reduce((a, b) => a + b, 0);
    expect([...seen.errors.keys()].sort()).toEqual([
      'CONDITION_CYCLE',
      'EVALUATION_FAILED',
      'UNKNOWN_CONDITION',
      'UNSUPPORTED_PATH',
    ]);
    expect(seen.errors.get('EVALUATION_FAILED')).toBeGreaterThan(20);
    expect(errors).toBeLessThan(seen.runs / 4);
    if (process.env.CORPUS_DEBUG) console.log(seen);
  }, 240_000);

  it('orders events by priority, then by their order in the ruleset', () => {
    const rs: Ruleset = {
      kind: 'ruleset',
      id: 'order',
      title: { en: 'order' },
      facts: [],
      events: [],
      rules: [
        { id: 'low', conditions: { all: [] }, event: { type: 'low' } },
        { id: 'high', priority: 5, conditions: { any: [] }, event: { type: 'high' } },
        {
          id: 'low2',
          priority: 1,
          conditions: { not: { fact: 'x', operator: 'equal', value: 1 } },
          event: { type: 'low2' },
        },
      ],
    };
    expect(
      compileRuleset(rs)
        .run({})
        .map((e) => e.type),
    ).toEqual(['high', 'low', 'low2']);
  });
});

describe('compileCondition()', () => {
  it('reads a path inside an object fact and compares a non-object fact as it is', () => {
    const adult = compileCondition({ fact: 'applicant', path: '$.age', operator: 'greaterThanInclusive', value: 18 });
    expect(adult({ applicant: { age: 18 } })).toBe(true);
    expect(adult({ applicant: { age: 17 } })).toBe(false);
    expect(adult({ applicant: 30 })).toBe(true);
    expect(adult({})).toBe(false);
  });

  it('compares with another fact given as {fact}', () => {
    const late = compileCondition({ fact: 'submittedAt', operator: 'dateAfter', value: { fact: 'due' } });
    expect(late({ submittedAt: '2024-03-05', due: '2024-03-04' })).toBe(true);
    expect(late({ submittedAt: '2024-03-04', due: '2024-03-04' })).toBe(false);
  });

  it('throws, naming it, on an operator no engine knows', () => {
    expect(() => compileCondition({ fact: 'x', operator: 'roughlyEqual', value: 1 })).toThrow(
      /unknown operator "roughlyEqual"/,
    );
  });

  it('keeps every custom operator of the definition language', () => {
    for (const operator of CUSTOM_OPERATORS)
      expect(() => compileCondition({ fact: 'x', operator, value: 1 })).not.toThrow();
  });
});
