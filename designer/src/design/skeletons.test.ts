import { describe, expect, it } from 'vitest';
import { KINDS, validate } from '../../../runtime/definitions';
import { duplicate, newCalendar, skeleton } from './skeletons';

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

describe('newCalendar()', () => {
  it('copies the national calendar under the new id and title, without its version', () => {
    const national = { ...skeleton('calendar', 'kz'), title: { en: 'State bodies' }, version: 4 };
    const copy = newCalendar(national, 'region');
    expect(copy).toMatchObject({ kind: 'calendar', id: 'region', title: { en: 'region' } });
    expect(copy.version).toBeUndefined();
    expect(validate(copy)).toEqual([]);
  });
});
