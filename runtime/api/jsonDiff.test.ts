import { describe, expect, it } from 'vitest';
import { jsonDiff } from './jsonDiff';

describe('jsonDiff() — what the diff route answers and what the designer shows before publishing', () => {
  it('when two documents are equal (keys in any order), then it finds nothing', () => {
    expect(jsonDiff({ a: [1, { b: 2, c: 3 }] }, { a: [1, { c: 3, b: 2 }] })).toEqual([]);
  });
  it('when a deadline amount changes, then it names the amount by its pointer', () => {
    expect(jsonDiff({ deadlines: [{ amount: 5 }] }, { deadlines: [{ amount: 10 }] })).toEqual([
      { path: '/deadlines/0/amount', op: 'replace', from: 5, to: 10 },
    ]);
  });
  it('when a key goes and an item comes, then it reports a remove and an add', () => {
    expect(jsonDiff({ a: 1, list: [1] }, { list: [1, 2] })).toEqual([
      { path: '/a', op: 'remove', from: 1 },
      { path: '/list/1', op: 'add', to: 2 },
    ]);
  });
  it('when a key holds a slash, then its pointer escapes it', () => {
    expect(jsonDiff({ 'a/b': 1 }, { 'a/b': 2 })).toEqual([{ path: '/a~1b', op: 'replace', from: 1, to: 2 }]);
  });
});
