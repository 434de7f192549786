import { csvCell } from './csvCell';
import { calendarFor } from '../../runtime/calendar/index';
import type { Field, LocalizedText, Report } from '../../runtime/definitions/index';
import { resolveLabel, uiWord, type Language } from '../../runtime/i18n/index';
import { isOverdue } from '../../runtime/process/index';
import { badRequest, conflict } from '../errors';
import type { ReportCaseRow } from '../repositories/reportCases';
import type { Context } from './context';
import { isTableField } from '../../runtime/definitions/fieldGuards';
import { fromJsonColumn as parsed } from '../repositories/jsonColumn';

/** A monthly report's answer; with a listing, also the listing form and one row per case received. */
export interface MonthlyReport {
  name: string;
  month: string;
  title: LocalizedText;
  form?: { id: string; version: number };
  /** the listing (Appendix 2: one row per application received in the month, columns as the form names them), or the counts */
  columns: string[];
  labels: Record<string, LocalizedText>;
  rows: Record<string, string | number | boolean | null>[];
  summary?: Table;
}

interface Table {
  columns: string[];
  labels: Record<string, LocalizedText>;
  rows: Record<string, string | number>[];
}

type CaseRow = ReportCaseRow;

const iso = (value: string | Date | null) => (value === null ? null : new Date(value).toISOString());
const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : null);

/** Which group a case counts in: its service, its status, or both, as the report groups. */
export function groupKey(report: Report, row: { serviceId: string; status: string }): string {
  return report.groupBy.map((g) => (g === 'service' ? row.serviceId : row.status)).join('\u0000');
}

/** The group columns' values of a group key: the service id or Kazakh title, or the status. */
export async function groupCells(
  report: Report,
  key: string,
  titleOf: (id: string) => Promise<LocalizedText>,
): Promise<Record<string, string>> {
  const parts = key.split('\u0000');
  const of = (group: 'service' | 'status') => parts[report.groupBy.indexOf(group)] ?? '';
  const cells: Record<string, string> = {};
  for (const column of report.columns) {
    if (column.value === 'service') cells[column.key] = of('service');
    else if (column.value === 'serviceTitle')
      cells[column.key] = resolveLabel(await titleOf(of('service')), 'kk') || of('service');
    else if (column.value === 'status') cells[column.key] = of('status');
  }
  return cells;
}

type Counts = Record<'received' | 'handled' | 'refused' | 'overdue' | 'onTime', number>;

/** How the month's bounds read on the calendar: a local month of instants, and the instant it ends. */
function monthOf(month: string, calendar: ReturnType<typeof calendarFor> | null) {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return {
    // a day of margin either side: months are local, instants are UTC
    from: new Date(Date.UTC(y, m - 1, 1) - 86_400_000),
    to: new Date(Date.UTC(y, m, 1) + 86_400_000),
    end: calendar ? calendar.toInstant(nextMonth(y, m)) : new Date(Date.UTC(y, m, 1)),
    local: (value: string | Date | null) =>
      value === null ? null : (calendar ? calendar.localDate(new Date(value)) : iso(value)!).slice(0, 7),
  };
}

/**
 * A report over a month (YYYY-MM) from a report definition: per group, the cases received, handled,
 * refused, overdue and on time; with a listing (the contact centre's Appendix 2, 002 p.16), one row
 * per case received, by the columns of the table in the listed service's form.
 */
