import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorText } from '../shared/api';
import { loadPublished } from '../shared/definitionsApi';
import { GridTable } from '../shared/GridTable';
import { useLang } from '../shared/lang';
import { NATIONAL_CALENDAR_ID } from '../shared/nationalCalendar';
import { resolveLabel } from '../shared/runtime';
import { rateBars } from './barChart';
import { currentMonth, ready, reportLabel, reportsOf, reportUrl, type ReportInfo } from './reportList';

type Labels = Record<string, Record<string, string | undefined> | undefined>;

interface Table {
  columns: string[];
  labels?: Labels;
  rows: Record<string, unknown>[];
}

interface Report extends Table {
  name: string;
  /** the monthly report adds per-service counts */
  summary?: Table;
}

/** The reports the server lists (GET /api/reports), each as a table with a CSV export; the on-time rate also as a chart. */
export function Reports() {
  const { t } = useTranslation('desk');
  const { lang } = useLang();
  const [reports, setReports] = useState<ReportInfo[] | null>(null);
  const [chosen, setChosen] = useState('');
  const [values, setValues] = useState<Record<string, string>>(() => ({ month: currentMonth(new Date()) }));
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    api<unknown>('/api/reports')
      .then((answer) => {
        const list = reportsOf(answer);
        setReports(list);
        setChosen((list.find((r) => r.id === 'cases-by-status') ?? list[0])?.id ?? '');
      })
      .catch((e: unknown) => setError(errorText(e)));
  }, []);

  useEffect(() => {
    // the month opens as it reads in the national calendar's zone, which the calendar definition states
    const opened = currentMonth(new Date());
    loadPublished('calendar', NATIONAL_CALENDAR_ID)
      .then((calendar) => {
        if (calendar?.kind !== 'calendar') return;
        const month = currentMonth(new Date(), calendar.timeZone);
        setValues((v) => (v.month === opened ? { ...v, month } : v));
      })
      .catch(() => undefined);
  }, []);

  const info = reports?.find((r) => r.id === chosen);
  const url = info && ready(info, values) ? reportUrl(info, values) : '';
  useEffect(() => {
    setReport(null);
    setError('');
    if (!url) return;
    api<Report>(url)
      .then(setReport)
      .catch((e: unknown) => setError(errorText(e)));
  }, [url]);

  const title = (text: ReportInfo['title']) => resolveLabel(text as Parameters<typeof resolveLabel>[0], lang);
  return (
    <section className="reports">
      <h1>{t('reports.title')}</h1>
      <div role="tablist" className="tabs" aria-label={t('reports.title')}>
        {(reports ?? []).map((r) => (
          <button key={r.id} role="tab" type="button" aria-selected={chosen === r.id} onClick={() => setChosen(r.id)}>
            {reportLabel(r, title, t)}
          </button>
        ))}
      </div>
      {info?.parameters.map((p) => (
        <label key={p.name}>
          {p.name === 'month' ? t('reports.month') : p.name}
          <input
            type={p.format === 'YYYY-MM' ? 'month' : 'text'}
            value={values[p.name] ?? ''}
            required={p.required}
            onChange={(e) => setValues({ ...values, [p.name]: e.target.value })}
          />
        </label>
      ))}
      {info && info.formats.includes('csv') && ready(info, values) && (
        <p>
          <a href={reportUrl(info, values, { csv: true, lang })} download>
            {t('reports.csv')}
          </a>
        </p>
      )}
      {error && <p className="error">{error}</p>}
      {report && (
        <>
          {chosen === 'on-time' && (
            <OnTimeChart
              label={t('reports.onTimeChart')}
              rows={report.rows.map((r) => ({
                label: String(r.service),
                value: typeof r.rate === 'number' ? r.rate : null,
              }))}
            />
          )}
          <ReportTable table={report} title={title} t={t} />
          {report.summary && <ReportTable table={report.summary} title={title} t={t} />}
        </>
      )}
    </section>
  );
}

function ReportTable({
  table,
  title,
  t,
}: {
  table: Table;
  title: (text: ReportInfo['title']) => string;
  t: TFunction;
}) {
  const cell = (value: unknown) =>
    value === null || value === undefined
      ? ''
      : typeof value === 'boolean'
        ? value
          ? t('yes')
          : t('no')
        : String(value);
  return (
    <div className="table-scroll" tabIndex={0}>
      <GridTable
        headings={table.columns.map((c) => title(table.labels?.[c]) || c)}
        rows={table.rows}
        empty={t('reports.empty')}
        row={(row, i) => (
          <tr key={i}>
            {table.columns.map((c) => (
              <td key={c}>{cell(row[c])}</td>
            ))}
          </tr>
        )}
      />
    </div>
  );
}

function OnTimeChart({ rows, label }: { rows: { label: string; value: number | null }[]; label: string }) {
  const width = Math.max(300, rows.length * 90 + 30);
  const height = 260;
  const bars = rateBars(rows, width, height);
  return (
    <div className="table-scroll" tabIndex={0}>
      <svg width={width} height={height} role="img" aria-label={label} className="chart">
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
    </div>
  );
}
