import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Ruleset } from '../definitions/types';
import { validate } from '../definitions/validate';
import { compileRuleset } from './compile';
import { buildEngine, runEngine } from './engineCache';
import { rulesetErrorCode } from './rulesetError';

interface Run {
  facts: Record<string, unknown>;
  events?: { type: string; params: Record<string, unknown> }[];
}
interface Case {
  name: string;
  from: string;
  ruleset: Ruleset;
  runs: Run[];
  /** the pointers validate() refuses; none when absent */
  validate?: string[];
  /** the code both paths throw */
  error?: string;
}

const corpus = JSON.parse(
  readFileSync(new URL('./corpus/json-rules-engine-examples.json', import.meta.url), 'utf8'),
) as { cases: Case[]; notStated: { from: string; why: string }[] };

type Outcome = { events: { type: string; params: unknown }[] } | { error: string };

async function enginePath(ruleset: Ruleset, facts: Record<string, unknown>): Promise<Outcome> {
  try {
    const { events } = await runEngine(buildEngine(ruleset), facts);
    return { events: events.map((e) => ({ type: e.type, params: e.params ?? {} })) };
  } catch (error) {
    return { error: rulesetErrorCode(error) };
  }
}

function compiledPath(ruleset: Ruleset, facts: Record<string, unknown>): Outcome {
  try {
    return {
      events: compileRuleset(ruleset)
        .run(facts)
        .map((e) => ({ type: e.type, params: e.params })),
    };
  } catch (error) {
    return { error: rulesetErrorCode(error) };
  }
}

describe("json-rules-engine's own documented examples, stated as data", () => {
  it('holds examples enough to be worth something, each citing where it comes from', () => {
    expect(corpus.cases.length).toBeGreaterThanOrEqual(12);
    for (const c of [...corpus.cases, ...corpus.notStated]) expect(c.from).toMatch(/^https:\/\//);
  });

  for (const c of corpus.cases) {
    describe(c.name, () => {
      it(c.validate ? 'is refused by validate() where the example goes beyond Qagida' : 'is a valid ruleset', () => {
        const pointers = validate(c.ruleset).map((e) => e.path);
        if (c.validate) for (const p of c.validate) expect(pointers).toContain(p);
        else expect(validate(c.ruleset)).toEqual([]);
      });

      it('gives, on both paths, the events the example documents (or the same error code)', async () => {
        for (const run of c.runs) {
          const engine = await enginePath(c.ruleset, run.facts);
          const compiled = compiledPath(c.ruleset, run.facts);
          expect(compiled).toEqual(engine);
          expect(engine).toEqual(c.error ? { error: c.error } : { events: run.events });
        }
      });
    });
  }
});
