import { describe, expect, it } from 'vitest';
import { i18next } from '../i18n';
import { currentMonth, ready, reportLabel, reportsOf, reportUrl } from './reportList';

const answer = {
  reports: [
    {
      id: 'ucc-monthly',
      title: { en: 'Monthly report' },
      parameters: [{ name: 'month', format: 'YYYY-MM', required: true }],
      formats: ['json', 'csv'],
    },
    { id: 'cases-by-status', title: { en: 'cases-by-status' }, parameters: [], formats: ['json', 'csv'] },
    { id: 'new-one', title: { en: 'A new report' }, parameters: [], formats: ['json'] },
  ],
};

describe('reportsOf() and reportLabel()', () => {
  it('reads the server list and names known reports as the desk did, others by their title', () => {
    const reports = reportsOf(answer);
    expect(reports.map((r) => r.id)).toEqual(['ucc-monthly', 'cases-by-status', 'new-one']);
    const en = (t: Record<string, string | undefined> | undefined) => t?.en ?? '';
    expect(reports.map((r) => reportLabel(r, en, i18next.getFixedT('en')))).toEqual([
      'Contact-centre monthly report',
      'Cases per service and status',
      'A new report',
    ]);
    expect(reportLabel(reports[1]!, en, i18next.getFixedT('ru'))).toBe('Обращения по услугам и статусам');
    expect(reportsOf(null)).toEqual([]);
  });
});

describe('reportUrl()', () => {
  const [monthly, byStatus] = reportsOf(answer);
  it('asks the monthly report by its server name with the month, and CSV with the language', () => {
    expect(reportUrl(monthly!, { month: '2026-03' })).toBe('/api/reports/ucc-monthly?month=2026-03');
    expect(reportUrl(monthly!, { month: '2026-03' }, { csv: true, lang: 'kk' })).toBe(
      '/api/reports/ucc-monthly?month=2026-03&format=csv&lang=kk',
    );
    expect(reportUrl(byStatus!, {})).toBe('/api/reports/cases-by-status');
  });

  it('is not ready without a required month', () => {
    expect(ready(monthly!, {})).toBe(false);
    expect(ready(monthly!, { month: '2026-03' })).toBe(true);
    expect(ready(byStatus!, {})).toBe(true);
  });
});

describe('currentMonth()', () => {
  it('is the month in Almaty, which may already be the next one in UTC terms', () => {
    expect(currentMonth(new Date('2026-03-31T20:00:00Z'))).toBe('2026-04');
    expect(currentMonth(new Date('2026-03-15T10:00:00Z'))).toBe('2026-03');
  });
});
