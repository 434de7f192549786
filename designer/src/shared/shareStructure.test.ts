import { describe, expect, it } from 'vitest';
import { shareStructure } from './shareStructure';

describe('shareStructure()', () => {
  const previous = {
    type: 'object',
    properties: { a: { type: 'string', title: 'A' }, b: { type: 'object', properties: { c: { enum: [1, 2] } } } },
    required: ['a'],
  };

  it('keeps the subtrees an edit did not touch as the same objects', () => {
    const next = structuredClone(previous);
    next.properties.a.title = 'A!';
    const shared = shareStructure(previous, next);
    expect(shared).toEqual(next);
    expect(shared).not.toBe(previous);
    expect(shared.properties.a).not.toBe(previous.properties.a);
    expect(shared.properties.b).toBe(previous.properties.b);
    expect(shared.required).toBe(previous.required);
  });

  it('returns the previous object when nothing changed', () => {
    expect(shareStructure(previous, structuredClone(previous))).toBe(previous);
  });

  it('notices keys that appear, disappear or change type', () => {
    const added = { ...structuredClone(previous), title: 'Form' };
    expect(shareStructure(previous, added)).toEqual(added);
    const removed = structuredClone(previous) as Partial<typeof previous>;
    delete removed.required;
    expect(shareStructure(previous, removed)).toEqual(removed);
    expect(shareStructure({ a: [1] }, { a: { 0: 1 } })).toEqual({ a: { 0: 1 } });
    expect(shareStructure({ a: undefined }, { b: undefined })).toEqual({ b: undefined });
    expect(shareStructure([1, 2, 3], [1, 2])).toEqual([1, 2]);
  });
});
