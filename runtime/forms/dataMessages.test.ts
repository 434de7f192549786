import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../i18n';
import { DATA_MESSAGES, ID_PROBLEMS } from './dataMessages';
import { sampleForm } from './sampleForm.fixture';
import { validateFormData } from './validateData';

const valid = () => ({
  applicant: { name: 'Aigerim Sultanova', iin: '850515300125', email: 'a@example.kz' },
  agree: true,
  violations: { answer: false },
  kind: 'individual',
  channels: ['office'],
  founders: [{ name: 'Aigerim', share: 100 }],
});

describe('form validation messages in the asker language', () => {
  it('when a Kazakh user leaves the IIN out, then the message is Kazakh and names the field by its Kazakh label', () => {
    const data = valid();
    delete (data.applicant as Partial<typeof data.applicant>).iin;
    expect(validateFormData(sampleForm, data, 'kk')).toEqual([
      { path: '/applicant/iin', message: '«ЖСН» толтырылуы керек' },
    ]);
    expect(validateFormData(sampleForm, data, 'ru')).toEqual([
      { path: '/applicant/iin', message: 'Заполните поле «ИИН»' },
    ]);
  });

  it('when an IIN fails its checksum in kk, then the reason is Kazakh too, and the path stays the same', () => {
    const data = valid();
    data.applicant.iin = '850515300124';
    expect(validateFormData(sampleForm, data, 'kk')).toEqual([
      { path: '/applicant/iin', message: '«ЖСН» — жарамды ЖСН емес: бақылау цифры сәйкес келмейді' },
    ]);
  });

  it('when a row of a table is wrong in ru, then the row is named in Russian', () => {
    const errors = validateFormData(sampleForm, { ...valid(), founders: [{ name: 'A', share: -1 }] }, 'ru');
    expect(errors.map((e) => e.path)).toEqual(['/founders/0/share']);
    expect(errors[0]?.message).toMatch(/строка 1/);
  });

  it('every keyword forms use has a sentence in kk and ru with no English words, and the same placeholders', () => {
    for (const [key, byLang] of Object.entries(DATA_MESSAGES)) {
      const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
      for (const lang of LANGUAGES)
        expect(placeholders(byLang[lang]), `${key}.${lang}`).toEqual(placeholders(byLang.en));
      for (const lang of ['kk', 'ru'] as const) {
        expect(byLang[lang].replace(/\{\w+\}/g, ''), `${key}.${lang}`).not.toMatch(/[A-Za-z]{3,}/);
      }
    }
    for (const [problem, byLang] of Object.entries(ID_PROBLEMS))
      for (const lang of ['kk', 'ru'] as const) expect(byLang[lang], problem).not.toMatch(/[A-Za-z]{3,}/);
  });
});
