import type { ReactNode } from 'react';

/**
 * A table of records: a heading per column, one row per record (drawn by the caller, key included) and, once the
 * records are there (`rows` is not null), a line saying there is none.
 */
export function GridTable<T>({
  headings,
  rows,
  row,
  empty,
  className,
  testId,
}: {
  headings: readonly ReactNode[];
  rows: readonly T[] | null;
  row: (record: T, index: number) => ReactNode;
  empty?: string;
  className?: string;
  /** the table's data-testid, for the scenarios that read it */
  testId?: string;
}) {
  return (
    <table className={className ? `grid ${className}` : 'grid'} data-testid={testId}>
      <thead>
        <tr>
          {headings.map((heading, i) => (
            <th key={i} scope="col">
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {(rows ?? []).map(row)}
        {empty && rows?.length === 0 && (
          <tr>
            <td colSpan={headings.length}>{empty}</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
