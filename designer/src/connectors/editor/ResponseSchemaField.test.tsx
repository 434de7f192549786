// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setUiLanguage } from '../../i18n';
import { ResponseSchemaField } from './ResponseSchemaField';

beforeAll(() => setUiLanguage('en'));
afterEach(cleanup);

/** The field with its value kept, as the connector editor keeps it; `seen` is the latest schema written. */
function Harness({ initial, seen }: { initial: Record<string, unknown>; seen: { value?: Record<string, unknown> } }) {
  const [value, setValue] = useState(initial);
  return (
    <ResponseSchemaField
      value={value}
      onChange={(next) => {
        seen.value = next;
        setValue(next);
      }}
      errors={[]}
      at="/responseSchema"
    />
  );
}

describe('the response schema edited by rows', () => {
  it('when a property is added, named and made required, then the schema says so, keeping what the rows do not show', () => {
    const seen: { value?: Record<string, unknown> } = {};
    render(<Harness initial={{ type: 'object', additionalProperties: true }} seen={seen} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add property' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Property' }), { target: { value: 'fullName' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Required' }));
    expect(seen.value).toEqual({
      type: 'object',
      additionalProperties: true,
      required: ['fullName'],
      properties: { fullName: { type: 'string' } },
    });
  });

  it('when a required property is renamed or removed, then the required list follows it', () => {
    const seen: { value?: Record<string, unknown> } = {};
    render(
      <Harness
        initial={{ type: 'object', required: ['iin'], properties: { iin: { type: 'string', pattern: '^[0-9]{12}$' } } }}
        seen={seen}
      />,
    );
    fireEvent.change(screen.getByRole('textbox', { name: 'Property' }), { target: { value: 'bin' } });
    expect(seen.value).toEqual({
      type: 'object',
      required: ['bin'],
      properties: { bin: { type: 'string', pattern: '^[0-9]{12}$' } },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
    expect(seen.value).toEqual({ type: 'object', properties: {} });
  });
});
