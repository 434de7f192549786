import { describe, expect, it } from 'vitest';
import type { Ruleset } from '../definitions/types';
import { sampleDefinitions } from '../definitions/sampleDefinitions';
import { validate } from '../definitions/validate';
import { compileRuleset } from './compile';
import { buildEngine, runEngine } from './engineCache';
import { rulesetErrorCode } from './rulesetError';

/** A ruleset of the sample's shape with its named conditions and rules replaced. */
function ruleset(rules: unknown[], conditions?: Record<string, unknown>): Ruleset {
  const { ruleset: base } = sampleDefinitions();
  return {
    ...base,
    facts: [
      { id: 'age', type: 'number', from: 'input' },
      { id: 'resident', type: 'boolean', from: 'input' },
    ],
    events: [
      { type: 'documents-missing', label: { en: 'Documents missing' } },
      { type: 'Adult resident: fee due', label: { en: 'Fee due' } },
      { type: 'Бас тарту', label: { en: 'Refusal' } },
    ],
    rules: rules as Ruleset['rules'],
    ...(conditions ? { conditions: conditions as Ruleset['conditions'] } : {}),
  };
}

async function bothPaths(rs: Ruleset, facts: Record<string, unknown>) {
  const engine = await (async () => runEngine(buildEngine(rs), facts))().then(
    (r) => ({ events: r.events.map((e) => e.type) }),
    (e: unknown) => ({ error: rulesetErrorCode(e) }),
  );
  let compiled: { events: string[] } | { error: string };
  try {
    compiled = {
      events: compileRuleset(rs)
        .run(facts)
        .map((e) => e.type),
    };
  } catch (e) {
    compiled = { error: rulesetErrorCode(e) };
  }
  return { engine, compiled };
}

const adult = { all: [{ fact: 'age', operator: 'greaterThanInclusive', value: 18 }] };
const resident = { fact: 'resident', operator: 'equal', value: true };

describe('named conditions', () => {
  const rs = ruleset(
    [
      { id: 'fee', conditions: { all: [{ condition: 'adultResident' }] }, event: { type: 'Adult resident: fee due' } },
      { id: 'refuse', conditions: { not: { condition: 'adultResident' } }, event: { type: 'Бас тарту' } },
    ],
    { adult, adultResident: { all: [{ condition: 'adult' }, resident] } },
  );

  it('when a rule refers to a named condition, then validate() accepts it', () => {
    expect(validate(rs)).toEqual([]);
  });

  it('when a named condition holds or not, then both paths fire the same events', async () => {
    for (const [facts, events] of [
      [{ age: 30, resident: true }, ['Adult resident: fee due']],
      [{ age: 30, resident: false }, ['Бас тарту']],
      [{ age: 10, resident: true }, ['Бас тарту']],
    ] as const) {
      expect(await bothPaths(rs, facts)).toEqual({ engine: { events }, compiled: { events } });
    }
  });

  it('when a rule refers to a name the ruleset lacks, then validate() points at it and both paths say UNKNOWN_CONDITION', async () => {
    const bad = ruleset([{ id: 'r', conditions: { condition: 'nobody' }, event: { type: 'Бас тарту' } }], { adult });
    expect(validate(bad)).toContainEqual({
      path: '/rules/0/conditions/condition',
      message: 'no named condition "nobody" in this ruleset',
    });
    const error = { error: 'UNKNOWN_CONDITION' };
    expect(await bothPaths(bad, {})).toEqual({ engine: error, compiled: error });
  });

  it('when named conditions refer to each other in a loop, then validate() says so and both paths say CONDITION_CYCLE', async () => {
    const loop = ruleset([{ id: 'r', conditions: { condition: 'a' }, event: { type: 'Бас тарту' } }], {
      a: { any: [{ condition: 'b' }] },
      b: { not: { condition: 'a' } },
    });
    expect(validate(loop).map((e) => e.message)).toContainEqual(expect.stringContaining('a → b → a'));
    const error = { error: 'CONDITION_CYCLE' };
    expect(await bothPaths(loop, {})).toEqual({ engine: error, compiled: error });
  });

  it('when a process condition refers to a named condition, then validate() refuses it: names live in a ruleset', () => {
    const { process } = sampleDefinitions();
    const step = process.steps[0]!;
    const broken = {
      ...process,
      steps: [{ ...step, next: [{ to: 'review', when: { condition: 'adult' } }] }, ...process.steps.slice(1)],
    };
    expect(validate(broken)).toContainEqual({
      path: '/steps/0/next/0/when/condition',
      message: 'named conditions are used only inside a ruleset',
    });
  });
});

