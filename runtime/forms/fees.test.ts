import { describe, expect, it } from 'vitest';
import { validate } from '../definitions/validate';
import { computeValues } from './computed';
import { withDictionaries } from './dictionaries';
import { computedOf } from '../definitions/fieldGuards';
import { MRP, t, testForm } from './testDefinitions.fixture';

/**
 * The state duty as the analyst described it (passport 4, 8 or 12 MRP by pages, ID card 0.2 MRP,
 * some groups exempt, double for a repeat loss within a year). Made-up encoding for the test, not a cited act.
 */
const form = testForm('passport-fee', t('Passport or ID card'), {
  fields: [
    {
      key: 'document',
      type: 'choice',
      label: t('Document'),
      options: [
        { value: 'passport', label: t('Passport') },
        { value: 'id-card', label: t('ID card') },
      ],
    },
    {
      key: 'pages',
      type: 'choice',
      label: t('Pages'),
      options: [
        { value: 36, label: t('36') },
        { value: 48, label: t('48') },
        { value: 72, label: t('72') },
      ],
    },
    { key: 'exemptGroup', type: 'boolean', label: t('In an exempt group') },
    { key: 'repeatLoss', type: 'boolean', label: t('Lost again within a year') },
    {
      key: 'duty',
      type: 'number',
      label: t('State duty, tenge'),
      computed: {
        op: 'fee',
        fee: {
          rows: [
            { when: [{ field: 'document', equals: 'id-card' }], amount: { amount: 0.2, unit: 'MRP' } },
            {
              when: [
                { field: 'document', equals: 'passport' },
                { field: 'pages', equals: 36 },
              ],
              amount: { amount: 4, unit: 'MRP' },
            },
            {
              when: [
                { field: 'document', equals: 'passport' },
                { field: 'pages', equals: 48 },
              ],
              amount: { amount: 8, unit: 'MRP' },
            },
            {
              when: [
                { field: 'document', equals: 'passport' },
                { field: 'pages', equals: 72 },
              ],
              amount: { amount: 12, unit: 'MRP' },
            },
          ],
          exemptions: [{ when: [{ field: 'exemptGroup', equals: true }] }],
          multipliers: [{ when: [{ field: 'repeatLoss', equals: true }], factor: 2 }],
        },
      },
    },
  ],
});
const resolved = withDictionaries(form, new Map([['kz-mrp', MRP]]));
const duty = (data: Record<string, unknown>, today = '2026-02-01') => computeValues(resolved, data, { today }).duty;

describe('fees as law', () => {
  it('when the form states a fee table, then validate() accepts it and the form pins kz-mrp', () => {
    expect(validate(form)).toEqual([]);
  });

  it('when a passport of 48 pages is asked for in 2026, then the duty is 8 MRP at 4 325 ₸', () => {
    expect(duty({ document: 'passport', pages: 48 })).toBe(34600);
  });

  it('when the application date is in 2025, then the MRP of 2025 counts', () => {
    expect(duty({ document: 'passport', pages: 48 }, '2025-12-31')).toBe(31456);
  });

  it('when an ID card is lost again within a year, then the duty doubles; an exempt person pays 0', () => {
    expect(duty({ document: 'id-card' })).toBe(865);
    expect(duty({ document: 'id-card', repeatLoss: true })).toBe(1730);
    expect(duty({ document: 'passport', pages: 72, exemptGroup: true, repeatLoss: true })).toBe(0);
  });

  it('when no row matches or the year has no MRP, then the duty is null, never a guess', () => {
    expect(duty({ document: 'passport' })).toBeNull();
    expect(duty({ document: 'passport', pages: 36 }, '2031-01-01')).toBeNull();
  });

  it('when a fee condition names a missing field, then validate() points at it', () => {
    const bad = structuredClone(form);
    computedOf(bad.fields[4])!.fee!.multipliers![0]!.when[0]!.field = 'lostTwice';
    expect(validate(bad)).toEqual([
      {
        path: '/fields/4/computed/fee/multipliers/0/when/0/field',
        message: 'no field "lostTwice" in this form',
      },
    ]);
  });
});
