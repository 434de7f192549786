import type { Random } from './seededRandom';

/** Keys that reach into prototypes or shadow Object methods when code copies a body carelessly. */
export const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '$ref'];

const UNICODE = [
  '\u0000',
  '\ud800',
  '\u202e\u0645\u0631\u062d\u0628\u0627',
  '\ufeff',
  'Қазақстан Республикасы',
  '👩‍💻🏳️‍🌈',
  'e\u0301\u0301\u0301',
  '\u2028\u2029',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '{{constructor.constructor}}',
  '../../etc/passwd',
];

/** An object with an own enumerable property under any name, `__proto__` included (a literal would set the prototype). */
export function withKey(target: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return target;
}

export function nested(depth: number, leaf: unknown = 1, asArray = false): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { a: value };
  return value;
}

/** A value of some JSON type, often hostile: huge, deep, odd unicode, prototype keys. */
export function hostileValue(random: Random): unknown {
  switch (random.int(14)) {
    case 0:
      return null;
    case 1:
      return random.chance(0.5);
    case 2:
      return random.pick([0, -1, 1.5, 1e308, -1e308, 2 ** 53 + 1, 1e-300]);
    case 3:
      return '';
    case 4:
      return random.pick(UNICODE);
    case 5:
      return 'x'.repeat(random.pick([1000, 70_000, 300_000]));
    case 6:
      return [];
    case 7:
      return {};
    case 8:
      return nested(random.pick([20, 100, 400]), random.pick(['x', 1, null]), random.chance(0.5));
    case 9:
      return withKey({}, random.pick(HOSTILE_KEYS), random.chance(0.5) ? { polluted: true } : 'x');
    case 10:
      return [random.pick(UNICODE), 1, null, {}];
    case 11:
      return Array.from({ length: random.pick([100, 5000]) }, (_, i) => i);
    case 12:
      return { kind: 'service', id: random.pick(UNICODE) };
    default:
      return random.pick(['true', '1', '2025-13-45', 'NaN', '-0', 'null']);
  }
}

type Json = Record<string, unknown> | unknown[];

function containers(value: unknown, out: Json[] = [], depth = 0): Json[] {
  if (depth > 30 || value === null || typeof value !== 'object') return out;
  out.push(value as Json);
  for (const child of Object.values(value as object)) containers(child, out, depth + 1);
  return out;
}

/** Changes one random place in a (cloned) JSON value: a wrong type, a removed or an extra property. */
export function mutateOnce(value: unknown, random: Random): unknown {
  const root = structuredClone(value);
  const all = containers(root);
  if (all.length === 0) return hostileValue(random);
  const target = random.pick(all);
  const keys = Object.keys(target);
  const op = random.int(5);
  if (Array.isArray(target)) {
    if (op === 0 && target.length) target.splice(random.int(target.length), 1);
    else if (op === 1) target.push(hostileValue(random));
    else if (target.length) target[random.int(target.length)] = hostileValue(random);
    else target.push(hostileValue(random));
    return root;
  }
  if (op === 0 && keys.length) delete target[random.pick(keys)];
  else if (op === 1) withKey(target, random.pick([...HOSTILE_KEYS, 'unknownProperty', '', ' ']), hostileValue(random));
  else if (keys.length) target[random.pick(keys)] = hostileValue(random);
  else withKey(target, random.pick(HOSTILE_KEYS), hostileValue(random));
  return root;
}

export function mutate(value: unknown, random: Random): unknown {
  let out = value;
  for (let n = 1 + random.int(3); n > 0; n--) out = mutateOnce(out, random);
  return out;
}

/** Text that is not the JSON it claims to be. */
export function malformedJsonText(random: Random, valid: unknown): string {
  const text = JSON.stringify(valid) ?? '{}';
  switch (random.int(9)) {
    case 0:
      return text.slice(0, Math.max(1, random.int(text.length)));
    case 1:
      return text.replace(/"/, "'");
    case 2:
      return `${text},`;
    case 3:
      return '{"a":1,}';
    case 4:
      return '['.repeat(random.pick([10_000, 200_000]));
    case 5:
      return `{"a": NaN, "b": undefined}`;
    case 6:
      return '\u0000\u0001\u0002';
    case 7:
      return `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    default:
      return `{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}`;
  }
}
