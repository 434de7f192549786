import { describe, expect, it } from 'vitest';
import type { Condition } from '../../../runtime/definitions/types';
import { conditionReducer, describeCondition, parseValue } from './conditionBuilder';

const leaf = (fact: string, value: unknown = true): Condition => ({ fact, operator: 'equal', value });

describe('conditionReducer()', () => {
  it('adds a leaf to a group with the first fact and a default operator', () => {
    expect(conditionReducer({ all: [] }, { type: 'addLeaf', group: '', fact: 'age' })).toEqual({
      all: [{ fact: 'age', operator: 'equal', value: true }],
    });
  });

  it('adds a nested "any" group and a leaf inside it', () => {
    let c = conditionReducer({ all: [leaf('a')] }, { type: 'addGroup', group: '', kind: 'any' });
    c = conditionReducer(c, { type: 'addLeaf', group: '/all/1', fact: 'b' });
    expect(c).toEqual({ all: [leaf('a'), { any: [{ fact: 'b', operator: 'equal', value: true }] }] });
  });

  it('will not add to a leaf', () => {
    const c: Condition = { all: [leaf('a')] };
    expect(conditionReducer(c, { type: 'addLeaf', group: '/all/0', fact: 'x' })).toBe(c);
  });

  it('turns "all" into "any" keeping the children', () => {
    expect(conditionReducer({ all: [leaf('a'), leaf('b')] }, { type: 'setGroupKind', at: '', kind: 'any' })).toEqual({
      any: [leaf('a'), leaf('b')],
    });
  });

  it('negates a leaf and negating again unwraps it', () => {
    const once = conditionReducer({ all: [leaf('a')] }, { type: 'negate', at: '/all/0' });
    expect(once).toEqual({ all: [{ not: leaf('a') }] });
    expect(conditionReducer(once, { type: 'negate', at: '/all/0' })).toEqual({ all: [leaf('a')] });
  });

  it('keeps the root a group when the root is negated', () => {
    expect(conditionReducer({ any: [leaf('a')] }, { type: 'negate', at: '' })).toEqual({
      all: [{ not: { any: [leaf('a')] } }],
    });
  });

  it('removes a leaf, and with the inside of a "not" the "not" too', () => {
    const c: Condition = { all: [leaf('a'), { not: leaf('b') }] };
    expect(conditionReducer(c, { type: 'remove', at: '/all/0' })).toEqual({ all: [{ not: leaf('b') }] });
    expect(conditionReducer(c, { type: 'remove', at: '/all/1/not' })).toEqual({ all: [leaf('a')] });
  });

  it('never removes the root', () => {
    const c: Condition = { all: [] };
    expect(conditionReducer(c, { type: 'remove', at: '' })).toBe(c);
  });

  it('turns the value into a list when the operator becomes "in", and back', () => {
    const inList = conditionReducer(
      { all: [leaf('channel', 'portal')] },
      { type: 'updateLeaf', at: '/all/0', patch: { operator: 'in' } },
    );
    expect(inList).toMatchObject({ all: [{ value: ['portal'] }] });
    const back = conditionReducer(inList, { type: 'updateLeaf', at: '/all/0', patch: { operator: 'equal' } });
    expect(back).toMatchObject({ all: [{ value: 'portal' }] });
  });

  it('gives "isEmpty" the value true that json-rules-engine needs', () => {
    const c = conditionReducer(
      { all: [leaf('x', 'q')] },
      { type: 'updateLeaf', at: '/all/0', patch: { operator: 'isEmpty' } },
    );
    expect(c).toEqual({ all: [{ fact: 'x', operator: 'isEmpty', value: true }] });
  });
});

describe('parseValue()', () => {
  it('reads numbers for number facts and keeps text otherwise', () => {
    expect(parseValue('18', 'number', 'greaterThan')).toBe(18);
    expect(parseValue('18', 'string', 'equal')).toBe('18');
  });
  it('reads booleans and comma lists', () => {
    expect(parseValue('false', 'boolean', 'equal')).toBe(false);
    expect(parseValue('portal, post', 'string', 'in')).toEqual(['portal', 'post']);
  });
  it('reads a reference to another fact', () => {
    expect(parseValue('{"fact":"deadline"}', 'date', 'dateAfter')).toEqual({ fact: 'deadline' });
  });
});

describe('describeCondition()', () => {
  it('puts a condition in words', () => {
    const c: Condition = {
      all: [
        { fact: 'age', operator: 'greaterThanInclusive', value: 18 },
        { not: { fact: 'channel', operator: 'in', value: ['portal', 'post'] } },
      ],
    };
    expect(describeCondition(c)).toBe('(age ≥ 18 and not channel is one of portal, post)');
  });
});

describe('named conditions in the builder', () => {
  it('when a named condition is added to a group, then the group refers to it, and it can be pointed elsewhere', () => {
    let c = conditionReducer({ all: [] }, { type: 'addReference', group: '', name: 'adult' });
    expect(c).toEqual({ all: [{ condition: 'adult' }] });
    c = conditionReducer(c, { type: 'setReference', at: '/all/0', name: 'resident' });
    expect(c).toEqual({ all: [{ condition: 'resident' }] });
    expect(describeCondition({ any: [{ condition: 'resident' }, { not: { condition: 'adult' } }] })).toBe(
      '([resident] or not [adult])',
    );
  });

  it('when a reference is negated or removed, then it behaves as any other condition', () => {
    let c = conditionReducer({ all: [{ condition: 'adult' }] }, { type: 'negate', at: '/all/0' });
    expect(c).toEqual({ all: [{ not: { condition: 'adult' } }] });
    c = conditionReducer(c, { type: 'remove', at: '/all/0/not' });
    expect(c).toEqual({ all: [] });
  });
});
