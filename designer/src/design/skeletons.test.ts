import { describe, expect, it } from 'vitest';
import { KINDS, validate } from '../../../runtime/definitions';
import { duplicate, skeleton } from './skeletons';

describe('skeleton()', () => {
  it.each(KINDS.map((k) => [k]))('gives a new %s that validate() accepts', (kind) => {
    expect(validate(skeleton(kind, 'new-one'))).toEqual([]);
  });
});

describe('duplicate()', () => {
  it('renames the copy and drops the published version', () => {
    const copy = duplicate({ ...skeleton('form', 'a'), version: 3 }, 'b');
    expect(copy.id).toBe('b');
    expect(copy.version).toBeUndefined();
  });
});
