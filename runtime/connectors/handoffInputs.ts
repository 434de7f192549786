import type { Handoff } from '../definitions/connector';

export interface HandoffCase {
  id: string;
  number: string | null;
  outcome: string | null;
  service: string;
  channel: string;
  status: string;
  data: Record<string, unknown>;
}

/** A hand-off's connector inputs read from the case: `data.<dotted key>` or `case.<property>`. */
export function handoffInputs(handoff: Handoff, record: HandoffCase): Record<string, unknown> {
  const read = (path: string): unknown => {
    const [root, ...keys] = path.split('.');
    if (root === 'case') return record[keys[0] as keyof HandoffCase] ?? undefined;
    let value: unknown = record.data;
    for (const key of keys) {
      if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
      value = (value as Record<string, unknown>)[key];
    }
    return value;
  };
  return Object.fromEntries(Object.entries(handoff.inputs).map(([name, path]) => [name, read(path)]));
}
