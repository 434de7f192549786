import { describe, expect, it } from 'vitest';
import { crossCheck } from '../definitions/crossCheck';
import type { Dictionary, Form } from '../definitions/types';
import { validate } from '../definitions/validate';
import { formJsonSchema } from './toJsonSchema';
import { withDictionaries } from './dictionaries';
import { validateFormData } from './validateData';
import { optionsOf } from '../definitions/fieldGuards';
import type { FieldOf } from '../definitions/form';
import { testDictionary, testForm } from './testDefinitions.fixture';

const regions = testDictionary('regions', { en: 'Regions' }, [
  { code: '710000000', label: { kk: 'Астана қаласы', ru: 'город Астана', en: 'Astana city' } },
  { code: '750000000', label: { kk: 'Алматы қаласы', ru: 'город Алматы', en: 'Almaty city' } },
  { code: '790000000', label: { en: 'Shymkent city' }, retired: true },
]);
const form = testForm(
  'address',
  { en: 'Address' },
  {
    fields: [
      { key: 'region', type: 'choice', label: { en: 'Region' }, dictionary: 'regions', required: true },
      { key: 'street', type: 'text', label: { en: 'Street' }, visibleWhen: { field: 'region', equals: '750000000' } },
    ],
  },
);

describe('dictionaries', () => {
  it('when a dictionary and a form naming it are valid, then validate() accepts both', () => {
    expect(validate(regions)).toEqual([]);
    expect(validate(form)).toEqual([]);
  });

  it('when a dictionary repeats a code, then validate() names the second', () => {
    const bad = { ...regions, options: [...regions.options, { code: '710000000', label: { en: 'again' } }] };
    expect(validate(bad)).toEqual([{ path: '/options/3/code', message: 'duplicate code "710000000"' }]);
  });

  it('when a field gives both options and a dictionary, or neither, then validate() says which', () => {
    const both = { ...form, fields: [{ ...form.fields[0], options: [{ value: 'x', label: { en: 'X' } }] }] };
    expect(validate(both)).toEqual([
      { path: '/fields/0/dictionary', message: 'give either options or a dictionary, not both' },
    ]);
    const neither = { ...form, fields: [{ key: 'r', type: 'choice', label: { en: 'R' } }] };
    expect(validate(neither)).toEqual([
      { path: '/fields/0/options', message: 'a choice field needs its options or a dictionary' },
    ]);
  });

  it('when the form is resolved, then the choice offers the codes with their labels in the asked language', () => {
    const schema = formJsonSchema(withDictionaries(form, new Map([['regions', regions]])), 'ru');
    expect(schema.properties?.region).toMatchObject({
      type: 'string',
      oneOf: [
        { const: '710000000', title: 'город Астана' },
        { const: '750000000', title: 'город Алматы' },
        { const: '790000000', title: 'Shymkent city' },
      ],
    });
  });

  it('when a value is not a code of the pinned version, then the data is refused at the field', () => {
    const v1 = withDictionaries(form, new Map([['regions', regions]]));
    expect(validateFormData(v1, { region: '750000000' })).toEqual([]);
    expect(validateFormData(v1, { region: '470000000' }).map((e) => e.path)).toEqual(['/region']);
  });

  it('when the same form is resolved with another dictionary version, then its validator is not reused', () => {
    const v2: Dictionary = {
      ...regions,
      version: 2,
      options: [...regions.options, { code: '470000000', label: { en: 'Mangystau' } }],
    };
    expect(
      validateFormData(withDictionaries(form, new Map([['regions', regions]])), { region: '470000000' }),
    ).toHaveLength(1);
    expect(validateFormData(withDictionaries(form, new Map([['regions', v2]])), { region: '470000000' })).toEqual([]);
  });

  it('when retired codes are left out (a new case), then they are not offered', () => {
    const fresh = withDictionaries(form, new Map([['regions', regions]]), false);
    expect(optionsOf(fresh.fields[0]).map((o) => o.value)).toEqual(['710000000', '750000000']);
  });

  it('when crossCheck finds a missing dictionary or a code it lacks, then it points at the field', () => {
    const bad: Form = {
      ...form,
      fields: [
        { ...(form.fields[0] as FieldOf<'choice'>), default: '999999999' },
        { ...form.fields[1]!, visibleWhen: { field: 'region', equals: '123' } },
        { key: 'doc', type: 'choice', label: { en: 'Document' }, dictionary: 'nowhere' },
      ],
    };
    const errors = crossCheck([bad, regions]).map((e) => [e.path, e.message]);
    expect(errors).toEqual([
      ['/fields/0/default', expect.stringContaining('does not fit the field')],
      ['/fields/1/visibleWhen/equals', 'dictionary "regions" has no code "123"'],
      ['/fields/2/dictionary', 'no dictionary "nowhere"'],
    ]);
  });
});
