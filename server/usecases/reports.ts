import { isInstant, isoWithOffset, resolveLabel, type Language } from '../../runtime/i18n/index';
import { notFound } from '../errors';
import { CASE_STATUSES, REPORT_COLUMNS } from '../i18n/reportWords';
import type { Context } from './context';
import { csvCell } from './csvCell';

export interface Report {
  name: string;
  columns: string[];
  rows: Record<string, string | number | null>[];
}

async function casesByStatus(ctx: Context): Promise<Report> {
  return { name: 'cases-by-status', columns: ['service', 'status', 'count'], rows: await ctx.cases.countByStatus() };
}

/** Closed cases per service, and how many closed by every deadline they had. */
async function onTime(ctx: Context): Promise<Report> {
  const byService = new Map<string, { closed: number; onTime: number }>();
  for (const closed of await ctx.cases.closed()) {
    const entry = byService.get(closed.service) ?? { closed: 0, onTime: 0 };
    entry.closed++;
    if (closed.deadlines.every((d) => d.due === null || closed.closedAt <= d.due)) entry.onTime++;
    byService.set(closed.service, entry);
  }
  const rows = [...byService.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([service, { closed, onTime: ok }]) => ({
      service,
      closed,
      onTime: ok,
      rate: closed ? Math.round((ok / closed) * 1000) / 1000 : null,
    }));
  return { name: 'on-time', columns: ['service', 'closed', 'onTime', 'rate'], rows };
}

export const REPORTS: Record<string, (ctx: Context) => Promise<Report>> = {
  'cases-by-status': casesByStatus,
  'on-time': onTime,
};

export async function runReport(ctx: Context, name: string): Promise<Report> {
  const report = Object.hasOwn(REPORTS, name) ? REPORTS[name] : undefined;
  if (!report) throw notFound(`no report "${name}": try ${Object.keys(REPORTS).join(', ')}`);
  return report(ctx);
}

/** How a report's cells are labelled in an export: the language, services' titles, the calendar's zone. */
export interface CsvLabels {
  lang: Language;
  services: ReadonlyMap<string, string>;
  timeZone: string;
}

/**
 * A report as CSV in the asked language: headings, services and statuses as labels, never ids;
 * instants as ISO 8601 with the calendar zone's offset; UTF-8 with a byte-order mark for Excel.
 */
export function reportCsv(
  report: Report,
  { lang, services, timeZone }: CsvLabels = { lang: 'en', services: new Map(), timeZone: 'Asia/Almaty' },
): string {
  const value = (column: string, v: string | number | null | undefined) => {
    if (column === 'service' && typeof v === 'string') return services.get(v) ?? v;
    if (column === 'status' && typeof v === 'string') return resolveLabel(CASE_STATUSES[v], lang) || v;
    return isInstant(v) ? isoWithOffset(v, timeZone) : v;
  };
  const heading = report.columns.map((c) => csvCell(resolveLabel(REPORT_COLUMNS[c], lang) || c)).join(',');
  const rows = report.rows.map((row) => report.columns.map((c) => csvCell(value(c, row[c]))).join(','));
  return '\uFEFF' + [heading, ...rows].join('\r\n') + '\r\n';
}

/** The labels a report's export needs, read from the published services and the kz calendar. */
export async function csvLabels(ctx: Context, report: Report, lang: Language): Promise<CsvLabels> {
  const calendar = (await ctx.store.latest('calendar', 'kz'))?.definition;
  const timeZone = calendar && 'timeZone' in calendar ? String(calendar.timeZone) : 'Asia/Almaty';
  const services = new Map<string, string>();
  for (const row of report.rows) {
    const id = row.service;
    if (typeof id !== 'string' || services.has(id)) continue;
    const service = (await ctx.store.latest('service', id))?.definition;
    services.set(id, resolveLabel(service?.title, lang) || id);
  }
  return { lang, services, timeZone };
}
