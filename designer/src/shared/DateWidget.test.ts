import { describe, expect, it } from 'vitest';
import { parseDate } from './DateWidget';

describe('parseDate()', () => {
  it('when a date is typed as kk/ru (dd.mm.yyyy), en (dd/mm/yyyy) or ISO, then the data holds ISO', () => {
    expect(parseDate('05.03.2026')).toBe('2026-03-05');
    expect(parseDate('5.3.2026')).toBe('2026-03-05');
    expect(parseDate('05/03/2026')).toBe('2026-03-05');
    expect(parseDate('2026-03-05')).toBe('2026-03-05');
  });
  it('when the text is not a real day, then it is not a date', () => {
    expect(parseDate('31.02.2026')).toBeUndefined();
    expect(parseDate('05.03')).toBeUndefined();
    expect(parseDate('')).toBeUndefined();
  });
});
