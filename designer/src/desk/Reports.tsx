import { useEffect, useState } from 'react';
import { ApiError, api, errorText } from '../shared/api';
import { rateBars } from './barChart';

interface Report {
  name: string;
  columns: string[];
  rows: Record<string, string | number | null>[];
}

const REPORTS = [
  { id: 'contact-centre-monthly', label: 'Contact-centre monthly report' },
  { id: 'cases-by-status', label: 'Cases per service and status' },
  { id: 'on-time', label: 'On-time rate per service' },
];

/** The reports, each as a table with a CSV export; the on-time rate also as a chart. */
export function Reports() {
  const [chosen, setChosen] = useState(REPORTS[1]?.id ?? '');
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    setReport(null);
    setError('');
    api<Report>(`/api/reports/${chosen}`)
      .then(setReport)
      .catch((e: unknown) =>
        setError(
          e instanceof ApiError && e.status === 404 ? `The server has no report "${chosen}" yet.` : errorText(e),
        ),
      );
  }, [chosen]);

  return (
    <section className="reports">
      <h1>Reports</h1>
      <div role="tablist" className="tabs" aria-label="Reports">
        {REPORTS.map((r) => (
          <button key={r.id} role="tab" type="button" aria-selected={chosen === r.id} onClick={() => setChosen(r.id)}>
            {r.label}
          </button>
        ))}
      </div>
      <p>
        <a href={`/api/reports/${chosen}?format=csv`} download>
          Export CSV
        </a>
      </p>
      {error && <p className="error">{error}</p>}
      {report && (
        <>
          {chosen === 'on-time' && (
            <OnTimeChart
              rows={report.rows.map((r) => ({
                label: String(r.service),
                value: typeof r.rate === 'number' ? r.rate : null,
              }))}
            />
          )}
          <table className="grid">
            <thead>
              <tr>
                {report.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {report.rows.map((row, i) => (
                <tr key={i}>
                  {report.columns.map((c) => (
                    <td key={c}>{row[c] ?? ''}</td>
                  ))}
                </tr>
              ))}
              {report.rows.length === 0 && (
                <tr>
                  <td colSpan={report.columns.length}>No data yet.</td>
                </tr>
              )}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

function OnTimeChart({ rows }: { rows: { label: string; value: number | null }[] }) {
  const width = Math.max(300, rows.length * 90 + 30);
  const height = 260;
  const bars = rateBars(rows, width, height);
  return (
    <svg width={width} height={height} role="img" aria-label="On-time rate per service" className="chart">
      <line x1={30} y1={height - 30} x2={width} y2={height - 30} stroke="currentColor" />
      <text x={2} y={34} fontSize={11}>
        100%
      </text>
      <text x={8} y={height - 32} fontSize={11}>
        0%
      </text>
      {bars.map((b) => (
        <g key={b.label}>
          <rect x={b.x} y={b.y} width={b.width} height={b.height} fill="#2a7ab0">
            <title>{`${b.label}: ${Math.round(b.value * 100)}%`}</title>
          </rect>
          <text x={b.x + b.width / 2} y={b.y - 4} textAnchor="middle" fontSize={11}>
            {Math.round(b.value * 100)}%
          </text>
          <text x={b.x + b.width / 2} y={height - 12} textAnchor="middle" fontSize={11}>
            {b.label}
          </text>
        </g>
      ))}
    </svg>
  );
}
