import { describe, expect, it } from 'vitest';
import { toErrorSchema } from './errorSchema';

describe('toErrorSchema()', () => {
  it('puts each 422 detail under its field, nested by the pointer', () => {
    expect(
      toErrorSchema([
        { path: '/applicant/iin', message: 'wrong check digit' },
        { path: '/data/applicant/iin', message: 'is required' },
        { path: '/rows/0/amount', message: 'must be ≥ 0' },
      ]),
    ).toEqual({
      applicant: { iin: { __errors: ['wrong check digit', 'is required'] } },
      rows: { '0': { amount: { __errors: ['must be ≥ 0'] } } },
    });
  });
  it('keeps form-wide errors at the root', () => {
    expect(toErrorSchema([{ path: '', message: 'empty' }])).toEqual({ __errors: ['empty'] });
  });
});
