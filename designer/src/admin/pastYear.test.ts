import { describe, expect, it } from 'vitest';
import { changedDates, touchesPastYear } from './PastYearConfirm';

describe('a calendar change in a past year', () => {
  const now = new Date('2026-12-04T12:00:00Z');
  it('when a holiday is added in 2025, then it asks first', () => {
    expect(touchesPastYear(changedDates({ type: 'addHoliday', date: '2025-11-14' }), now)).toBe(true);
  });
  it('when a working day is moved from this year into the last, then it asks first', () => {
    expect(touchesPastYear(changedDates({ type: 'moveWorkingDay', from: '2026-01-03', to: '2025-12-29' }), now)).toBe(
      true,
    );
  });
  it('when the change is in this year or later, or names no day, then it does not ask', () => {
    expect(touchesPastYear(changedDates({ type: 'setTransfer', date: '2026-12-31' }), now)).toBe(false);
    expect(touchesPastYear(changedDates({ type: 'toggleWorkday' }), now)).toBe(false);
  });
});
