import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../runtime/rules';
import type { Ruleset } from '../../../runtime/definitions/types';
import { caseContext, formDataContext } from './benchContext';

/** A fact computed from the form: how many family members the table lists. */
const ruleset: Ruleset = {
  kind: 'ruleset',
  id: 'family-rules',
  version: 1,
  title: { en: 'Family rules' },
  facts: [{ id: 'members', type: 'array', from: 'data', path: '/members' }],
  events: [{ type: 'large-family', label: { en: 'Large family' } }],
  rules: [
    {
      id: 'large',
      conditions: { all: [{ fact: 'members', path: '$.length', operator: 'greaterThanInclusive', value: 4 }] },
      event: { type: 'large-family' },
    },
  ],
} as Ruleset;

const now = new Date('2026-03-20T09:00:00Z');
const four = { members: [{ name: 'a' }, { name: 'b' }, { name: 'c' }, { name: 'd' }] };

describe('the rule test bench contexts', () => {
  it('when given form data with a four-row table, then the fact computed from it (its length) fires the rule', async () => {
    const result = await evaluate(ruleset, formDataContext(four, 'office', now));
    expect(result.events.map((e) => e.type)).toEqual(['large-family']);
  });

  it('when given an existing case, then its extra forms lay over its data and its fired events and deadlines come along', () => {
    const context = caseContext(
      {
        channel: 'office',
        status: 'in-progress',
        data: { members: [] },
        forms: { 'family-check': four },
        deadlines: [{ id: 'result', due: '2026-04-01T13:00:00Z' }],
        outcomes: [{ events: [{ type: 'large-family' }] }],
      },
      now,
    );
    expect(context.data).toEqual(four);
    expect(context.deadlines).toEqual({ result: '2026-04-01T13:00:00Z' });
    expect(context.events).toEqual(['large-family']);
    expect(context.channel).toBe('office');
  });
});
