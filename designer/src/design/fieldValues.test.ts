import { describe, expect, it } from 'vitest';
import type { Field } from '../../../runtime/definitions/types';
import { parseDefault, retypeOptions, optionKind, defaultText } from './fieldValues';

const choice: Field = {
  key: 'pages',
  type: 'choice',
  label: { en: 'Pages' },
  options: [
    { value: 36, label: { en: '36' } },
    { value: 48, label: { en: '48' } },
  ],
};

describe('typed values in the field editor', () => {
  it('when a choice holds numbers, then a typed default is the option itself, a number', () => {
    expect(optionKind(choice)).toBe('number');
    expect(parseDefault(choice, '48')).toBe(48);
  });

  it('when a number field gets "12.5", then the default is 12.5; an empty box means no default', () => {
    const field: Field = { key: 'n', type: 'number', label: { en: 'N' } };
    expect(parseDefault(field, '12.5')).toBe(12.5);
    expect(parseDefault(field, '  ')).toBeUndefined();
  });

  it('when a list of integers gets "1, 2", then the default is [1, 2] and reads back as typed', () => {
    const field: Field = { key: 'l', type: 'list', itemType: 'integer', label: { en: 'L' } };
    expect(parseDefault(field, '1, 2')).toEqual([1, 2]);
    expect(defaultText({ ...field, default: [1, 2] })).toBe('1, 2');
  });

  it('when options become yes/no, then the first two options become true and false', () => {
    expect(retypeOptions(choice, 'yes-no').map((o) => o.value)).toEqual([true, false]);
    expect(retypeOptions(choice, 'text').map((o) => o.value)).toEqual(['36', '48']);
  });
});
