import { describe, expect, it } from 'vitest';
import type { Ruleset } from '../definitions/types';
import { cachedEngineVersions, engineBuilds, engineFor, pinRulesetVersion } from './engineCache';
import { evaluateFacts } from './evaluate';

const ruleset = (id: string, version: number, limit: number): Ruleset => ({
  kind: 'ruleset',
  id,
  version,
  title: { en: 'limits' },
  facts: [{ id: 'amount', type: 'number', from: 'input' }],
  events: [{ type: 'over', label: { en: 'over the limit' } }],
  rules: [
    {
      id: 'over',
      conditions: { all: [{ fact: 'amount', operator: 'greaterThan', value: limit }] },
      event: { type: 'over' },
    },
  ],
});

describe('engineFor()', () => {
  it('builds the engine once per ruleset version, not once per evaluation', async () => {
    const before = engineBuilds();
    const v1 = ruleset('cache-once', 1, 100);
    for (let i = 0; i < 50; i++) await evaluateFacts(v1, { amount: i * 5 });
    // a copy of the same version, as read again from the store, reuses it too
    await evaluateFacts(structuredClone(v1), { amount: 1 });
    expect(engineBuilds() - before).toBe(1);
    expect(engineFor(v1)).toBe(engineFor(structuredClone(v1)));
  });

  it('replaces the engine when a new version is published', async () => {
    const v1 = ruleset('cache-replace', 1, 100);
    const v2 = ruleset('cache-replace', 2, 10);
    expect((await evaluateFacts(v1, { amount: 50 })).events).toEqual([]);
    const before = engineBuilds();
    const first = await evaluateFacts(v2, { amount: 50 });
    await evaluateFacts(v2, { amount: 60 });
    expect(engineBuilds() - before).toBe(1);
    expect(first.events).toEqual([{ type: 'over', params: {}, rule: 'over' }]);
    expect(cachedEngineVersions('cache-replace')).toEqual([2]);
  });

  it('keeps a pinned version for the cases still judged by it', async () => {
    const v1 = ruleset('cache-pinned', 1, 100);
    await evaluateFacts(v1, { amount: 1 });
    pinRulesetVersion('cache-pinned', 1);
    await evaluateFacts(ruleset('cache-pinned', 2, 10), { amount: 1 });
    const before = engineBuilds();
    await evaluateFacts(v1, { amount: 1 });
    expect(engineBuilds()).toBe(before);
    expect(cachedEngineVersions('cache-pinned')).toEqual([1, 2]);
  });

  it('keeps concurrent evaluations on one engine apart', async () => {
    const rs: Ruleset = {
      ...ruleset('cache-concurrent', 1, 0),
      rules: [1, 2, 3, 4].map((p) => ({
        id: `p${p}`,
        priority: p,
        conditions: { all: [{ fact: 'amount', operator: 'greaterThan', value: p * 10 }] },
        event: { type: 'over', params: { p } },
      })),
    };
    const amounts = Array.from({ length: 40 }, (_, i) => i * 1.3);
    // staggered by a few microtasks each, so that runs start and end while others are under way
    const together = await Promise.all(
      amounts.map(async (amount, i) => {
        for (let tick = 0; tick < i * 5; tick++) await Promise.resolve();
        return evaluateFacts(rs, { amount: amounts[amounts.length - 1 - i] as number });
      }),
    );
    amounts.reverse();
    for (const [i, amount] of amounts.entries()) {
      expect(together[i]?.events.length).toBe([1, 2, 3, 4].filter((p) => amount > p * 10).length);
    }
  });
});
