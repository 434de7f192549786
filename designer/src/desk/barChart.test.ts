import { describe, expect, it } from 'vitest';
import { rateBars } from './barChart';

describe('rateBars()', () => {
  it('draws a full-height bar for 100% and a half one for 50%', () => {
    const [full, half] = rateBars(
      [
        { label: 'a', value: 1 },
        { label: 'b', value: 0.5 },
      ],
      230,
      260,
    );
    expect(full?.height).toBe(200);
    expect(half?.height).toBe(100);
    expect(half?.y).toBe(130);
    expect((half?.x ?? 0) > (full?.x ?? 0)).toBe(true);
  });
  it('leaves out services with no closed case', () => {
    expect(rateBars([{ label: 'a', value: null }], 100, 100)).toEqual([]);
  });
});
