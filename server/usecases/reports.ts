import { isInstant, isoWithOffset, resolveLabel, type Language } from '../../runtime/i18n/index';
import { notFound } from '../errors';
import { CASE_STATUSES } from '../i18n/reportWords';
import type { Report as ReportDefinition, ReportColumn, ReportValue } from '../../runtime/definitions/index';
import type { Context } from './context';
import { groupKey, groupCells, kept, monthlyReport, type MonthlyReport } from './reportMonthly';
import { csvCell } from './csvCell';

export interface Report {
  name: string;
  columns: string[];
  rows: Record<string, string | number | null>[];
}

type Totals = Record<'count' | 'closed' | 'closedOnTime', number>;

/**
 * A report over every case so far, from a report definition: per group, the cases, the closed ones,
 * and how many of those closed by every deadline they had.
 */
export async function totalsReport(ctx: Context, report: ReportDefinition): Promise<Report> {
  const groups = new Map<string, Totals>();
  for (const row of await ctx.reportCases.all()) {
    if (!kept(report, row)) continue;
    const key = groupKey(report, row);
    const entry = groups.get(key) ?? { count: 0, closed: 0, closedOnTime: 0 };
    groups.set(key, entry);
    entry.count++;
    if (row.status !== 'done' || row.closedAt === null) continue;
    entry.closed++;
    const closedAt = new Date(row.closedAt).toISOString();
    const deadlines = (typeof row.deadlines === 'string' ? JSON.parse(row.deadlines) : (row.deadlines ?? [])) as {
      due: string | null;
    }[];
    if (deadlines.every((d) => d.due === null || closedAt <= d.due)) entry.closedOnTime++;
  }
  const measure = (value: ReportValue, totals: Totals): number | null => {
    if (value === 'onTimeRate')
      return totals.closed ? Math.round((totals.closedOnTime / totals.closed) * 1000) / 1000 : null;
    return totals[value as keyof Totals];
  };
  const titleOf = async (id: string) => (await ctx.store.latest('service', id))?.definition.title ?? { en: id };
  const rows = await Promise.all(
    [...groups.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(async ([key, totals]) => {
        const cells: Record<string, string | number | null> = await groupCells(report, key, titleOf);
        for (const column of report.columns)
          if (!(column.key in cells)) cells[column.key] = measure(column.value, totals);
        return cells;
      }),
  );
  return { name: report.id, columns: report.columns.map((c) => c.key), rows };
}

/** The published report definition `name`, or 404 naming those there are. */
export async function reportDefinition(ctx: Context, name: string): Promise<ReportDefinition> {
  const found = await ctx.store.latest('report', name);
  if (found) return found.definition;
  const known = (await ctx.definitions.heads('report')).map((h) => h.id);
  throw notFound(`no report "${name}": try ${known.join(', ')}`);
}

/** The reports the server offers: every published report definition, with its parameters. */
export async function listReports(ctx: Context) {
  const reports = [];
  for (const { id } of await ctx.definitions.heads('report')) {
    const report = await reportDefinition(ctx, id);
    reports.push({
      id,
      title: report.description ?? report.title,
      parameters: report.period === 'month' ? [{ name: 'month', format: 'YYYY-MM', required: true }] : [],
      formats: ['json', 'csv'],
    });
  }
  return { reports };
}

/** Runs a report definition: an answer per month, or over every case so far. */
export async function runReport(ctx: Context, name: string, month?: unknown): Promise<Report | MonthlyReport> {
  const report = await reportDefinition(ctx, name);
  return report.period === 'month' ? monthlyReport(ctx, report, month) : totalsReport(ctx, report);
}

/** How a report's cells are labelled in an export: the language, services' titles, the calendar's zone. */
export interface CsvLabels {
  lang: Language;
  services: ReadonlyMap<string, string>;
  timeZone: string;
  /** each column's heading and what it shows, from the report definition; a column not named prints its key */
  columns?: readonly ReportColumn[];
}

/**
 * A report as CSV in the asked language: headings, services and statuses as labels, never ids;
 * instants as ISO 8601 with the calendar zone's offset; UTF-8 with a byte-order mark for Excel.
 */
export function reportCsv(
  report: Report,
  { lang, services, timeZone, columns = [] }: CsvLabels = { lang: 'en', services: new Map(), timeZone: 'Asia/Almaty' },
): string {
  const named = new Map(columns.map((c) => [c.key, c]));
  const value = (column: string, v: string | number | null | undefined) => {
    const shows = named.get(column)?.value ?? column;
    if (shows === 'service' && typeof v === 'string') return services.get(v) ?? v;
    if (shows === 'status' && typeof v === 'string') return resolveLabel(CASE_STATUSES[v], lang) || v;
    return isInstant(v) ? isoWithOffset(v, timeZone) : v;
  };
  const heading = report.columns.map((c) => csvCell(resolveLabel(named.get(c)?.label, lang) || c)).join(',');
  const rows = report.rows.map((row) => report.columns.map((c) => csvCell(value(c, row[c]))).join(','));
  return '\uFEFF' + [heading, ...rows].join('\r\n') + '\r\n';
}

/** The labels a report's export needs, read from the published services and the kz calendar. */
export async function csvLabels(
  ctx: Context,
  report: Report,
  lang: Language,
  definition?: ReportDefinition,
): Promise<CsvLabels> {
  const calendar = (await ctx.store.latest('calendar', 'kz'))?.definition;
  const timeZone = calendar && 'timeZone' in calendar ? String(calendar.timeZone) : 'Asia/Almaty';
  const services = new Map<string, string>();
  for (const row of report.rows) {
    const id = row.service;
    if (typeof id !== 'string' || services.has(id)) continue;
    const service = (await ctx.store.latest('service', id))?.definition;
    services.set(id, resolveLabel(service?.title, lang) || id);
  }
  return { lang, services, timeZone, columns: definition?.columns };
}
