import { notFound } from '../errors';
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

export function reportCsv(report: Report): string {
  return (
    [report.columns.join(','), ...report.rows.map((row) => report.columns.map((c) => csvCell(row[c])).join(','))].join(
      '\r\n',
    ) + '\r\n'
  );
}
