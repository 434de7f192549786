import { Engine, type EngineResult, type Rule } from 'json-rules-engine';
import type { Ruleset } from '../definitions/types';
import { evaluationFailed } from './compile';
import { registerOperators } from './operators';
import { assertRunnable } from './runnable';
import { VersionCache } from './versionCache';

declare module 'json-rules-engine' {
  interface Engine {
    /**
     * Sorts the rules into sets by priority and keeps them (engine.js; run() calls it, the published
     * types leave it out). Called once after the rules are added, so that runs only read the engine.
     */
    prioritizeRules(): Rule[][];
  }
}

/**
 * A json-rules-engine Engine for a ruleset, with Qagida's operators and undefined facts allowed.
 *
 * json-rules-engine runs rules of equal priority in parallel, so their events arrive in the order
 * their promises happen to settle. Qagida reports events by priority, then in ruleset order: each
 * rule gets a distinct engine priority that refines its own (higher first, earlier first). Facts
 * are constant during a run, so which rules fire does not change.
 */
export function buildEngine(ruleset: Ruleset): Engine {
  // the same refusals, with the same codes, as the compiled path: json-rules-engine's own
  // constructor errors are never reached
  assertRunnable(ruleset);
  const engine = new Engine([], { allowUndefinedFacts: true, replaceFactsInEventParams: true });
  registerOperators(engine);
  for (const [name, condition] of Object.entries(ruleset.conditions ?? {})) {
    engine.setCondition(name, condition as never);
  }
  const n = ruleset.rules.length;
  ruleset.rules.forEach((rule, index) => {
    engine.addRule({
      name: rule.id,
      priority: (rule.priority ?? 1) * (n + 1) + (n - index),
      conditions: rule.conditions as never,
      event: rule.event,
    });
  });
  // sort the rules now, so that runs only read the engine
  engine.prioritizeRules();
  return engine;
}

/**
 * Runs a shared engine with its run state kept apart. Engine.run() keeps `status` on the engine
 * itself: a run that ends (or fails) marks it finished and a run still going skips its remaining
 * priorities. Each run therefore goes through its own object whose prototype is the engine: the
 * status lands there, while rules, operators and facts are read from the engine.
 */
export async function runEngine(engine: Engine, facts: Record<string, unknown>): Promise<EngineResult> {
  try {
    return await (Object.create(engine) as Engine).run(facts);
  } catch (error) {
    throw evaluationFailed(error);
  }
}

const engines = new VersionCache<Ruleset, Engine>(buildEngine);

/** The engine of this ruleset version: built on first use, then reused by every evaluation. */
export function engineFor(ruleset: Ruleset): Engine {
  return engines.get(ruleset);
}

/** How many engines were built since start: an evaluation must not build one. */
export function engineBuilds(): number {
  return engines.buildCount();
}

/** Keep a ruleset version's engine when newer versions are published (cases in flight use it). */
export function pinRulesetVersion(id: string, version: number): void {
  engines.pin(id, version);
}

export function unpinRulesetVersion(id: string, version: number): void {
  engines.unpin(id, version);
}

/** The versions of a ruleset whose engines are held now, oldest first. */
export function cachedEngineVersions(id: string): number[] {
  return engines.versions(id);
}