describe('condition params', () => {
  it('when a condition carries params, then validate() refuses them with the pointer and the reason', () => {
    const rs = ruleset([
      {
        id: 'r',
        conditions: { all: [{ ...resident, params: { accountType: 'customer' } }] },
        event: { type: 'Бас тарту' },
      },
    ]);
    const [error] = validate(rs);
    expect(error?.path).toBe('/rules/0/conditions/all/0/params');
    expect(error?.message).toMatch(/facts are values resolved before evaluation, so params would be ignored/);
  });

  it('when an unvalidated ruleset carries params anyway, then both paths ignore them alike', async () => {
    const rs = ruleset([
      { id: 'r', conditions: { all: [{ ...resident, params: { x: 1 } }] }, event: { type: 'Бас тарту' } },
    ]);
    const fired = { events: ['Бас тарту'] };
    expect(await bothPaths(rs, { resident: true })).toEqual({ engine: fired, compiled: fired });
  });
});

describe('event types', () => {
  it('when an event type has capitals, spaces, a colon or Cyrillic, then validate() accepts it', () => {
    const rs = ruleset([
      { id: 'a', conditions: adult, event: { type: 'Adult resident: fee due' } },
      { id: 'b', conditions: adult, event: { type: 'Бас тарту' } },
    ]);
    expect(validate(rs)).toEqual([]);
  });

  it('when an event type is empty, then validate() refuses it: events are read back as words', () => {
    const rs = ruleset([{ id: 'a', conditions: adult, event: { type: '' } }]);
    expect(validate(rs).map((e) => e.path)).toContain('/rules/0/event/type');
  });
});

describe('the order of events', () => {
  it('when rules share a priority, then both paths report them in ruleset order, higher priorities first', async () => {
    const rs = ruleset(
      [
        { id: 'one', conditions: { all: [{ condition: 'adult' }] }, event: { type: 'documents-missing' } },
        { id: 'two', conditions: { all: [] }, event: { type: 'Бас тарту' } },
        { id: 'three', priority: 2, conditions: adult, event: { type: 'Adult resident: fee due' } },
      ],
      { adult },
    );
    const events = { events: ['Adult resident: fee due', 'documents-missing', 'Бас тарту'] };
    expect(await bothPaths(rs, { age: 40 })).toEqual({ engine: events, compiled: events });
  });
});

describe('unvalidated rulesets: one error code on both paths', () => {
  const cases: [string, unknown[], string][] = [
    [
      'a JSONPath filter',
      [{ id: 'r', conditions: { all: [{ ...resident, path: '$[?(@.x)]' }] }, event: { type: 'x' } }],
      'UNSUPPORTED_PATH',
    ],
    [
      'recursive descent in a compared fact',
      [{ id: 'r', conditions: { all: [{ ...resident, value: { fact: 'age', path: '$..x' } }] }, event: { type: 'x' } }],
      'UNSUPPORTED_PATH',
    ],
    [
      'a path in an event param',
      [{ id: 'r', conditions: { all: [] }, event: { type: 'x', params: { a: { fact: 'age', path: '$.*' } } } }],
      'UNSUPPORTED_PATH',
    ],
    [
      'a condition priority',
      [{ id: 'r', conditions: { all: [{ ...resident, priority: 2 }] }, event: { type: 'x' } }],
      'BAD_CONDITION',
    ],
    ['a leaf at the top', [{ id: 'r', conditions: resident, event: { type: 'x' } }], 'BAD_CONDITION'],
    [
      'a leaf without its value',
      [{ id: 'r', conditions: { all: [{ fact: 'age', operator: 'equal' }] }, event: { type: 'x' } }],
      'BAD_CONDITION',
    ],
    [
      'an operator decorator',
      [{ id: 'r', conditions: { all: [{ ...resident, operator: 'someFact:equal' }] }, event: { type: 'x' } }],
      'UNKNOWN_OPERATOR',
    ],
    ['an event without a type', [{ id: 'r', conditions: { all: [] }, event: {} }], 'BAD_EVENT'],
    ['a priority of zero', [{ id: 'r', priority: 0, conditions: { all: [] }, event: { type: 'x' } }], 'BAD_RULE'],
    [
      '`in` over a number',
      [{ id: 'r', conditions: { all: [{ fact: 'age', operator: 'in', value: 5 }] }, event: { type: 'x' } }],
      'EVALUATION_FAILED',
    ],
  ];
  for (const [what, rules, code] of cases) {
    it(`when a ruleset has ${what}, then both paths fail with ${code}`, async () => {
      const error = { error: code };
      expect(await bothPaths(ruleset(rules), { age: 20, resident: true })).toEqual({ engine: error, compiled: error });
    });
  }
});
