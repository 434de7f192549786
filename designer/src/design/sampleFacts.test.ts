import { describe, expect, it } from 'vitest';
import { evaluateFacts } from '../../../runtime/rules';
import type { Ruleset } from '../../../runtime/definitions/types';
import { sampleFacts } from './sampleFacts';

const ruleset: Ruleset = {
  kind: 'ruleset',
  id: 'r',
  title: { en: 'R' },
  facts: [
    { id: 'age', type: 'number', from: 'data', path: '/age' },
    { id: 'resident', type: 'boolean', from: 'data', path: '/resident' },
  ],
  events: [{ type: 'eligible', label: { en: 'Eligible' } }],
  rules: [
    {
      id: 'adult-resident',
      conditions: {
        all: [
          { fact: 'age', operator: 'greaterThanInclusive', value: 18 },
          { fact: 'resident', operator: 'equal', value: true },
        ],
      },
      event: { type: 'eligible' },
    },
  ],
};

describe('sampleFacts()', () => {
  it('gives every declared fact a value of its type and the built-in facts', () => {
    expect(sampleFacts(ruleset)).toMatchObject({ age: 0, resident: false, channel: 'provider-office', events: [] });
  });
  it('lets the bench run the ruleset: nothing fires on the sample, the rule fires on an adult resident', async () => {
    const none = await evaluateFacts(ruleset, sampleFacts(ruleset));
    expect(none.events).toEqual([]);
    const fired = await evaluateFacts(ruleset, { ...sampleFacts(ruleset), age: 30, resident: true });
    expect(fired.rules[0]).toMatchObject({ id: 'adult-resident', fired: true });
    expect(fired.events.map((e) => e.type)).toEqual(['eligible']);
  });
});
