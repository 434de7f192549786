import { GridTable } from '../shared/GridTable';
import type { Change } from './jsonDiff';

const show = (v: unknown) => (v === undefined ? '' : JSON.stringify(v));

export function ChangeList({ changes }: { changes: readonly Change[] }) {
  if (!changes.length) return <p>No changes.</p>;
  return (
    <GridTable
      className="diff"
      headings={['Where', 'Change', 'Before', 'After']}
      rows={changes}
      row={(c) => (
        <tr key={c.path} className={`diff-${c.op}`}>
          <td>
            <code>{c.path}</code>
          </td>
          <td>{c.op}</td>
          <td className="before">{show(c.before)}</td>
          <td className="after">{show(c.after)}</td>
        </tr>
      )}
    />
  );
}
