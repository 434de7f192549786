import { CALENDAR_ZONE } from '../shared/format';

/** A report the server offers (GET /api/reports). */
export interface ReportInfo {
  id: string;
  title?: Record<string, string | undefined>;
  parameters: { name: string; format?: string; required?: boolean }[];
  formats: string[];
}

/** Reports the desk names in the interface language; a report it does not know keeps the server's title. */
const NAMED = ['ucc-monthly', 'cases-by-status', 'on-time'];

export function reportLabel(
  report: ReportInfo,
  title: (t: ReportInfo['title']) => string,
  t: (key: string) => string,
): string {
  return NAMED.includes(report.id) ? t(`desk:reports.named.${report.id}`) : title(report.title) || t('desk:unknown');
}

/** The reports in the server's answer, whatever wraps the list. */
export function reportsOf(answer: unknown): ReportInfo[] {
  const list = (answer as { reports?: unknown } | null)?.reports ?? answer;
  if (!Array.isArray(list)) return [];
  return list
    .filter((r): r is Record<string, unknown> => Boolean(r) && typeof (r as { id?: unknown }).id === 'string')
    .map((r) => ({
      id: r.id as string,
      title: r.title as ReportInfo['title'],
      parameters: Array.isArray(r.parameters) ? (r.parameters as ReportInfo['parameters']) : [],
      formats: Array.isArray(r.formats) ? (r.formats as string[]) : ['json'],
    }));
}

/** The month a monthly report opens on: the current one, as YYYY-MM in the given zone. */
export function currentMonth(now: Date, timeZone = CALENDAR_ZONE): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' }).format(now).slice(0, 7);
}

/** The report's URL with its parameters; CSV adds the format and the language of the headings. */
export function reportUrl(
  report: ReportInfo,
  values: Record<string, string>,
  options: { csv?: boolean; lang?: string } = {},
): string {
  const query = new URLSearchParams();
  for (const p of report.parameters) if (values[p.name]) query.set(p.name, values[p.name] as string);
  if (options.csv) {
    query.set('format', 'csv');
    if (options.lang) query.set('lang', options.lang);
  }
  const text = query.toString();
  return `/api/reports/${encodeURIComponent(report.id)}${text ? `?${text}` : ''}`;
}

/** Whether every required parameter has a value: else asking would answer 400. */
export function ready(report: ReportInfo, values: Record<string, string>): boolean {
  return report.parameters.every((p) => !p.required || Boolean(values[p.name]));
}
