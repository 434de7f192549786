import { readFileSync } from 'node:fs';
import type { Ruleset } from '../runtime/definitions/types';
import { compiledFor, type Facts } from '../runtime/rules';
import { benchRules } from './rules';
import { benchRulesSubmitPath } from './rulesSubmitPath';
import type { BenchOptions, BenchRow } from './row';

const ruleset = JSON.parse(
  readFileSync(new URL('../rules/optimization-review.json', import.meta.url), 'utf8'),
) as Ruleset;

/** 10 000 varied answer sets to the 14 questions of 001 App. 2, from a fixed seed. */
function factSets(count: number): Facts[] {
  let state = 1_400_001;
  const next = () => (state = (state * 1_664_525 + 1_013_904_223) >>> 0) / 2 ** 32;
  const yes = () => next() < 0.5;
  const maybe = <T>(v: T) => (next() < 0.1 ? undefined : v);
  return Array.from({ length: count }, () => {
    const termFrom = Math.floor(next() * 40);
    return {
      demand: maybe(Math.floor(next() * 3)),
      electronicOnly: maybe(yes()),
      electronicResult: maybe(yes()),
      termFrom,
      termTo: Math.floor(next() * (termFrom + 5)),
      removableDocuments: next() < 0.5 ? '' : 'certificate of address',
      collegialBodyRemovable: maybe(next() < 0.5 ? 'yes' : 'no'),
      providerRemovable: maybe(yes()),
      oneTimePassword: maybe(yes()),
      proactive: maybe(yes()),
      composite: maybe(yes()),
      compositeServices: 'birth registration',
      manualFieldsReducible: maybe(next() < 0.5 ? 'yes' : 'no'),
      inPersonRemovable: maybe(yes()),
      hasInformationSystem: maybe(yes()),
      integrated: maybe(yes()),
    };
  });
}

/**
 * The same 14 rules written by hand as one function: the physical limit the engines are measured
 * against. It builds the same events (type and params) the ruleset emits.
 */
function paramsOf(id: string): Record<string, unknown> {
  const rule = ruleset.rules.find((r) => r.id === id);
  if (!rule) throw new Error(`bench: rule ${id} is not in rules/optimization-review.json`);
  return rule.event.params ?? {};
}
const P = Object.fromEntries(ruleset.rules.map((r) => [r.id, paramsOf(r.id)]));
function plainOptimizationReview(f: Facts): { type: string; params: Record<string, unknown> }[] {
  const out: { type: string; params: Record<string, unknown> }[] = [];
  const fire = (id: string, extra?: Record<string, unknown>) =>
    out.push({ type: 'recommendation', params: extra ? { ...P[id], ...extra } : (P[id] as Record<string, unknown>) });
  const n = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
  if (n(f.demand) && (f.demand as number) > 0) fire('q1-distribute-staff', { demand: f.demand });
  if (f.electronicOnly === true) fire('q2-check-paper-documents');
  if (f.electronicResult === true) fire('q3-change-result-technology');
  if (n(f.termFrom) && (f.termFrom as number) > 0 && n(f.termTo) && (f.termTo as number) < (f.termFrom as number))
    fire('q4-shorten-term', { from: f.termFrom, to: f.termTo });
  if (typeof f.removableDocuments === 'string' && f.removableDocuments.trim() !== '')
    fire('q5-reduce-documents', { documents: f.removableDocuments });
  if (f.collegialBodyRemovable === 'yes') fire('q6-remove-approving-units');
  if (f.providerRemovable === true) fire('q7-remove-approving-units');
  if (f.oneTimePassword === true) fire('q8-identify-systems-to-integrate');
  if (f.proactive === true) fire('q9-proactive-provision');
  if (f.composite === true) fire('q10-composite-provision', { services: f.compositeServices });
  if (f.manualFieldsReducible === 'yes') fire('q11-identify-systems-to-integrate');
  if (f.inPersonRemovable === true) fire('q12-regulate-interaction');
  if (f.hasInformationSystem === false) fire('q13-identify-systems-to-integrate');
  if (f.hasInformationSystem === true && f.integrated === false) fire('q14-identify-systems-to-integrate');
  return out;
}

export async function bench(options: BenchOptions): Promise<BenchRow[]> {
  const sets = factSets(options.tiny ? 200 : 10_000);
  // A baseline that disagreed with the rules would measure something else: check it first.
  const compiled = compiledFor(ruleset);
  for (const facts of sets) {
    const a = JSON.stringify(compiled.run(facts).map((e) => [e.type, e.params]));
    const b = JSON.stringify(plainOptimizationReview(facts).map((e) => [e.type, e.params]));
    if (a !== b) throw new Error(`bench: the plain function disagrees with the ruleset on ${JSON.stringify(facts)}`);
  }
  return [
    ...(await benchRules(ruleset, sets, plainOptimizationReview, {
      passMs: options.tiny ? 30 : 300,
      passes: options.tiny ? 3 : 5,
    })),
    ...(await benchRulesSubmitPath(options)),
  ];
}
