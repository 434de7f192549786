import { describe, expect, it } from 'vitest';
import { CONDITION_KEYS_MESSAGE, type Condition } from './condition';
import {
  childConditions,
  isAllCondition,
  isAnyCondition,
  isConditionReference,
  isFactCondition,
  isNotCondition,
} from './conditionGuards';
import { sampleDefinitions } from './sampleDefinitions';
import { validate } from './validate';

const leaf = { fact: 'documentsComplete', operator: 'equal', value: true };
const AT = '/rules/0/conditions/all/0';

/** validate() on the sample ruleset whose one rule holds `node` under its top "all" (at AT). */
function errorsFor(node: unknown) {
  const { ruleset } = sampleDefinitions();
  return validate({
    ...ruleset,
    conditions: { ready: { all: [leaf] } },
    rules: [{ ...ruleset.rules[0]!, conditions: { all: [node] } }],
  });
}

/** One valid node per member of the union, and a key of another member to spoil it with. */
const MEMBERS: { member: string; node: Record<string, unknown>; other: Record<string, unknown> }[] = [
  { member: 'all', node: { all: [leaf], name: 'every' }, other: { any: [] } },
  { member: 'any', node: { any: [leaf, { all: [] }] }, other: { not: leaf } },
  { member: 'not', node: { not: { any: [leaf] } }, other: { fact: 'documentsComplete' } },
  { member: 'fact', node: { ...leaf, path: '$.a[0]', name: 'complete' }, other: { condition: 'ready' } },
  { member: 'condition', node: { condition: 'ready', name: 'see ready' }, other: { all: [] } },
];

describe('Condition, a union told apart by the key a node carries', () => {
  for (const { member, node, other } of MEMBERS) {
    it(`when a "${member}" node is well formed, then validate() accepts it`, () => {
      expect(errorsFor(node)).toEqual([]);
    });

    it(`when a "${member}" node also carries "${Object.keys(other)[0]}", then one error at the node says so`, () => {
      expect(errorsFor({ ...node, ...other })).toEqual([{ path: AT, message: CONDITION_KEYS_MESSAGE }]);
    });
  }

  it('when a node carries none of the keys, then one error at the node says which it needs', () => {
    expect(errorsFor({ name: 'nothing' })).toEqual([{ path: AT, message: CONDITION_KEYS_MESSAGE }]);
    expect(errorsFor({})).toEqual([{ path: AT, message: CONDITION_KEYS_MESSAGE }]);
  });

  it('when a leaf has no operator, then /operator is required, and nothing is said of the other members', () => {
    expect(errorsFor({ fact: 'documentsComplete', value: true })).toEqual([
      { path: `${AT}/operator`, message: 'is required' },
    ]);
  });

  it('when a leaf has no value, then /value is required', () => {
    expect(errorsFor({ fact: 'documentsComplete', operator: 'equal' })).toEqual([
      { path: `${AT}/value`, message: 'is required' },
    ]);
  });

  it('when a node is not an object, then it is refused at its own pointer once', () => {
    expect(errorsFor('documentsComplete')).toEqual([{ path: AT, message: 'must be object' }]);
  });

  it('when a group holds something other than a list, then the error points at the group key', () => {
    expect(errorsFor({ all: { fact: 'documentsComplete' } })).toEqual([
      { path: `${AT}/all`, message: 'must be array' },
    ]);
  });

  it('when a reference carries more than its name, then the extra property is refused with the reason', () => {
    expect(errorsFor({ condition: 'ready', operator: 'equal' })).toEqual([
      { path: `${AT}/operator`, message: 'a reference to a named condition has only its name' },
    ]);
  });

  it('when an error lies deep in the tree, then it points into the member the node names there', () => {
    const deep = { any: [leaf, { not: { all: [{ ...leaf, operator: 'eval' }] } }] };
    expect(errorsFor(deep)).toEqual([
      { path: `${AT}/any/1/not/all/0/operator`, message: expect.stringContaining('must be one of') },
    ]);
  });
});

describe('condition guards', () => {
  const nodes: Condition[] = [
    { all: [leaf] },
    { any: [] },
    { not: leaf },
    { fact: 'x', operator: 'equal', value: 1 },
    { condition: 'ready' },
  ];
  const guards = [isAllCondition, isAnyCondition, isNotCondition, isFactCondition, isConditionReference];

  it('when a node is of one member, then exactly that member’s guard holds', () => {
    nodes.forEach((node, i) => expect(guards.map((guard) => guard(node))).toEqual(guards.map((_, j) => i === j)));
  });

  it('when a node is a group or a negation, then its children are listed; a leaf and a reference have none', () => {
    expect(nodes.map((node) => childConditions(node).length)).toEqual([1, 0, 1, 0, 0]);
  });
});
