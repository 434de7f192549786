import type { Change } from './jsonDiff';

const show = (v: unknown) => (v === undefined ? '' : JSON.stringify(v));

export function ChangeList({ changes }: { changes: readonly Change[] }) {
  if (!changes.length) return <p>No changes.</p>;
  return (
    <table className="grid diff">
      <thead>
        <tr>
          <th scope="col">Where</th>
          <th scope="col">Change</th>
          <th scope="col">Before</th>
          <th scope="col">After</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.path} className={`diff-${c.op}`}>
            <td>
              <code>{c.path}</code>
            </td>
            <td>{c.op}</td>
            <td className="before">{show(c.before)}</td>
            <td className="after">{show(c.after)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
