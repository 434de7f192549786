import { describe, expect, it } from 'vitest';
import { jsonDiff } from './jsonDiff';

describe('jsonDiff()', () => {
  it('finds nothing between equal documents', () => {
    expect(jsonDiff({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toEqual([]);
  });
  it('names a changed deadline amount by its pointer', () => {
    expect(jsonDiff({ deadlines: [{ amount: 5 }] }, { deadlines: [{ amount: 10 }] })).toEqual([
      { path: '/deadlines/0/amount', op: 'replace', before: 5, after: 10 },
    ]);
  });
  it('reports added and removed items', () => {
    expect(jsonDiff({ a: 1, list: [1] }, { list: [1, 2] })).toEqual([
      { path: '/a', op: 'remove', before: 1 },
      { path: '/list/1', op: 'add', after: 2 },
    ]);
  });
  it('ignores the version the store assigns', () => {
    const { version: _, ...rest } = { version: 1, id: 'x' };
    expect(jsonDiff(rest, { id: 'x' })).toEqual([]);
  });
});
