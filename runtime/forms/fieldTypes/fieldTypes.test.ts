import { describe, expect, it } from 'vitest';
import { validate } from '../../definitions';
import { isChoiceField, isContainerField, isFieldOf, childFields, optionsOf } from '../../definitions/fieldGuards';
import { FIELD_TYPES, type Field } from '../../definitions/form';
import { sampleDefinitions } from '../../definitions/sampleDefinitions';
import { FIELD_TYPE_MODULES, fieldTypeAllows, fieldTypeOf } from './index';

const { form } = sampleDefinitions();
const withFields = (fields: unknown[]) => validate({ ...form, fields });

describe('the field type registry', () => {
  it('when a field type is declared, then it has a module', () => {
    expect(Object.keys(FIELD_TYPE_MODULES).sort()).toEqual([...FIELD_TYPES].sort());
  });

  it('when the designer asks which editors a type shows, then the answer is read from the union member', () => {
    expect(fieldTypeAllows('text', 'pattern')).toBe(true);
    expect(fieldTypeAllows('textarea', 'pattern')).toBe(false);
    expect(fieldTypeAllows('number', 'unit')).toBe(true);
    expect(fieldTypeAllows('file', 'default')).toBe(false);
    expect(fieldTypeAllows('colour', 'default')).toBe(false);
  });

  it('when a table is read below its key, then only its columns are part of its value', () => {
    const table = {
      key: 't',
      type: 'table',
      label: { en: 'T' },
      fields: [{ key: 'c', type: 'text', label: { en: 'C' } }],
    } as Field;
    expect(fieldTypeOf(table).inside(table, ['c'])).toBe(true);
    expect(fieldTypeOf(table).inside(table, ['d'])).toBe(false);
    const yesNo = { key: 'y', type: 'boolean-details', label: { en: 'Y' }, details: { label: { en: 'D' } } } as Field;
    expect(fieldTypeOf(yesNo).inside(yesNo, ['details'])).toBe(true);
    expect(fieldTypeOf(yesNo).inside(yesNo, ['other'])).toBe(false);
  });
});

describe('validate() on the Field union', () => {
  it('when a nested field carries a property of another type, then the error names that property and the type', () => {
    const section = {
      key: 's',
      type: 'section',
      label: { en: 'S' },
      fields: [{ key: 'n', type: 'number', label: { en: 'N' }, accept: ['image/png'] }],
    };
    expect(withFields([section])).toEqual([
      { path: '/fields/0/fields/0/accept', message: 'does not apply to a field of type "number"' },
    ]);
  });

  it('when a field names no known type, then the error is on its type and lists the types', () => {
    const errors = withFields([{ key: 'x', type: 'colour', label: { en: 'X' } }]);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path).toBe('/fields/0/type');
    expect(errors[0]?.message).toMatch(/^must be one of: text, textarea, number/);
    expect(withFields([{ key: 'x', label: { en: 'X' } }])).toEqual([
      { path: '/fields/0/type', message: 'is required' },
    ]);
  });

  it('when a field is not an object at all, then it is refused at its pointer rather than read (the fuzz drill found [] passing)', () => {
    for (const notAField of [[], 5, null, 'text'])
      for (const type of ['table', 'section']) {
        const container = { key: 'c', type, label: { en: 'C' }, fields: [notAField] };
        expect(withFields([notAField])).toEqual([{ path: '/fields/0', message: 'must be object' }]);
        expect(withFields([container])).toEqual([{ path: '/fields/0/fields/0', message: 'must be object' }]);
      }
  });

  it('when a container has no fields or a yes/no with details has no details, then the member says what is missing', () => {
    expect(withFields([{ key: 't', type: 'table', label: { en: 'T' }, fields: [] }])).toEqual([
      { path: '/fields/0/fields', message: 'must NOT have fewer than 1 items' },
    ]);
    expect(withFields([{ key: 'b', type: 'boolean-details', label: { en: 'B' } }])).toEqual([
      { path: '/fields/0/details', message: 'is required' },
    ]);
  });

  it('when a field is read through the guards, then each narrows to its own members', () => {
    const choice = { key: 'c', type: 'choice', label: { en: 'C' }, options: [{ value: 1, label: { en: 'One' } }] };
    const field = choice as Field;
    expect(isChoiceField(field) && optionsOf(field).map((o) => o.value)).toEqual([1]);
    expect(isContainerField(field)).toBe(false);
    expect(childFields(field)).toEqual([]);
    expect(isFieldOf(field, 'number', 'choice')).toBe(true);
    expect(validate({ ...form, fields: [choice] })).toEqual([]);
  });
});
