import { csvCell } from './csvCell';
import { calendarFor } from '../../runtime/calendar/index';
import type { Field, LocalizedText } from '../../runtime/definitions/index';
import { resolveLabel, uiWord, type Language } from '../../runtime/i18n/index';
import { isOverdue } from '../../runtime/process/index';
import { badRequest, conflict } from '../errors';
import type { ReportCaseRow } from '../repositories/reportCases';
import type { Context } from './context';

/** The service whose form is Appendix 2 of 002 (the contact centre's report). */
const REPORT_SERVICE = 'ucc-report';

/** Labels of the per-service counts: arithmetic over cases, not a regulation, so they are UI words. */
const SUMMARY_LABELS: Record<string, LocalizedText> = {
  service: { kk: 'Мемлекеттік көрсетілетін қызмет', ru: 'Государственная услуга', en: 'Public service' },
  received: { kk: 'Келіп түскен өтініштер', ru: 'Поступило обращений', en: 'Applications received' },
  handled: { kk: 'Қаралған өтініштер', ru: 'Рассмотрено обращений', en: 'Cases handled' },
  refused: { kk: 'Бас тартулар', ru: 'Отказы', en: 'Refusals' },
  overdue: { kk: 'Мерзімі өткен', ru: 'Просрочено', en: 'Overdue' },
  onTime: { kk: 'Мерзімінде', ru: 'В срок', en: 'On time' },
};

export interface UccMonthlyReport {
  name: 'ucc-monthly';
  month: string;
  title: LocalizedText;
  form: { id: string; version: number };
  /** Appendix 2: one row per application received in the month, columns as the form names them */
  columns: string[];
  labels: Record<string, LocalizedText>;
  rows: Record<string, string | number | boolean | null>[];
  summary: { columns: string[]; labels: Record<string, LocalizedText>; rows: Record<string, string | number>[] };
}

type CaseRow = ReportCaseRow;

const parsed = <T>(value: unknown, fallback: T): T =>
  value === null || value === undefined
    ? fallback
    : typeof value === 'string'
      ? (JSON.parse(value) as T)
      : (value as T);
const iso = (value: string | Date | null) => (value === null ? null : new Date(value).toISOString());
const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : null);

