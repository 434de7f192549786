import { JSONPath } from 'jsonpath-plus';
import { describe, expect, it } from 'vitest';
import { compilePath } from './jsonPath';

const PATHS = [
  '$',
  '$.x',
  '$.x.y',
  '$[0]',
  '$[1]',
  '$.length',
  '$.x.length',
  '$.x[0]',
  '$.x.0',
  '$[0].at',
  '$.a-b',
  '$.constructor',
  '$.x.toString',
];
const LEAVES: unknown[] = [
  '',
  'ab',
  0,
  1,
  false,
  true,
  null,
  [],
  ['p'],
  {},
  { y: 2 },
  { 0: 'z', length: 4 },
  [{ at: 't' }],
];

describe('compilePath()', () => {
  it('reads exactly what jsonpath-plus reads for json-rules-engine (wrap: false)', () => {
    const roots: unknown[] = [
      ...LEAVES.filter((v) => v !== null && typeof v === 'object'),
      ...LEAVES.map((x) => ({ x, 'a-b': x, length: x })),
      ...LEAVES.map((x) => [x, { at: x }]),
    ];
    let compared = 0;
    for (const path of PATHS) {
      const read = compilePath(path);
      for (const root of roots) {
        expect({ path, root, value: read(root) }).toEqual({
          path,
          root,
          value: JSONPath({ path, json: root as object, wrap: false }),
        });
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(400);
  });

  it('refuses paths outside the subset the definition language allows', () => {
    expect(() => compilePath('$..x')).toThrow(/unsupported path/);
    expect(() => compilePath('$[?(@.x)]')).toThrow(/unsupported path/);
  });
});