export async function monthlyReport(ctx: Context, report: Report, month: unknown): Promise<MonthlyReport> {
  if (typeof month !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) {
    throw badRequest('month must be YYYY-MM', [{ path: '/month', message: 'must be a month as YYYY-MM' }]);
  }
  const listing = report.listing ? await listingOf(ctx, report.listing.service) : null;
  const calendarDef = await ctx.store.latest('calendar', listing?.calendar ?? 'kz');
  const period = monthOf(month, calendarDef ? calendarFor(calendarDef.definition) : null);
  const cases = await ctx.reportCases.inPeriod(period.from, period.to);

  const titles = new Map<string, LocalizedText>();
  const titleOf = async (id: string) => {
    if (!titles.has(id)) titles.set(id, (await ctx.store.latest('service', id))?.definition.title ?? { en: id });
    return titles.get(id) as LocalizedText;
  };
  // as it stands at the month's end, or now while the month is still running
  const asOf = new Date(Math.min(period.end.getTime(), ctx.now().getTime()));
  const overdueAt = (row: CaseRow) => {
    const until = row.closedAt && new Date(row.closedAt) < asOf ? new Date(row.closedAt) : asOf;
    return parsed<{ id: string; due: string | null }[]>(row.deadlines, []).filter(
      (d) => d.due !== null && new Date(d.due) < until && new Date(d.due) < period.end,
    );
  };

  const refusals = new Set(report.refusalOutcomes ?? []);
  const rows: MonthlyReport['rows'] = [];
  const counts = new Map<string, Counts>();
  for (const row of cases.filter((c) => kept(report, c))) {
    const received = period.local(row.receivedAt) === month;
    const handled = period.local(row.closedAt) === month;
    const open = row.status === 'in-progress' && (row.receivedAt === null || new Date(row.receivedAt) < period.end);
    const late = overdueAt(row);
    // a case still open is overdue by THE definition (runtime/process/overdue.ts), as the queue counts it
    const overdueNow = open && isOverdue({ status: row.status, nextDueAt: row.nextDueAt }, asOf);
    if (!received && !handled && !overdueNow) continue;
    const key = groupKey(report, row);
    const entry = counts.get(key) ?? { received: 0, handled: 0, refused: 0, overdue: 0, onTime: 0 };
    counts.set(key, entry);
    if (received) entry.received++;
    if (handled) {
      entry.handled++;
      if (row.outcome !== null && refusals.has(row.outcome)) entry.refused++;
      if (late.length === 0) entry.onTime++;
    }
    if ((handled && late.length) || overdueNow) entry.overdue++;
    if (received && listing) rows.push(listingRow(listing.columns, row, await titleOf(row.serviceId), late.length > 0));
  }

  const summary: Table = {
    columns: report.columns.map((c) => c.key),
    labels: Object.fromEntries(report.columns.map((c) => [c.key, c.label])),
    rows: await Promise.all(
      [...counts.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(async ([key, c]) => ({
          ...(await groupCells(report, key, titleOf)),
          ...Object.fromEntries(
            report.columns.filter((col) => col.value in c).map((col) => [col.key, c[col.value as keyof Counts]]),
          ),
        })),
    ),
  };
  if (!listing) return { name: report.id, month, title: report.description ?? report.title, ...summary };
  return {
    name: report.id,
    month,
    title: listing.form.definition.title,
    form: { id: listing.form.definition.id, version: listing.form.version },
    columns: listing.columns.map((f) => f.key),
    labels: Object.fromEntries(listing.columns.map((f) => [f.key, f.label])),
    rows,
    summary,
  };
}

/** Whether the report's filters keep the case. */
export function kept(report: Report, row: { serviceId: string; status: string }): boolean {
  const { services, statuses } = report.filters ?? {};
  return (!services || services.includes(row.serviceId)) && (!statuses || statuses.some((s) => s === row.status));
}

/** The listed service's form, the columns of its table, and the service's calendar. */
async function listingOf(ctx: Context, serviceId: string) {
  const service = await ctx.store.latest('service', serviceId);
  if (!service) throw conflict(`the report needs the service "${serviceId}", which is not published`);
  const form = await ctx.store.latest('form', service.definition.form);
  const table = form?.definition.fields.find(isTableField);
  if (!form || !table) throw conflict(`form "${service.definition.form}" has no table of columns`);
  return { form, columns: table.fields, calendar: service.definition.calendar };
}

/** What a case can tell of each column of Appendix 2; the rest the contact centre fills in. */
function listingRow(columns: readonly Field[], row: CaseRow, title: LocalizedText, late: boolean) {
  const data = parsed<Record<string, unknown>>(row.data, {});
  const applicant = data.applicant as Record<string, unknown> | string | undefined;
  const known: Record<string, string | boolean | null> = {
    receivedAt: iso(row.receivedAt),
    region: text(data.region),
    applicant: text(data.applicantName) ?? text(typeof applicant === 'object' ? applicant?.name : applicant) ?? null,
    nature: resolveLabel(title, 'kk'),
    measures: `${row.outcome ?? row.status}; № ${row.id}`,
    bylawViolation: late,
  };
  return Object.fromEntries(columns.map((c) => [c.key, known[c.key] ?? null]));
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
export function monthlyReportCsv(report: MonthlyReport, lang: Language): string {
  const table = (columns: string[], labels: Record<string, LocalizedText>, rows: Record<string, unknown>[]) => [
    columns.map((c) => cell(resolveLabel(labels[c], lang) || c, lang)).join(','),
    ...rows.map((row) => columns.map((c) => cell(row[c], lang)).join(',')),
  ];
  const lines = [
    ...table(report.columns, report.labels, report.rows),
    ...(report.summary ? ['', ...table(report.summary.columns, report.summary.labels, report.summary.rows)] : []),
  ];
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
