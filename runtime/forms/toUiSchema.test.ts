import { describe, expect, it } from 'vitest';
import type { Form } from '../definitions/types';
import { sampleForm } from './sampleForm.fixture';
import { formUiSchema } from './toUiSchema';

describe('formUiSchema()', () => {
  const ui = formUiSchema(sampleForm, 'en');
  const at = (key: string) => ui[key] as Record<string, unknown>;

  it('orders the data fields as the form lists them, info fields left out', () => {
    expect(ui['ui:order']).toEqual(sampleForm.fields.filter((f) => f.type !== 'info').map((f) => f.key));
  });

  it('shows an info field as the description of the field after it', () => {
    expect(at('applicant')['ui:description']).toBe('Fill in every field marked as required.');
  });

  it('uses a textarea, help and placeholder in the requested language', () => {
    expect(at('reason')).toEqual({ 'ui:widget': 'textarea', 'ui:help': 'Say why you apply.' });
    const applicant = at('applicant');
    expect(applicant['ui:order']).toEqual(['name', 'iin', 'email', 'phone']);
    expect(applicant.phone).toMatchObject({ 'ui:placeholder': '+7 700 000 00 00', 'ui:options': { inputType: 'tel' } });
    expect((formUiSchema(sampleForm, 'ru').reason as Record<string, unknown>)['ui:help']).toBe(
      'Say why you apply. (ru)',
    );
  });

  it('asks yes/no questions with radio buttons labelled in the language', () => {
    expect(at('agree')).toMatchObject({ 'ui:widget': 'radio', 'ui:enumNames': ['Yes', 'No'] });
    expect(formUiSchema(sampleForm, 'kk').agree).toMatchObject({ 'ui:enumNames': ['Иә', 'Жоқ'] });
    expect(at('violations')).toMatchObject({ answer: { 'ui:widget': 'radio' }, details: { 'ui:widget': 'textarea' } });
  });

  it('picks radio buttons for short choices, checkboxes for multi-choices, accept for files', () => {
    expect(at('kind')['ui:widget']).toBe('radio');
    expect(at('channels')['ui:widget']).toBe('checkboxes');
    expect(at('scan')['ui:options']).toEqual({ accept: '.pdf' });
    expect(at('founders').items).toMatchObject({ 'ui:order': ['name', 'share'] });
  });

  it('hides a field whose visibleWhen does not hold for the data', () => {
    expect(at('licenseNumber')['ui:widget']).toBeUndefined();
    expect(
      (formUiSchema(sampleForm, 'en', { kind: 'individual' }).licenseNumber as Record<string, unknown>)['ui:widget'],
    ).toBe('hidden');
    expect(
      (formUiSchema(sampleForm, 'en', { kind: 'legal' }).licenseNumber as Record<string, unknown>)['ui:widget'],
    ).toBeUndefined();
  });

  it('hides the details of a yes/no answer that does not call for them', () => {
    const no = formUiSchema(sampleForm, 'en', { violations: { answer: false } }).violations as Record<
      string,
      Record<string, unknown>
    >;
    expect(no.details?.['ui:widget']).toBe('hidden');
    const yes = formUiSchema(sampleForm, 'en', { violations: { answer: true } }).violations as Record<
      string,
      Record<string, unknown>
    >;
    expect(yes.details?.['ui:widget']).toBe('textarea');
  });

  it('judges a condition on a yes/no-with-details field by its answer, inside sections too', () => {
    const form: Form = {
      kind: 'form',
      id: 'cond',
      title: { en: 'Conditions' },
      fields: [
        { key: 'prior', type: 'boolean-details', label: { en: 'Prior permit?' }, details: { label: { en: 'Which' } } },
        {
          key: 'extra',
          type: 'section',
          label: { en: 'Extra' },
          fields: [
            {
              key: 'number',
              type: 'text',
              label: { en: 'Permit number' },
              visibleWhen: { field: 'prior', equals: true },
            },
          ],
        },
      ],
    };
    const hidden = formUiSchema(form, 'en', { prior: { answer: false } }).extra as Record<
      string,
      Record<string, unknown>
    >;
    expect(hidden.number?.['ui:widget']).toBe('hidden');
    const shown = formUiSchema(form, 'en', { prior: { answer: true } }).extra as Record<
      string,
      Record<string, unknown>
    >;
    expect(shown.number?.['ui:widget']).toBeUndefined();
  });
});
