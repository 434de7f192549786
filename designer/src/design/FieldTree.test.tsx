// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Field } from '../../../runtime/definitions/types';
import { setUiLanguage } from '../i18n';
import { FieldTree } from './FieldTree';
import type { FormBuilderAction } from './formBuilderState';

const fields: Field[] = [
  { key: 'name', type: 'text', label: { en: 'Name' } },
  {
    key: 'address',
    type: 'section',
    label: { en: 'Address' },
    fields: [{ key: 'city', type: 'text', label: { en: 'City' } }],
  },
];

function renderTree(errors: { path: string; message: string }[] = []) {
  const actions: FormBuilderAction[] = [];
  render(<FieldTree fields={fields} selected={null} errors={errors} dispatch={(a) => actions.push(a)} />);
  return actions;
}

beforeAll(() => setUiLanguage('en'));
afterEach(cleanup);

describe('<FieldTree>', () => {
  it('moves the focused field with Alt+ArrowDown and removes it with Delete', () => {
    const actions = renderTree();
    const row = screen.getByLabelText('name, Text');
    fireEvent.keyDown(row, { key: 'ArrowDown', altKey: true });
    fireEvent.keyDown(row, { key: 'Delete' });
    expect(actions).toEqual([
      { type: 'shift', path: [0], by: 1 },
      { type: 'remove', path: [0] },
    ]);
  });

  it('names nested fields by their path and offers labelled buttons', () => {
    const actions = renderTree();
    fireEvent.click(screen.getByRole('button', { name: 'Move city up' }));
    expect(actions).toEqual([{ type: 'shift', path: [1, 0], by: -1 }]);
  });

  it('tells a screen reader how many problems a field has', () => {
    renderTree([{ path: '/fields/1/fields/0/key', message: 'duplicate key' }]);
    expect(screen.getByLabelText('city, Text, 1 problem')).toBeTruthy();
    expect(screen.getByLabelText('address, Section, 1 problem')).toBeTruthy();
  });
});
