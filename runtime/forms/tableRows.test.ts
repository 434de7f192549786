import { describe, expect, it } from 'vitest';
import type { Form } from '../definitions/types';
import { validate } from '../definitions/validate';
import { failedChecks } from './checks';
import { computeValues } from './computed';
import { validateFormData } from './validateData';
import { childFields, type FieldDraft } from '../definitions/fieldGuards';
import { t, testForm } from './testDefinitions.fixture';

/** A made-up record of work periods with amounts: not a regulation. */
const form = testForm('periods', t('Periods'), {
  fields: [
    {
      key: 'periods',
      type: 'table',
      label: t('Periods'),
      fields: [
        { key: 'start', type: 'date', label: t('Start') },
        { key: 'end', type: 'date', label: t('End') },
        { key: 'paid', type: 'number', label: t('Paid') },
        { key: 'bonus', type: 'number', label: t('Bonus') },
        { key: 'rowTotal', type: 'number', label: t('Row total'), computed: { op: 'sum', of: ['paid', 'bonus'] } },
      ],
    },
    { key: 'total', type: 'number', label: t('Total'), computed: { op: 'sum', of: ['periods.rowTotal'] } },
    { key: 'declared', type: 'number', label: t('Declared total') },
  ],
  checks: [
    {
      id: 'end-after-start',
      rows: 'periods',
      op: 'gt',
      left: { field: 'end' },
      right: { field: 'start' },
      field: 'end',
      message: t(
        'The end must be after the start',
        'Окончание должно быть позже начала',
        'Аяқталуы басталуынан кейін болуы тиіс',
      ),
    },
    {
      id: 'declared-matches',
      op: 'eq',
      left: { field: 'declared' },
      right: { sum: ['periods.paid', 'periods.bonus'] },
      field: 'declared',
      message: t('The declared total must equal the rows'),
    },
  ],
});

const rows = [
  { start: '2026-01-01', end: '2026-02-01', paid: 100.1, bonus: 0.2 },
  { start: '2026-03-01', end: '2026-02-01', paid: 50, bonus: 10 },
];

describe('checks and computed values in table rows', () => {
  it('then the form is valid as stated', () => {
    expect(validate(form)).toEqual([]);
  });

  it('when one row ends before it starts, then the check fails on that row only, at /periods/1/end, in the asked language', () => {
    expect(failedChecks(form, { periods: rows }, 'ru')).toEqual([
      { path: '/periods/1/end', message: 'Окончание должно быть позже начала', check: 'end-after-start' },
    ]);
    expect(failedChecks(form, { periods: [rows[0]] }, 'en')).toEqual([]);
  });

  it("when the data is computed, then each row gets its own total and the form's total adds the column", () => {
    const out = computeValues(form, { periods: rows, total: 1 }, { today: '2026-06-01' });
    expect((out.periods as { rowTotal: number }[]).map((r) => r.rowTotal)).toEqual([100.3, 60]);
    expect(out.total).toBe(160.3);
  });

  it('when a sum over a column meets the declared value, then it passes; else it fails on the declared field', () => {
    expect(failedChecks(form, { periods: rows, declared: 160.3 }, 'en').map((e) => e.check)).toEqual([
      'end-after-start',
    ]);
    expect(failedChecks(form, { periods: rows, declared: 160 }, 'en').map((e) => e.path)).toContain('/declared');
  });

  it('when the server validates the data, then the row error is among its errors at the row pointer', () => {
    const errors = validateFormData(
      form,
      computeValues(form, { periods: rows, declared: 160.3 }, { today: '2026-06-01' }),
      'kk',
    );
    expect(errors).toEqual([{ path: '/periods/1/end', message: 'Аяқталуы басталуынан кейін болуы тиіс' }]);
  });

  it('when a row check names a non-table, or a column the table lacks, then validate() refuses it with the pointer', () => {
    const checks = form.checks ?? [];
    const paths = (check: object) =>
      validate({ ...form, checks: [{ ...checks[0], ...check }] } as Form).map((e) => e.path);
    expect(paths({ rows: 'declared' })).toEqual(['/checks/0/rows']);
    expect(paths({ left: { field: 'finish' } })).toEqual(['/checks/0/left/field']);
    expect(paths({ rows: undefined })).toContain('/checks/0/field');
  });

  it('when a sum names a text column of a table, or a computed column reads a field outside its row, then validate() refuses it', () => {
    const bad = structuredClone(form);
    (bad.fields[1] as FieldDraft).computed = { op: 'sum', of: ['periods.start'] };
    expect(validate(bad).map((e) => e.path)).toEqual(['/fields/1/computed/of/0']);
    const outside = structuredClone(form);
    (childFields(outside.fields[0])[4] as FieldDraft).computed = { op: 'sum', of: ['declared'] };
    expect(validate(outside).map((e) => e.path)).toEqual(['/fields/0/fields/4/computed/of/0']);
  });
});
