import { describe, expect, it } from 'vitest';
import type { Form } from '../definitions/types';
import { validate } from '../definitions/validate';
import { initialData, settleData } from './settle';
import { formJsonSchema } from './toJsonSchema';
import { formUiSchema } from './toUiSchema';
import { validateFormData } from './validateData';

const t = (en: string) => ({ kk: `${en} (kk)`, ru: `${en} (ru)`, en });

/** A made-up passport form: not a regulation, it exercises defaults, typed choices, times and lists. */
const form: Form = {
  kind: 'form',
  id: 'language-sample',
  version: 1,
  title: t('Passport'),
  fields: [
    { key: 'citizen', type: 'boolean', label: t('Citizen of Kazakhstan'), default: true, required: true },
    {
      key: 'pages',
      type: 'choice',
      label: t('Pages'),
      default: 36,
      options: [
        { value: 36, label: t('36 pages') },
        { value: 48, label: t('48 pages') },
      ],
    },
    {
      key: 'urgent',
      type: 'choice',
      label: t('Urgent'),
      options: [
        { value: true, label: t('Urgent') },
        { value: false, label: t('Ordinary') },
      ],
    },
    { key: 'visitTime', type: 'time', label: t('Visit time') },
    { key: 'phones', type: 'list', itemType: 'phone', label: t('Phones'), minItems: 1, maxItems: 3 },
    { key: 'note', type: 'text', label: t('Note') },
    { key: 'lossDetails', type: 'text', label: t('Loss details'), visibleWhen: { field: 'citizen', equals: false } },
    {
      key: 'person',
      type: 'section',
      label: t('Person'),
      fields: [{ key: 'city', type: 'text', label: t('City'), default: 'Astana' }],
    },
  ],
};

describe('defaults', () => {
  it('when a form has defaults, then a new case starts with them, sections included', () => {
    expect(initialData(form)).toEqual({ citizen: true, pages: 36, person: { city: 'Astana' } });
  });

  it("when a default does not fit its field, then validate() refuses it at the field's /default", () => {
    const bad = structuredClone(form);
    (bad.fields[1] as { default: unknown }).default = 40;
    (bad.fields[0] as { default: unknown }).default = 'yes';
    const errors = validate(bad);
    expect(errors.map((e) => e.path)).toEqual(['/fields/0/default', '/fields/1/default']);
    expect(errors[1]?.message).toMatch(/does not fit the field/);
  });

  it('when a field type cannot start with a value (a file), then a default is refused there', () => {
    const bad = { ...form, fields: [{ key: 'scan', type: 'file', label: t('Scan'), default: 'x' }] };
    expect(validate(bad)).toEqual([{ path: '/fields/0/default', message: 'does not apply to a field of type "file"' }]);
  });

  it('when the form is exported, then its JSON Schema carries the default', () => {
    expect(formJsonSchema(form, 'en').properties?.pages).toMatchObject({ default: 36, type: 'integer' });
  });
});

describe('left empty versus not asked', () => {
  it('when an optional field is asked and left empty, then it is stored as null; a hidden one is absent', () => {
    const settled = settleData(form, { citizen: true, lossDetails: 'stolen', note: '', phones: ['+7 701 000 00 00'] });
    expect(settled).toMatchObject({ citizen: true, note: null, pages: null, urgent: null, visitTime: null });
    expect(settled).not.toHaveProperty('lossDetails');
    expect(settled.person).toEqual({ city: null });
  });

  it('when stored data holds nulls for optional fields, then it still validates; a null required field is missing', () => {
    const settled = settleData(form, { citizen: true, phones: ['+7 701 000 00 00'] });
    expect(validateFormData(form, settled)).toEqual([]);
    expect(validateFormData(form, { ...settled, citizen: null })).toEqual([
      { path: '/citizen', message: '"Citizen of Kazakhstan" is required' },
    ]);
  });
});

describe('typed choices, times and lists', () => {
  it('when choices are numbers or yes/no, then the data holds numbers or booleans, and text is refused', () => {
    expect(validateFormData(form, { citizen: true, pages: 48, urgent: false })).toEqual([]);
    expect(validateFormData(form, { citizen: true, pages: '48' }).map((e) => e.path)).toEqual(['/pages']);
  });

  it('when a time is given, then HH:MM and HH:MM:SS pass and 25:00 is refused at its pointer', () => {
    expect(validateFormData(form, { citizen: true, visitTime: '09:30' })).toEqual([]);
    expect(validateFormData(form, { citizen: true, visitTime: '09:30:00' })).toEqual([]);
    expect(validateFormData(form, { citizen: true, visitTime: '25:00' }).map((e) => e.path)).toEqual(['/visitTime']);
    expect(formUiSchema(form, 'en').visitTime).toEqual({ 'ui:widget': 'time' });
  });

  it('when a list holds more values than maxItems or a bad value, then the error names the list', () => {
    const many = validateFormData(form, {
      citizen: true,
      phones: ['87010000000', '87010000001', '87010000002', '87010000003'],
    });
    expect(many).toEqual([{ path: '/phones', message: expect.stringContaining('"Phones"') }]);
    const bad = validateFormData(form, { citizen: true, phones: ['abc'] });
    expect(bad).toEqual([{ path: '/phones/0', message: expect.stringContaining('"Phones"') }]);
  });

  it('when a list is declared, then validate() asks for its item type and sane limits', () => {
    const bad = { ...form, fields: [{ key: 'l', type: 'list', label: t('L'), minItems: 3, maxItems: 2 }] };
    expect(validate(bad).map((e) => e.path)).toEqual(['/fields/0/itemType', '/fields/0/maxItems']);
  });

  it('when two options share a value, then validate() names the second', () => {
    const bad = structuredClone(form);
    (bad.fields[1] as { options: { value: unknown }[] }).options[1]!.value = 36;
    expect(validate(bad)).toContainEqual({ path: '/fields/1/options/1/value', message: 'duplicate value 36' });
  });
});
