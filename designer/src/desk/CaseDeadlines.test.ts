import { describe, expect, it } from 'vitest';
import { workingDaysText } from './CaseDeadlines';

describe('workingDaysText()', () => {
  it('says how many working days are left, one or many', () => {
    expect(workingDaysText(1)).toBe('1 working day left');
    expect(workingDaysText(8)).toBe('8 working days left');
  });

  it('says a deadline that falls today is due today', () => {
    expect(workingDaysText(0)).toBe('due today');
  });

  it('says by how many working days a deadline is overdue', () => {
    expect(workingDaysText(-1)).toBe('1 working day overdue');
    expect(workingDaysText(-3)).toBe('3 working days overdue');
  });
});
