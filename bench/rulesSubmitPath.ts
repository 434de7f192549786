import { readFileSync } from 'node:fs';
import type { Ruleset, Service } from '../runtime/definitions/types';
import { compiledFor, resolveFacts, type FactContext } from '../runtime/rules';
import { effectiveData, evaluateRulesets } from '../server/usecases/caseEvaluation';
import { alternate, compared, type BenchOptions, type BenchRow } from './row';
import { DATA, SERVICE } from './submitLoad';

const read = <T>(file: string) => JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8')) as T;

/**
 * The rules as a submission runs them: `evaluateRulesets` with `engine: 'compiled'` over the bench
 * service's pinned rulesets (what `submitCase` calls: facts resolved from the case, each ruleset in
 * order seeing the events of the ones before, outcomes and replay built), against the same rulesets'
 * compiled closures alone on facts resolved beforehand: the share of the submit's rule time that is
 * not the rules themselves.
 */
export async function benchRulesSubmitPath(options: BenchOptions): Promise<BenchRow[]> {
  const service = read<Service>(`definitions/services/${SERVICE.service}.json`);
  const rulesets = (service.rulesets as string[]).map((id) => read<Ruleset>(`rules/${id}.json`));
  const now = new Date('2025-06-02T05:00:00Z');
  // each case its own instant, as each submission has: nothing cached for one case serves the next
  const contexts = Array.from({ length: options.tiny ? 20 : 1_000 }, (_, i) => ({
    data: effectiveData({ data: { ...DATA, period: `19${60 + (i % 40)}–2000` }, forms: {} }, service),
    input: {},
    case: {
      id: `case-${i}`,
      service: SERVICE.service,
      channel: SERVICE.channel,
      status: 'in-progress',
      submittedAt: new Date(now.getTime() + i * 1_000).toISOString(),
      receivedAt: new Date(now.getTime() + i * 1_000).toISOString(),
    },
    now: new Date(now.getTime() + i * 1_000),
    channel: SERVICE.channel,
    timeZone: 'Asia/Almaty',
  }));
  const compiled = rulesets.map((r) => compiledFor(r));
  const resolved = contexts.map((c) => rulesets.map((r) => resolveFacts(r, { ...c, events: [] } as FactContext)));
  const passMs = options.tiny ? 30 : 300;
  const rate = async (one: (i: number) => unknown) => {
    let count = 0;
    const started = performance.now();
    while (performance.now() - started < passMs) {
      for (let i = 0; i < contexts.length; i++) await one(i);
      count += contexts.length;
    }
    return count / ((performance.now() - started) / 1000);
  };
  const runs = await alternate(
    {
      submitPath: () => rate((i) => evaluateRulesets(rulesets, contexts[i]!, { engine: 'compiled' })),
      closures: () => rate((i) => compiled.forEach((c, r) => c.run(resolved[i]![r]!))),
    },
    { passes: options.tiny ? 3 : 7 },
  );
  return [
    compared(
      {
        name: `rules on the submit path: evaluateRulesets, ${SERVICE.service}'s ${rulesets.length} rulesets`,
        unit: 'cases/s',
        baseline: 'their compiled closures on facts resolved beforehand',
      },
      runs.submitPath,
      runs.closures,
    ),
  ];
}
