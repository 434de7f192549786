import { describe, expect, it } from 'vitest';
import { validate } from '../definitions/validate';
import { birthDateOfIin, computeValues, fullYears } from './computed';
import { withDictionaries } from './dictionaries';
import { validateFormData } from './validateData';
import type { FieldDraft } from '../definitions/fieldGuards';
import { MRP, t, testDictionary, testForm } from './testDefinitions.fixture';

/** A made-up ID card application: not a regulation. */
const form = testForm('id-card', t('ID card'), {
  fields: [
    { key: 'iin', type: 'iin', label: t('IIN'), required: true },
    { key: 'age', type: 'integer', label: t('Age'), computed: { op: 'ageFromIin', from: 'iin' } },
    { key: 'issued', type: 'date', label: t('Date of issue') },
    { key: 'expires', type: 'date', label: t('Date of expiry') },
    { key: 'fee', type: 'number', label: t('Fee, tenge'), computed: { op: 'lookup', from: 'category' } },
    { key: 'category', type: 'choice', label: t('Category'), dictionary: 'fees' },
    { key: 'a', type: 'number', label: t('Part A') },
    { key: 'b', type: 'number', label: t('Part B') },
    { key: 'total', type: 'number', label: t('Total') },
  ],
  checks: [
    {
      id: 'issued-before-expiry',
      op: 'lt',
      left: { field: 'issued' },
      right: { field: 'expires' },
      field: 'expires',
      message: t(
        'The expiry must be after the issue',
        'Срок действия должен быть позже даты выдачи',
        'Жарамдылық мерзімі берілген күннен кейін болуы тиіс',
      ),
    },
    {
      id: 'parts',
      op: 'eq',
      left: { sum: ['a', 'b'] },
      right: { field: 'total' },
      field: 'total',
      message: t('Parts must add up'),
    },
  ],
});
const fees = testDictionary('fees', t('Fee categories'), [
  { code: 'card', label: t('ID card'), amount: { amount: 0.2, unit: 'MRP' } },
  { code: 'fixed', label: t('Fixed'), amount: { amount: 1500, unit: 'KZT' } },
]);
const resolved = withDictionaries(
  form,
  new Map([
    ['fees', fees],
    ['kz-mrp', MRP],
  ]),
);

describe('computed values', () => {
  it('when an IIN is given, then its birth date and the full years on the application date follow', () => {
    expect(birthDateOfIin('850515300125')).toBe('1985-05-15');
    expect(fullYears('1985-05-15', '2026-05-14')).toBe(40);
    expect(fullYears('1985-05-15', '2026-05-15')).toBe(41);
    expect(computeValues(form, { iin: '100515500122' }, { today: '2026-03-01' }).age).toBe(15);
  });

  it('when the client sends another age, then the computation overwrites it; without an IIN the age is null', () => {
    expect(computeValues(form, { iin: '850515300125', age: 99 }, { today: '2026-03-01' }).age).toBe(40);
    expect(computeValues(form, { age: 99 }, { today: '2026-03-01' }).age).toBeNull();
  });

  it('when a fee is in MRP, then the tenge amount uses the MRP of the application year; a year without MRP gives none', () => {
    expect(computeValues(resolved, { category: 'card' }, { today: '2025-12-31' }).fee).toBe(786.4);
    expect(computeValues(resolved, { category: 'card' }, { today: '2026-01-01' }).fee).toBe(865);
    expect(computeValues(resolved, { category: 'fixed' }, { today: '2030-01-01' }).fee).toBe(1500);
    expect(computeValues(resolved, { category: 'card' }, { today: '2030-01-01' }).fee).toBeNull();
  });

  it('when a computation names a missing field or one of the wrong type, then validate() says where', () => {
    const bad = structuredClone(form);
    (bad.fields[1] as FieldDraft).computed = { op: 'ageFromDate', from: 'iin' };
    (bad.fields[4] as FieldDraft).computed = { op: 'lookup', from: 'nothing' };
    expect(validate(bad)).toEqual([
      { path: '/fields/1/computed/from', message: '"iin" must be a date field' },
      { path: '/fields/4/computed/from', message: 'no field "nothing" in this form' },
    ]);
  });
});

describe('cross-field checks', () => {
  it('when the expiry is not after the issue, then the error is on /expires in the asked language', () => {
    expect(
      validateFormData(resolved, { iin: '850515300125', issued: '2026-01-10', expires: '2026-01-10' }, 'ru'),
    ).toEqual([{ path: '/expires', message: 'Срок действия должен быть позже даты выдачи' }]);
    expect(validateFormData(resolved, { iin: '850515300125', issued: '2026-01-10', expires: '2036-01-09' })).toEqual(
      [],
    );
  });

  it('when the parts do not add up to the total, then the error is on /total; an empty side is not judged', () => {
    const base = { iin: '850515300125' };
    expect(validateFormData(resolved, { ...base, a: 0.1, b: 0.2, total: 0.3 })).toEqual([]);
    expect(validateFormData(resolved, { ...base, a: 1, b: 2, total: 4 })).toEqual([
      { path: '/total', message: 'Parts must add up' },
    ]);
    expect(validateFormData(resolved, { ...base, a: 1, b: 2 })).toEqual([]);
  });

  it('when a check names a field the form lacks or repeats an id, then validate() points at it', () => {
    const bad = structuredClone(form);
    bad.checks![1] = { ...bad.checks![0]!, right: { field: 'nowhere' } };
    expect(validate(bad)).toEqual([
      { path: '/checks/1/id', message: 'duplicate id "issued-before-expiry"' },
      { path: '/checks/1/right/field', message: 'no field "nowhere" in this form' },
    ]);
  });
});
