// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { FeeTable } from '../../../runtime/definitions/form';
import type { Form } from '../../../runtime/definitions/types';
import { LangProvider } from '../shared/lang';
import { FeeTableEditor } from './FeeTableEditor';

/** A made-up passport-like fee: not a regulation. */
const form: Form = {
  kind: 'form',
  id: 'fee',
  title: { en: 'Fee' },
  fields: [
    { key: 'pages', type: 'integer', label: { en: 'Pages' } },
    { key: 'lostTwice', type: 'boolean', label: { en: 'Lost twice' } },
  ],
};
const fee: FeeTable = {
  rows: [{ when: [{ field: 'pages', equals: 36 }], amount: { amount: 4, unit: 'MRP' } }],
  multipliers: [{ when: [{ field: 'lostTwice', equals: true }], factor: 2 }],
};

afterEach(cleanup);

describe('the fee table editor', () => {
  it('when the analyst adds a row, then the table gains a catch-all row in MRP, with no JSON typed', () => {
    localStorage.setItem('qagida.lang', 'en');
    const changes: FeeTable[] = [];
    render(
      <LangProvider>
        <FeeTableEditor
          value={fee}
          form={form}
          errors={[]}
          at="/fields/2/computed/fee"
          onChange={(f) => changes.push(f)}
        />
      </LangProvider>,
    );
    const rows = screen.getByRole('region', { name: /Fee rows/ });
    fireEvent.click(rows.querySelector(':scope > button') as HTMLElement);
    expect(changes.at(-1)?.rows).toHaveLength(2);
    expect(changes.at(-1)?.rows[1]).toEqual({ when: [], amount: { amount: 1, unit: 'MRP' } });
    expect(document.querySelector('[data-pointer="/fields/2/computed/fee"]')).not.toBeNull();
  });
});
