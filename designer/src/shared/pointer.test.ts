import { describe, expect, it } from 'vitest';
import { errorsUnder, getAt, parsePointer, setAt, toPointer } from './pointer';

describe('toPointer() / parsePointer()', () => {
  it('escapes "/" and "~" and reads them back', () => {
    const pointer = toPointer(['a/b', 'c~d', 0]);
    expect(pointer).toBe('/a~1b/c~0d/0');
    expect(parsePointer(pointer)).toEqual(['a/b', 'c~d', '0']);
  });
});

describe('setAt()', () => {
  it('writes a deep value without touching the original', () => {
    const original = { deadlines: [{ id: 'a', amount: 5 }] };
    const next = setAt(original, '/deadlines/0/amount', 10);
    expect(next.deadlines[0]?.amount).toBe(10);
    expect(original.deadlines[0]?.amount).toBe(5);
  });
  it('removes a property when given undefined', () => {
    expect(setAt({ a: 1, b: 2 }, '/b', undefined)).toEqual({ a: 1 });
  });
  it('removes an array item when given undefined', () => {
    expect(setAt({ list: [1, 2, 3] }, '/list/1', undefined)).toEqual({ list: [1, 3] });
  });
  it('creates the missing containers on the way', () => {
    expect(setAt({}, '/label/kk', 'Атауы')).toEqual({ label: { kk: 'Атауы' } });
    expect(getAt(setAt({}, '/steps/0/id', 's'), '/steps/0/id')).toBe('s');
  });
});

describe('errorsUnder()', () => {
  it('keeps the errors at a pointer and below, not its siblings with a common prefix', () => {
    const errors = [
      { path: '/fields/1', message: 'a' },
      { path: '/fields/1/key', message: 'b' },
      { path: '/fields/10/key', message: 'c' },
    ];
    expect(errorsUnder(errors, '/fields/1').map((e) => e.message)).toEqual(['a', 'b']);
  });
});
