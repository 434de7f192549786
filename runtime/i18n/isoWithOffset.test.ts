import { describe, expect, it } from 'vitest';
import { isInstant, isoWithOffset } from './isoWithOffset';

describe('isoWithOffset()', () => {
  it('when an instant is written for Almaty, then it carries the local time and the +05:00 offset', () => {
    expect(isoWithOffset('2026-03-20T12:45:00Z', 'Asia/Almaty')).toBe('2026-03-20T17:45:00+05:00');
  });

  it('when the instant is before March 2024, then Almaty was UTC+6', () => {
    expect(isoWithOffset('2024-01-10T00:00:00Z', 'Asia/Almaty')).toBe('2024-01-10T06:00:00+06:00');
  });

  it('when a value is a date without a time, then it is not an instant', () => {
    expect(isInstant('2026-03-20')).toBe(false);
    expect(isInstant('2026-03-20T12:45:00.123Z')).toBe(true);
  });
});
