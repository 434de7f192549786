import type { Ruleset } from '../../../runtime/definitions/types';

const SAMPLE: Record<string, unknown> = {
  string: '',
  number: 0,
  boolean: false,
  date: '2026-03-20',
  array: [],
  object: {},
};

/** A starting set of facts for the test bench: every declared fact with a value of its type, plus the built-ins. */
export function sampleFacts(
  ruleset: Pick<Ruleset, 'facts'>,
  now = '2026-03-20T17:45:00+05:00',
): Record<string, unknown> {
  const facts: Record<string, unknown> = { now, channel: 'provider-office', events: [] };
  for (const fact of ruleset.facts) facts[fact.id] = SAMPLE[fact.type] ?? null;
  return facts;
}
