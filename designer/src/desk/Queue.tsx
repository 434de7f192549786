import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, asList, errorText } from '../shared/api';
import { formatInstant, timeLeft } from '../shared/format';
import { GridTable } from '../shared/GridTable';
import type { CaseView } from './caseTypes';
import { queueUrl, workQueue, type Bucket, type QueueFilter } from './queueState';

const BUCKETS: { value: Bucket; label: string }[] = [
  { value: 'all', label: 'All open' },
  { value: 'mine', label: 'My cases' },
  { value: 'due-today', label: 'Due today' },
  { value: 'overdue', label: 'Overdue' },
];

/** The work queue: open cases by deadline, filtered by who, when, service and step. */
export function Queue() {
  const [cases, setCases] = useState<CaseView[] | null>(null);
  const [error, setError] = useState('');
  const [filter, setFilter] = useState<QueueFilter>({
    bucket: 'all',
    service: '',
    step: '',
  });
  const url = queueUrl(filter.bucket);

  useEffect(() => {
    let live = true;
    setCases(null);
    api<unknown>(url)
      .then((body) => live && setCases(asList<CaseView>(body, 'cases')))
      .catch((e: unknown) => live && setError(errorText(e)));
    return () => {
      live = false;
    };
  }, [url]);

  const shown = useMemo(() => workQueue(cases ?? [], filter, new Date()), [cases, filter]);
  const services = [...new Set((cases ?? []).map((c) => c.service))].sort();
  const steps = [...new Set((cases ?? []).map((c) => c.step).filter((s): s is string => Boolean(s)))].sort();

  return (
    <section className="queue">
      <h1>Work queue</h1>
      <div className="filters" role="group" aria-label="Filters">
        <div role="radiogroup" aria-label="Which cases" className="tabs">
          {BUCKETS.map((b) => (
            <button
              key={b.value}
              type="button"
              role="radio"
              aria-checked={filter.bucket === b.value}
              onClick={() => setFilter({ ...filter, bucket: b.value })}
            >
              {b.label}
            </button>
          ))}
        </div>
        <label>
          Service
          <select value={filter.service} onChange={(e) => setFilter({ ...filter, service: e.target.value })}>
            <option value="">all</option>
            {services.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label>
          Step
          <select value={filter.step} onChange={(e) => setFilter({ ...filter, step: e.target.value })}>
            <option value="">all</option>
            {steps.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {!cases ? (
        <p>Loading…</p>
      ) : (
        <GridTable
          headings={['Case', 'Service', 'Step', 'Status', 'Next due', 'Time left']}
          rows={shown}
          empty="No case matches."
          row={(c) => {
            const left = timeLeft(c.nextDueAt);
            return (
              <tr key={c.id} className={left.startsWith('overdue') ? 'overdue' : ''}>
                <td>
                  <Link to={`/desk/cases/${c.id}`}>{c.id}</Link>
                </td>
                <td>{c.service}</td>
                <td>{c.step ?? '—'}</td>
                <td>{c.status}</td>
                <td>{formatInstant(c.nextDueAt)}</td>
                <td>{c.nextDueAt ? left : '—'}</td>
              </tr>
            );
          }}
        />
      )}
    </section>
  );
}
