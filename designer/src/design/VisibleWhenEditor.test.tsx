// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Field } from '../../../runtime/definitions/types';
import { LangProvider } from '../shared/lang';
import { VisibleWhenEditor } from './VisibleWhenEditor';

type When = NonNullable<Field['visibleWhen']>;
const targets: { path: string; field: Field }[] = [
  { path: 'age', field: { key: 'age', type: 'integer', label: { en: 'Age' } } },
  { path: 'disabled', field: { key: 'disabled', type: 'boolean', label: { en: 'Disabled' } } },
];

function renderEditor(value: When | undefined) {
  localStorage.setItem('qagida.lang', 'en');
  const changes: (When | undefined)[] = [];
  render(
    <LangProvider>
      <VisibleWhenEditor
        value={value}
        targets={targets}
        onChange={(v) => changes.push(v)}
        errors={[]}
        at="/fields/2/visibleWhen"
      />
    </LangProvider>,
  );
  return changes;
}

afterEach(cleanup);

describe('the condition builder: ranges and "or"', () => {
  it('when the analyst picks "is between" and types a bound, then the condition carries the range as a number', () => {
    const changes = renderEditor({ field: 'age', between: { min: 0 } });
    fireEvent.change(screen.getByLabelText('To (inclusive)'), { target: { value: '15' } });
    expect(changes.at(-1)).toEqual({ field: 'age', between: { min: 0, max: 15 } });
  });

  it('when the analyst adds "or", then an alternative is added and a later change of the test keeps it', () => {
    const changes = renderEditor({ field: 'age', between: { max: 15 } });
    fireEvent.click(screen.getByRole('button', { name: 'Add "or"' }));
    expect(changes.at(-1)).toEqual({ field: 'age', between: { max: 15 }, or: [{ field: 'age', notEmpty: true }] });
    cleanup();
    const kept = renderEditor({ field: 'age', between: { max: 15 }, or: [{ field: 'disabled', equals: true }] });
    fireEvent.change(screen.getAllByLabelText('From (inclusive)')[0]!, { target: { value: '1' } });
    expect(kept.at(-1)).toEqual({
      field: 'age',
      between: { max: 15, min: 1 },
      or: [{ field: 'disabled', equals: true }],
    });
  });
});
