import { describe, expect, it } from 'vitest';
import { validate } from '../definitions';
import type { Form } from '../definitions/types';
import { sampleForm } from './sampleForm.fixture';
import { formJsonSchema } from './toJsonSchema';

const schema = formJsonSchema(sampleForm, 'en');
const prop = (name: string) => schema.properties?.[name];

describe('formJsonSchema()', () => {
  it('starts from a valid form definition', () => {
    expect(validate(sampleForm)).toEqual([]);
  });

  it('titles the form and fields in the requested language', () => {
    expect(schema.title).toBe('Application');
    expect(formJsonSchema(sampleForm, 'kk').title).toBe('Өтініш');
    const ru = formJsonSchema(sampleForm, 'ru');
    expect((ru.properties?.applicant as { title: string }).title).toBe('Заявитель');
  });

  it('maps every data field type to its JSON Schema', () => {
    expect(prop('reason')).toEqual({ type: 'string', title: 'Reason' });
    expect(prop('amount')).toEqual({ type: 'number', title: 'Amount, tenge', minimum: 0 });
    expect(prop('employees')).toEqual({ type: 'integer', title: 'Employees', minimum: 0, maximum: 100000 });
    expect(prop('startDate')).toEqual({ type: 'string', title: 'Start date', format: 'date' });
    expect(prop('appointment')).toEqual({ type: 'string', title: 'Appointment', format: 'date-time' });
    expect(prop('agree')).toEqual({ type: 'boolean', title: 'I agree' });
    expect(prop('company')).toEqual({ type: 'string', title: 'BIN', format: 'bin', pattern: '^\\d{12}$' });
    expect(prop('taxpayer')).toMatchObject({ format: 'iin-bin', pattern: '^\\d{12}$' });
    expect(prop('scan')).toEqual({ type: 'string', title: 'Scan of the licence', format: 'data-url' });
    const applicant = prop('applicant') as Record<string, unknown>;
    expect(applicant).toMatchObject({ type: 'object', additionalProperties: false, required: ['name', 'iin'] });
    expect((applicant.properties as Record<string, unknown>).iin).toMatchObject({ format: 'iin' });
    expect((applicant.properties as Record<string, unknown>).email).toEqual({
      type: 'string',
      title: 'E-mail',
      format: 'email',
    });
    expect((applicant.properties as Record<string, unknown>).name).toMatchObject({ minLength: 1, maxLength: 200 });
  });

  it('gives choices as oneOf const/title, multi-choices as unique arrays of them', () => {
    expect(prop('kind')).toEqual({
      type: 'string',
      title: 'Kind of entity',
      oneOf: [
        { const: 'legal', title: 'Legal entity' },
        { const: 'individual', title: 'Individual entrepreneur' },
      ],
    });
    expect(prop('channels')).toMatchObject({
      type: 'array',
      uniqueItems: true,
      items: { type: 'string', oneOf: [{ const: 'office' }, { const: 'portal' }] },
    });
    expect(formJsonSchema(sampleForm, 'kk').properties?.kind).toMatchObject({
      oneOf: [{ title: 'Заңды тұлға' }, { title: 'ЖК' }],
    });
  });

  it('makes yes/no with details an object whose details are required for the named answer', () => {
    expect(prop('violations')).toMatchObject({
      type: 'object',
      properties: { answer: { type: 'boolean' }, details: { type: 'string', title: 'Describe the violations' } },
      required: ['answer'],
      if: { properties: { answer: { const: true } }, required: ['answer'] },
      then: { required: ['details'] },
    });
  });

  it('makes a table an array of row objects with the row limits', () => {
    expect(prop('founders')).toMatchObject({
      type: 'array',
      minItems: 1,
      maxItems: 3,
      items: {
        type: 'object',
        required: ['name'],
        additionalProperties: false,
        properties: { share: { type: 'number', maximum: 100 } },
      },
    });
  });

  it('gives info fields no data property and closes every object', () => {
    expect(prop('intro')).toBeUndefined();
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(
      ['applicant', 'agree', 'violations', 'kind', 'founders'].filter((k) => k !== 'founders'),
    );
  });

  it('requires a field with visibleWhen only through if/then', () => {
    expect(schema.required).not.toContain('licenseNumber');
    expect(schema.allOf).toEqual([
      {
        if: { properties: { kind: { const: 'legal' } }, required: ['kind'] },
        then: { required: ['licenseNumber'], properties: { licenseNumber: { minLength: 1 } } },
      },
    ]);
  });

  it('places a rule between a section and a table row on the nearest common object', () => {
    const form: Form = {
      kind: 'form',
      id: 'nested',
      title: { en: 'Nested' },
      fields: [
        {
          key: 'owner',
          type: 'section',
          label: { en: 'Owner' },
          fields: [
            {
              key: 'resident',
              type: 'boolean-details',
              label: { en: 'Resident?' },
              details: { label: { en: 'Where' } },
            },
          ],
        },
        {
          key: 'rows',
          type: 'table',
          label: { en: 'Rows' },
          fields: [
            { key: 'kind', type: 'text', label: { en: 'Kind' } },
            {
              key: 'note',
              type: 'text',
              label: { en: 'Note' },
              required: true,
              visibleWhen: { field: 'kind', in: ['a', 'b'] },
            },
            {
              key: 'permit',
              type: 'text',
              label: { en: 'Permit' },
              required: true,
              visibleWhen: { field: 'owner.resident', equals: false },
            },
          ],
        },
      ],
    };
    expect(validate(form)).toEqual([]);
    const nested = formJsonSchema(form, 'en');
    const rows = nested.properties?.rows as { items: { allOf: unknown[] } };
    expect(rows.items.allOf).toEqual([
      {
        if: { properties: { kind: { enum: ['a', 'b'] } }, required: ['kind'] },
        then: { required: ['note'], properties: { note: { minLength: 1 } } },
      },
    ]);
    expect(nested.allOf).toEqual([
      {
        if: {
          properties: {
            owner: {
              properties: { resident: { properties: { answer: { const: false } }, required: ['answer'] } },
              required: ['resident'],
            },
          },
          required: ['owner'],
        },
        then: { properties: { rows: { items: { required: ['permit'], properties: { permit: { minLength: 1 } } } } } },
      },
    ]);
  });
});
