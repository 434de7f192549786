import type { Ruleset } from '../runtime/definitions/types';
import { compiledFor, engineFor, runEngine, type Facts } from '../runtime/rules';
import { alternate, compared, type BenchRow } from './row';

export interface BenchRulesOptions {
  /** how long one pass of each contender runs */
  passMs?: number;
  passes?: number;
}

/** Runs `step` over the fact sets for about `ms` and returns evaluations per second. */
async function rate(step: (facts: Facts) => unknown, factSets: Facts[], ms: number, isAsync: boolean): Promise<number> {
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
 * Evaluations per second of one ruleset three ways, in alternating passes: json-rules-engine with its
 * engine reused, the compiled closures, and a plain JS function written by hand (the baseline).
 */
export async function benchRules(
  ruleset: Ruleset,
  factSets: Facts[],
  plainFn: (facts: Facts) => unknown,
  options: BenchRulesOptions = {},
): Promise<BenchRow[]> {
  if (factSets.length === 0) throw new Error('benchRules: give at least one fact set');
  const ms = options.passMs ?? 300;
  const engine = engineFor(ruleset);
  const compiled = compiledFor(ruleset);
  const runs = await alternate(
    {
      plain: () => rate(plainFn, factSets, ms, false),
      engine: () => rate((facts) => runEngine(engine, facts), factSets, ms, true),
      compiled: () => rate((facts) => compiled.run(facts), factSets, ms, false),
    },
    { passes: options.passes ?? 5 },
  );
  const baseline = 'plain JS function';
  const row = (name: string, value: (typeof runs)['plain'], target?: string) =>
    compared(
      { name: `rules ${ruleset.id}: ${name}`, unit: 'evaluations/s', baseline, ...(target ? { target } : {}) },
      value,
      runs.plain,
    );
  return [
    row('plain JS function', runs.plain),
    row('json-rules-engine (engine reused)', runs.engine),
    row('compiled closures', runs.compiled, '≥ 0.25 of the plain JS function'),
  ];
}
