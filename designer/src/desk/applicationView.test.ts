import { describe, expect, it } from 'vitest';
import { sampleForm } from '../../../runtime/forms/sampleForm.fixture';
import { applicationEntries, attachmentOf, attachmentsOf } from './applicationView';

const words = { yes: 'Иә', no: 'Жоқ' };
const pdf = `data:application/pdf;name=licence%20scan.pdf;base64,${btoa('hello pdf')}`;
const data = {
  applicant: { name: 'Айгерім Сәрсенова', iin: '900315300123' },
  amount: 1500,
  agree: true,
  violations: { answer: false },
  kind: 'individual',
  channels: ['office', 'portal'],
  scan: pdf,
  founders: [
    { name: 'A', share: 60 },
    { name: 'B', share: 40 },
  ],
};

describe('the application as submitted', () => {
  const entries = applicationEntries(sampleForm, data, 'kk', words);
  const byKey = new Map(entries.map((e) => [e.key, e]));

  it('when the form has sections, then each shows its fields with the labels of the chosen language', () => {
    const applicant = byKey.get('applicant');
    expect(applicant).toMatchObject({ kind: 'section', label: 'Өтініш беруші' });
    expect(applicant?.kind === 'section' && applicant.entries.slice(0, 2)).toEqual([
      { kind: 'value', key: 'name', label: 'Т.А.Ә.', text: 'Айгерім Сәрсенова' },
      { kind: 'value', key: 'iin', label: 'ЖСН', text: '900315300123' },
    ]);
  });

  it('when a choice, a yes/no or a number with a unit was given, then it reads in words', () => {
    expect(byKey.get('kind')).toMatchObject({ text: 'ЖК' });
    expect(byKey.get('agree')).toMatchObject({ text: 'Иә' });
    expect(byKey.get('violations')).toMatchObject({ text: 'Жоқ' });
    expect(byKey.get('amount')).toMatchObject({ text: '1500 теңге' });
  });

  it('when a field was left empty, then it is listed with a dash, and a conditional field not given is left out', () => {
    expect(byKey.get('company')).toMatchObject({ kind: 'value', text: '—' });
    expect(byKey.has('licenseNumber')).toBe(false);
    expect(byKey.has('intro')).toBe(false);
  });

  it('when a table was filled, then it has a column per field and a row per row', () => {
    expect(byKey.get('founders')).toMatchObject({
      kind: 'table',
      rows: [
        ['A', '60'],
        ['B', '40'],
      ],
    });
  });

  it('when a file was attached, then it is listed with its name, type and size', () => {
    expect(attachmentsOf(entries)).toEqual([
      { field: 'Scan of the licence (kk)', file: { name: 'licence scan.pdf', type: 'application/pdf', size: 9 } },
    ]);
    expect(attachmentOf({ name: 'a.pdf', size: 10 })).toEqual({ name: 'a.pdf', size: 10 });
    expect(attachmentOf(null)).toBeNull();
  });
});
