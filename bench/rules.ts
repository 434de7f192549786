import type { Ruleset } from '../runtime/definitions/types';
import { compiledFor, engineFor, runEngine, type Facts } from '../runtime/rules';
import type { BenchRow } from './row';

export interface BenchRulesOptions {
  /** how long each contender runs, after its warm-up (default 1000 ms) */
  durationMs?: number;
  warmupMs?: number;
}

/** Runs `step` over the fact sets for about `ms` and returns evaluations per second. */
async function measure(
  step: (facts: Facts) => unknown,
  factSets: Facts[],
  ms: number,
  isAsync: boolean,
): Promise<number> {
  let count = 0;
  let sink = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (const facts of factSets) {
      const out = isAsync ? await step(facts) : step(facts);
      if (out) sink++;
    }
    count += factSets.length;
    elapsed = performance.now() - started;
  }
  if (sink < 0) throw new Error('unreachable');
  return count / (elapsed / 1000);
}

/**
 * Evaluations per second of one ruleset three ways: json-rules-engine with its engine reused, the
 * compiled closures, and a plain JS function written by hand (the baseline). Any ruleset will do.
 */
export async function benchRules(
  ruleset: Ruleset,
  factSets: Facts[],
  plainFn: (facts: Facts) => unknown,
  options: BenchRulesOptions = {},
): Promise<BenchRow[]> {
  if (factSets.length === 0) throw new Error('benchRules: give at least one fact set');
  const ms = options.durationMs ?? 1000;
  const warmup = options.warmupMs ?? Math.min(300, ms);
  const engine = engineFor(ruleset);
  const compiled = compiledFor(ruleset);
  const contenders: [string, (facts: Facts) => unknown, boolean][] = [
    ['plain JS function', plainFn, false],
    ['json-rules-engine (engine reused)', (facts) => runEngine(engine, facts), true],
    ['compiled closures', (facts) => compiled.run(facts), false],
  ];
  const rates = new Map<string, number>();
  for (const [name, step, isAsync] of contenders) {
    await measure(step, factSets, warmup, isAsync);
    rates.set(name, await measure(step, factSets, ms, isAsync));
  }
  const baseline = 'plain JS function';
  const baselineValue = rates.get(baseline) as number;
  return contenders.map(([name]): BenchRow => {
    const value = rates.get(name) as number;
    return {
      name: `rules ${ruleset.id}: ${name}`,
      value: Math.round(value),
      unit: 'evaluations/s',
      baseline,
      baselineValue: Math.round(baselineValue),
      ratio: Math.round((value / baselineValue) * 1000) / 1000,
      ...(name === 'compiled closures' ? { target: '≥ 0.25 of the plain JS function' } : {}),
    };
  });
}
