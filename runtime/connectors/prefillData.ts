import type { Prefill } from '../definitions/connector';

function get(data: unknown, path: string): unknown {
  let value: unknown = data;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function set(data: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const [key, ...rest] = path.split('.') as [string, ...string[]];
  if (rest.length === 0) return { ...data, [key]: value };
  const inner = data[key];
  const child = inner !== null && typeof inner === 'object' && !Array.isArray(inner) ? inner : {};
  return { ...data, [key]: set(child as Record<string, unknown>, rest.join('.'), value) };
}

/** The connector's inputs read from the form data, by the prefill's input → field map. */
export function prefillInputs(prefill: Prefill, data: unknown): Record<string, unknown> {
  return Object.fromEntries(Object.entries(prefill.inputs).map(([name, path]) => [name, get(data, path)]));
}

/**
 * The form data with the prefill's fields set from the connector's outputs (a copy), and
 * the paths it filled, which the Desk marks as prefilled. An output the answer lacked fills nothing.
 */
export function applyPrefill(
  prefill: Prefill,
  outputs: Record<string, unknown>,
  data: Record<string, unknown>,
): { data: Record<string, unknown>; filled: string[] } {
  let next = data;
  const filled: string[] = [];
  for (const [name, path] of Object.entries(prefill.fill)) {
    if (!Object.hasOwn(outputs, name)) continue;
    next = set(next, path, outputs[name]);
    filled.push(path);
  }
  return { data: next, filled };
}