/** The contact centre's monthly report (002 p.16, Appendix 2) for a month (YYYY-MM), from the cases. */
export async function uccMonthly(ctx: Context, month: unknown): Promise<UccMonthlyReport> {
  if (typeof month !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) {
    throw badRequest('month must be YYYY-MM', [{ path: '/month', message: 'must be a month as YYYY-MM' }]);
  }
  const service = await ctx.store.latest('service', REPORT_SERVICE);
  if (!service) throw conflict(`the report needs the service "${REPORT_SERVICE}", which is not published`);
  const form = await ctx.store.latest('form', service.definition.form);
  const table = form?.definition.fields.find((f) => f.type === 'table') as Field | undefined;
  if (!form || !table?.fields) throw conflict(`form "${service.definition.form}" has no table of columns`);
  const calendarDef = await ctx.store.latest('calendar', service.definition.calendar);
  const calendar = calendarDef ? calendarFor(calendarDef.definition) : null;
  const localMonth = (value: string | Date | null) =>
    value === null ? null : (calendar ? calendar.localDate(new Date(value)) : iso(value)!).slice(0, 7);

  // a day of margin either side: months are local, instants are UTC
  const [y, m] = month.split('-').map(Number) as [number, number];
  const from = new Date(Date.UTC(y, m - 1, 1) - 86_400_000);
  const to = new Date(Date.UTC(y, m, 1) + 86_400_000);
  const monthEnd = calendar ? calendar.toInstant(nextMonth(y, m)) : new Date(Date.UTC(y, m, 1));
  const cases = await ctx.reportCases.inPeriod(from, to);

  const titles = new Map<string, LocalizedText>();
  const titleOf = async (id: string) => {
    if (!titles.has(id)) titles.set(id, (await ctx.store.latest('service', id))?.definition.title ?? { en: id });
    return titles.get(id) as LocalizedText;
  };
  // as it stands at the month's end, or now while the month is still running
  const asOf = new Date(Math.min(monthEnd.getTime(), ctx.now().getTime()));
  const overdueAt = (row: CaseRow) => {
    const until = row.closedAt && new Date(row.closedAt) < asOf ? new Date(row.closedAt) : asOf;
    return parsed<{ id: string; due: string | null }[]>(row.deadlines, []).filter(
      (d) => d.due !== null && new Date(d.due) < until && new Date(d.due) < monthEnd,
    );
  };

  const columns = table.fields.map((f) => f.key);
  const labels = Object.fromEntries(table.fields.map((f) => [f.key, f.label]));
  const rows: UccMonthlyReport['rows'] = [];
  const counts = new Map<
    string,
    { received: number; handled: number; refused: number; overdue: number; onTime: number }
  >();
  const count = (id: string) => {
    let entry = counts.get(id);
    if (!entry) counts.set(id, (entry = { received: 0, handled: 0, refused: 0, overdue: 0, onTime: 0 }));
    return entry;
  };
  for (const row of cases) {
    const received = localMonth(row.receivedAt) === month;
    const handled = localMonth(row.closedAt) === month;
    const open = row.status === 'in-progress' && (row.receivedAt === null || new Date(row.receivedAt) < monthEnd);
    const late = overdueAt(row);
    // a case still open is overdue by THE definition (runtime/process/overdue.ts), as the queue counts it
    const overdueNow = open && isOverdue({ status: row.status, nextDueAt: row.nextDueAt }, asOf);
    if (!received && !handled && !overdueNow) continue;
    const entry = count(row.serviceId);
    if (received) entry.received++;
    if (handled) {
      entry.handled++;
      if (row.outcome === 'refused' || row.outcome === 'rejected') entry.refused++;
      if (late.length === 0) entry.onTime++;
    }
    if ((handled && late.length) || overdueNow) entry.overdue++;
    if (!received) continue;
    const data = parsed<Record<string, unknown>>(row.data, {});
    const applicant = data.applicant as Record<string, unknown> | string | undefined;
    // what a case can tell of each column of Appendix 2; the rest the contact centre fills in
    const known: Record<string, string | boolean | null> = {
      receivedAt: iso(row.receivedAt),
      region: text(data.region),
      applicant: text(data.applicantName) ?? text(typeof applicant === 'object' ? applicant?.name : applicant) ?? null,
      nature: resolveLabel(await titleOf(row.serviceId), 'kk'),
      measures: `${row.outcome ?? row.status}; № ${row.id}`,
      bylawViolation: late.length > 0,
    };
    rows.push(Object.fromEntries(columns.map((c) => [c, known[c] ?? null])));
  }

  const summaryRows = await Promise.all(
    [...counts.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(async ([id, c]) => ({ service: resolveLabel(await titleOf(id), 'kk') || id, ...c })),
  );
  return {
    name: 'ucc-monthly',
    month,
    title: form.definition.title,
    form: { id: form.definition.id, version: form.version },
    columns,
    labels,
    rows,
    summary: { columns: Object.keys(SUMMARY_LABELS), labels: SUMMARY_LABELS, rows: summaryRows },
  };
}

function nextMonth(y: number, m: number): string {
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

const cell = (value: unknown, lang: Language) =>
  csvCell(
    value === true
      ? uiWord('yes', lang)
      : value === false
        ? uiWord('no', lang)
        : typeof value === 'number' || value === null || value === undefined
          ? value
          : String(value),
    ',;',
  );

/** UTF-8 with a byte-order mark, so Excel reads Kazakh letters right; headers in the asked language. */
export function uccMonthlyCsv(report: UccMonthlyReport, lang: Language): string {
  const table = (columns: string[], labels: Record<string, LocalizedText>, rows: Record<string, unknown>[]) => [
    columns.map((c) => cell(resolveLabel(labels[c], lang) || c, lang)).join(','),
    ...rows.map((row) => columns.map((c) => cell(row[c], lang)).join(',')),
  ];
  const lines = [
    ...table(report.columns, report.labels, report.rows),
    '',
    ...table(report.summary.columns, report.summary.labels, report.summary.rows),
  ];
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
