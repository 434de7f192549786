import { describe, expect, it } from 'vitest';
import { i18next } from '../i18n';
import { workingDaysText } from './CaseDeadlines';

const en = i18next.getFixedT('en');
const ru = i18next.getFixedT('ru');

describe('workingDaysText()', () => {
  it('says how many working days are left', () => {
    expect(workingDaysText(en, 8)).toBe('working days left: 8');
    expect(workingDaysText(ru, 8)).toBe('осталось рабочих дней: 8');
  });

  it('says a deadline that falls today is due today', () => {
    expect(workingDaysText(en, 0)).toBe('due today');
  });

  it('says by how many working days a deadline is overdue', () => {
    expect(workingDaysText(en, -3)).toBe('working days overdue: 3');
  });
});
