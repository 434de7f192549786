import { describe, expect, it } from 'vitest';
import { fieldProps, listProps, putListProps, setterProps } from './fieldProps';

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

describe('setterProps() and listProps()', () => {
  it('when a section sets one property at a time, then the change goes to that property by name', () => {
    const set: [string, unknown][] = [];
    const field = setterProps({ title: { en: 'T' }, code: 'A' }, (key, value) => set.push([key, value]), []);
    field('code').onChange('B');
    expect(set).toEqual([['code', 'B']]);
    expect(field('title').at).toBe('/title');
  });

  it('when a list is given to a ListEditor, then its items, pointer and setter are those of the property', () => {
    const set: [string, unknown][] = [];
    const list = listProps({ holidays: [{ id: 'h1' }] }, (key, value) => set.push([key, value]), [], '/law');
    const props = list('holidays');
    expect(props).toMatchObject({ items: [{ id: 'h1' }], at: '/law/holidays' });
    expect(props).not.toHaveProperty('value');
    props.onChange([]);
    expect(set).toEqual([['holidays', []]]);
  });

  it('when the editor puts back whole copies, then a list change puts a copy with only that list replaced', () => {
    const law = { holidays: [{ id: 'h1' }], years: [2026] };
    let put: typeof law | undefined;
    const props = putListProps(law, (next) => (put = next), [], '/law')('holidays');
    expect(props.at).toBe('/law/holidays');
    props.onChange([]);
    expect(put).toEqual({ holidays: [], years: [2026] });
    expect(law.holidays).toHaveLength(1);
  });
});
