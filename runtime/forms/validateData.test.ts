import { describe, expect, it } from 'vitest';
import type { Form } from '../definitions/types';
import { sampleForm } from './sampleForm.fixture';
import { validateFormData } from './validateData';
import { testForm } from './testDefinitions.fixture';

const valid = () => ({
  applicant: { name: 'Aigerim Sultanova', iin: '850515300125', email: 'a@example.kz' },
  company: '140440000120',
  taxpayer: '140540000606',
  amount: 1500.5,
  employees: 12,
  startDate: '2025-03-01',
  appointment: '2025-03-01T10:30:00+05:00',
  agree: true,
  violations: { answer: false },
  kind: 'individual',
  channels: ['office'],
  scan: 'data:application/pdf;base64,JVBERi0=',
  founders: [{ name: 'Aigerim', share: 100 }],
});

describe('validateFormData()', () => {
  it('accepts complete, well-formed data', () => {
    expect(validateFormData(sampleForm, valid())).toEqual([]);
  });

  it('points a required error at the missing property itself and names the field', () => {
    const data = valid();
    delete (data.applicant as Partial<typeof data.applicant>).iin;
    expect(validateFormData(sampleForm, data)).toEqual([{ path: '/applicant/iin', message: '"IIN" is required' }]);
  });

  it('names a missing section, and every missing top-level field', () => {
    const errors = validateFormData(sampleForm, {
      agree: true,
      violations: { answer: false },
      kind: 'legal',
      licenseNumber: 'L-1',
      founders: [{ name: 'x' }],
    });
    expect(errors).toEqual([{ path: '/applicant', message: '"Applicant" is required' }]);
  });

  it('says why an IIN fails its checksum', () => {
    const data = valid();
    data.applicant.iin = '850515300124';
    expect(validateFormData(sampleForm, data)).toEqual([
      { path: '/applicant/iin', message: '"IIN" is not a valid IIN: the check digit does not match' },
    ]);
  });

  it('says an IIN must be 12 digits once, not once per failing keyword', () => {
    const data = valid();
    data.applicant.iin = '8505';
    expect(validateFormData(sampleForm, data)).toEqual([
      { path: '/applicant/iin', message: '"IIN" is not a valid IIN: must be 12 digits' },
    ]);
  });

  it('checks BIN and IIN-or-BIN fields with their own rules', () => {
    const data = { ...valid(), company: '850515300125', taxpayer: '140440000121' };
    expect(validateFormData(sampleForm, data)).toEqual([
      { path: '/company', message: '"BIN" is not a valid BIN: the 5th digit (type of entity) must be 4, 5 or 6' },
      { path: '/taxpayer', message: '"Taxpayer IIN or BIN" is not a valid IIN or BIN: the check digit does not match' },
    ]);
  });

  it('rejects a property the form does not have', () => {
    const data = { ...valid(), salary: 1000, applicant: { ...valid().applicant, nickname: 'A' } };
    expect(validateFormData(sampleForm, data)).toEqual([
      { path: '/applicant/nickname', message: '"nickname" is not a field of this form' },
      { path: '/salary', message: '"salary" is not a field of this form' },
    ]);
  });

  it('requires a visible field and ignores it while hidden', () => {
    expect(validateFormData(sampleForm, { ...valid(), kind: 'legal' })).toEqual([
      { path: '/licenseNumber', message: '"Licence number" is required' },
    ]);
    expect(validateFormData(sampleForm, { ...valid(), kind: 'legal', licenseNumber: 'KZ-01' })).toEqual([]);
    // hidden: not required, and whatever it holds is dropped before validation
    expect(validateFormData(sampleForm, { ...valid(), kind: 'individual', licenseNumber: 42 })).toEqual([]);
  });

  it('requires details for the answer that calls for them', () => {
    expect(validateFormData(sampleForm, { ...valid(), violations: { answer: true } })).toEqual([
      { path: '/violations/details', message: '"Describe the violations" is required' },
    ]);
    expect(validateFormData(sampleForm, { ...valid(), violations: { answer: true, details: '' } })).toEqual([
      { path: '/violations/details', message: '"Describe the violations" must not be empty' },
    ]);
    expect(validateFormData(sampleForm, { ...valid(), violations: { answer: true, details: 'late report' } })).toEqual(
      [],
    );
  });

  it('checks table rows and row limits, naming the row', () => {
    expect(validateFormData(sampleForm, { ...valid(), founders: [] })).toEqual([
      { path: '/founders', message: '"Founders" needs at least 1 row(s)' },
    ]);
    const rows = [{ name: 'A', share: 50 }, { share: 150 }];
    expect(validateFormData(sampleForm, { ...valid(), founders: rows })).toEqual([
      { path: '/founders/1/name', message: '"Founders, row 2: Founder name" is required' },
      { path: '/founders/1/share', message: '"Founders, row 2: Share" must be at most 100' },
    ]);
    const four = Array.from({ length: 4 }, () => ({ name: 'A' }));
    expect(validateFormData(sampleForm, { ...valid(), founders: four })).toEqual([
      { path: '/founders', message: '"Founders" allows at most 3 row(s)' },
    ]);
  });

  it('names the options of a choice when the value is not one of them', () => {
    expect(validateFormData(sampleForm, { ...valid(), kind: 'state' })).toEqual([
      { path: '/kind', message: '"Kind of entity" must be one of: legal, individual' },
    ]);
    expect(validateFormData(sampleForm, { ...valid(), channels: ['office', 'mail'] })).toEqual([
      { path: '/channels/1', message: '"Channels" must be one of: office, portal' },
    ]);
  });

  it('checks types, dates, numbers and files in plain words', () => {
    const data = {
      ...valid(),
      amount: 'many',
      employees: 1.5,
      startDate: '01.03.2025',
      agree: 'yes',
      scan: 'C:\\scan.pdf',
      applicant: { ...valid().applicant, email: 'nope' },
    };
    expect(validateFormData(sampleForm, data)).toEqual([
      { path: '/agree', message: '"I agree" must be yes or no' },
      { path: '/amount', message: '"Amount" must be a number' },
      { path: '/applicant/email', message: '"E-mail" must be an e-mail address' },
      { path: '/employees', message: '"Employees" must be a whole number' },
      { path: '/scan', message: '"Scan of the licence" must be an attached file' },
      { path: '/startDate', message: '"Start date" must be a date (YYYY-MM-DD)' },
    ]);
  });

  it('accepts a reference to a stored file', () => {
    expect(validateFormData(sampleForm, { ...valid(), scan: 'file:7f3a9c' })).toEqual([]);
  });

  it('recompiles when a new version of the form is published', () => {
    const v2: Form = {
      ...sampleForm,
      version: 2,
      fields: [...sampleForm.fields, { key: 'salary', type: 'number', label: { en: 'Salary' } }],
    };
    expect(validateFormData(v2, { ...valid(), salary: 1000 })).toEqual([]);
    expect(validateFormData(sampleForm, { ...valid(), salary: 1000 })).toHaveLength(1);
  });

  it('says when the data is not an object at all', () => {
    expect(validateFormData(sampleForm, [])).toEqual([{ path: '/', message: 'The data must be a group of fields' }]);
  });

  it('shows a field while another is not empty, requiring it only then', () => {
    const form = testForm(
      'not-empty',
      { en: 'Not empty' },
      {
        fields: [
          { key: 'other', type: 'text', label: { en: 'Other activity' } },
          {
            key: 'otherLicence',
            type: 'text',
            label: { en: 'Licence for it' },
            required: true,
            visibleWhen: { field: 'other', notEmpty: true },
          },
        ],
      },
    );
    expect(validateFormData(form, {})).toEqual([]);
    expect(validateFormData(form, { other: '' })).toEqual([]);
    expect(validateFormData(form, { other: 'mining' })).toEqual([
      { path: '/otherLicence', message: '"Licence for it" is required' },
    ]);
  });
});
