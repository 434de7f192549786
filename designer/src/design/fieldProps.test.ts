import { describe, expect, it } from 'vitest';
import { fieldProps } from './fieldProps';

describe('fieldProps()', () => {
  const errors = [{ path: '/channels/0/label', message: 'must have at least 1 property' }];

  it('gives the value and the JSON pointer of one property', () => {
    const field = fieldProps({ id: 'c1', label: { en: 'Portal' } }, () => {}, errors, '/channels/0');
    expect(field('label')).toMatchObject({ value: { en: 'Portal' }, at: '/channels/0/label', errors });
  });

  it('puts back a copy with only that property replaced', () => {
    const item = { id: 'c1', label: { en: 'Portal' } };
    let put: typeof item | undefined;
    fieldProps(item, (next) => (put = next), errors, '/channels/0')('id').onChange('c2');
    expect(put).toEqual({ id: 'c2', label: { en: 'Portal' } });
    expect(item.id).toBe('c1');
  });

  it('points at the top of the definition when `at` is empty', () => {
    expect(fieldProps({ title: { en: 'T' } }, () => {}, [], '')('title').at).toBe('/title');
  });
});
