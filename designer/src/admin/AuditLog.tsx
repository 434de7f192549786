import { useEffect, useState, type FormEvent } from 'react';
import { api, asList, errorText } from '../shared/api';
import { GridTable } from '../shared/GridTable';

interface Entry {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  details?: unknown;
}

const FILTERS = ['actor', 'action', 'entity', 'entityId'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

/** Who did what, when, to which record; filtered on the server. */
export function AuditLog() {
  const [filters, setFilters] = useState<Filters>({ actor: '', action: '', entity: '', entityId: '' });
  const [applied, setApplied] = useState<Filters>(filters);
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    const query = new URLSearchParams({ limit: '200' });
    for (const key of FILTERS) if (applied[key]) query.set(key, applied[key]);
    api<unknown>(`/api/audit?${query}`)
      .then((b) => setEntries(asList<Entry>(b, 'entries')))
      .catch((e: unknown) => setError(errorText(e)));
  }, [applied]);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setApplied(filters);
  };

  return (
    <section className="audit">
      <h1>Audit log</h1>
      <form className="row filters" onSubmit={apply} aria-label="Audit filters">
        {FILTERS.map((key) => (
          <label key={key}>
            {key}
            <input value={filters[key]} onChange={(e) => setFilters({ ...filters, [key]: e.target.value })} />
          </label>
        ))}
        <button type="submit">Filter</button>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <GridTable
        headings={['When', 'Who', 'Action', 'Record']}
        rows={entries}
        empty="No entry matches."
        row={(e) => (
          <tr key={e.id}>
            <td>{new Date(e.at).toLocaleString()}</td>
            <td>{e.actor}</td>
            <td>{e.action}</td>
            <td>
              {e.entity} {e.entityId}
            </td>
          </tr>
        )}
      />
    </section>
  );
}
