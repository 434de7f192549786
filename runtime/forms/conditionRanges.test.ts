import { describe, expect, it } from 'vitest';
import type { Form } from '../definitions/types';
import { validate } from '../definitions/validate';
import { documentApplies } from './documentsAsked';
import { failedChecks } from './checks';
import { feeOf } from './computed';
import { formJsonSchema } from './toJsonSchema';
import { validateFormData } from './validateData';
import { isFieldVisible, withoutHiddenFields } from './visibility';

const t = (en: string) => ({ kk: `${en} (kk)`, ru: `${en} (ru)`, en });

/** A made-up application with age-dependent parts: not a regulation. */
const form: Form = {
  kind: 'form',
  id: 'ranges',
  version: 1,
  title: t('Ranges'),
  fields: [
    { key: 'age', type: 'integer', label: t('Age') },
    { key: 'disabled', type: 'boolean', label: t('Disabled') },
    { key: 'born', type: 'date', label: t('Born') },
    {
      key: 'guardian',
      type: 'text',
      label: t('Guardian'),
      required: true,
      // under 16, or disabled at any age
      visibleWhen: { field: 'age', between: { max: 15 }, or: [{ field: 'disabled', equals: true }] },
    },
    {
      key: 'schoolYear',
      type: 'text',
      label: t('School'),
      required: true,
      visibleWhen: { field: 'born', between: { min: '2010-01-01', max: '2019-12-31' } },
    },
  ],
  checks: [
    {
      id: 'adult-age',
      op: 'ge',
      left: { field: 'age' },
      right: { value: 18 },
      field: 'age',
      when: { field: 'disabled', equals: false, or: [{ field: 'born', between: { max: '2000-12-31' } }] },
      message: t('An adult is 18 or more'),
    },
  ],
};

describe('conditions with ranges and "or"', () => {
  it('then the form is valid as stated', () => {
    expect(validate(form)).toEqual([]);
  });

  it('when the age is in the range or the alternative holds, then the field is shown; else not', () => {
    const guardian = form.fields[3]!;
    expect(isFieldVisible(form, [], guardian, { age: 15 })).toBe(true);
    expect(isFieldVisible(form, [], guardian, { age: 16 })).toBe(false);
    expect(isFieldVisible(form, [], guardian, { age: 40, disabled: true })).toBe(true);
    expect(isFieldVisible(form, [], guardian, {})).toBe(false);
    expect(withoutHiddenFields(form, { age: 30, guardian: 'x' })).toEqual({ age: 30 });
  });

  it('when a date range holds, then its required field is required, at its pointer; outside the range it is not asked', () => {
    expect(validateFormData(form, { born: '2012-05-01' }, 'en')).toEqual([
      { path: '/schoolYear', message: '"School" is required' },
    ]);
    expect(validateFormData(form, { born: '2005-05-01' }, 'en')).toEqual([]);
    expect(validateFormData(form, { age: 10 }, 'ru').map((e) => e.path)).toEqual(['/guardian']);
    expect(validateFormData(form, { age: 10, guardian: 'Айгерим' }, 'ru')).toEqual([]);
  });

  it("then the JSON Schema never requires a field whose condition the runtime judges (it could not say when it's hidden)", () => {
    expect(JSON.stringify(formJsonSchema(form, 'en'))).not.toContain('"required":["guardian"]');
  });

  it('when a check has a when with "or", then it is judged only while that holds', () => {
    expect(failedChecks(form, { age: 12, disabled: true }, 'en')).toEqual([]);
    expect(failedChecks(form, { age: 12, disabled: false }, 'en').map((e) => e.path)).toEqual(['/age']);
    expect(failedChecks(form, { age: 12, born: '1990-01-01' }, 'en').map((e) => e.path)).toEqual(['/age']);
  });

  it('when a fee row and a document state a range, then they follow it', () => {
    const fee = {
      rows: [
        { when: [{ field: 'age', between: { min: 0, max: 15 } }], amount: { amount: 100, unit: 'KZT' as const } },
        { when: [], amount: { amount: 500, unit: 'KZT' as const } },
      ],
    };
    expect(feeOf(form, fee, { age: 15 }, '2026-01-01')).toBe(100);
    expect(feeOf(form, fee, { age: 16 }, '2026-01-01')).toBe(500);
    const doc = {
      id: 'birth',
      title: t('Birth certificate'),
      required: true,
      when: { field: 'age', between: { max: 15 } },
    };
    expect(documentApplies(form, doc as never, { age: 3 })).toBe(true);
    expect(documentApplies(form, doc as never, { age: 30 })).toBe(false);
  });

  it('when a condition is malformed, then validate() refuses it with the pointer', () => {
    const withWhen = (visibleWhen: object) =>
      validate({ ...form, fields: [...form.fields.slice(0, 3), { ...form.fields[3], visibleWhen }] } as Form).map(
        (e) => e.path,
      );
    expect(withWhen({ field: 'age', between: {} })).toEqual(['/fields/3/visibleWhen/between']);
    expect(withWhen({ field: 'age', between: { min: 10, max: 5 } })).toEqual(['/fields/3/visibleWhen/between/max']);
    expect(withWhen({ field: 'age', between: { min: 10, max: '2020-01-01' } })).toEqual([
      '/fields/3/visibleWhen/between/max',
    ]);
    expect(withWhen({ field: 'age', equals: 3, between: { min: 1 } })).toEqual(['/fields/3/visibleWhen/between']);
    expect(withWhen({ field: 'age', or: [{ field: 'nowhere', equals: 1 }] })).toEqual([
      '/fields/3/visibleWhen/or/0/field',
    ]);
    expect(withWhen({ field: 'age', or: [{ field: 'disabled', equals: true, or: [] }] })).toEqual([
      '/fields/3/visibleWhen/or/0/or',
    ]);
  });
});
