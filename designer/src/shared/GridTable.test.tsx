// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { GridTable } from './GridTable';

const table = (rows: string[] | null) => (
  <GridTable
    headings={['Case', 'Status']}
    rows={rows}
    empty="No case matches."
    row={(id) => (
      <tr key={id}>
        <td>{id}</td>
        <td>open</td>
      </tr>
    )}
  />
);

describe('GridTable', () => {
  afterEach(cleanup);

  it('draws a column heading per heading and a row per record', () => {
    render(table(['K-1', 'K-2']));
    expect(screen.getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Case', 'Status']);
    expect(screen.getAllByRole('row')).toHaveLength(3);
    expect(screen.queryByText('No case matches.')).toBeNull();
  });

  it('says there is no record across all columns once the records are there', () => {
    render(table([]));
    expect(screen.getByText('No case matches.').getAttribute('colspan')).toBe('2');
  });

  it('says nothing while the records are still loading', () => {
    render(table(null));
    expect(screen.queryByText('No case matches.')).toBeNull();
  });
});
