import type { Report, ReportValue } from './report';
import type { DefinitionError } from './types';

/** Measures counted over a period: the period's start and end say what "received" or "overdue" mean. */
const PERIOD_MEASURES: readonly ReportValue[] = ['received', 'handled', 'refused', 'overdue', 'onTime'];
/** Measures over every case so far. */
const TOTAL_MEASURES: readonly ReportValue[] = ['count', 'closed', 'closedOnTime', 'onTimeRate'];
/** The group a group column needs. */
const GROUP_OF: Partial<Record<ReportValue, 'service' | 'status'>> = {
  service: 'service',
  serviceTitle: 'service',
  status: 'status',
};

/** What JSON Schema cannot say of a report: unique keys, and values that fit its period and groups. */
export function checkReport(report: Report): DefinitionError[] {
  const errors: DefinitionError[] = [];
  const keys = new Set<string>();
  report.columns.forEach((column, i) => {
    if (keys.has(column.key)) errors.push({ path: `/columns/${i}/key`, message: `duplicate key "${column.key}"` });
    keys.add(column.key);
    const group = GROUP_OF[column.value];
    if (group && !report.groupBy.includes(group))
      errors.push({ path: `/columns/${i}/value`, message: `shows the ${group}, but the report is not grouped by it` });
    if (report.period === 'all' && PERIOD_MEASURES.includes(column.value))
      errors.push({ path: `/columns/${i}/value`, message: `"${column.value}" needs a period: set period to month` });
    if (report.period === 'month' && TOTAL_MEASURES.includes(column.value))
      errors.push({ path: `/columns/${i}/value`, message: `"${column.value}" counts every case: set period to all` });
    if (column.value === 'refused' && !report.refusalOutcomes?.length)
      errors.push({ path: `/columns/${i}/value`, message: 'counts refusals, but refusalOutcomes names none' });
  });
  if (new Set(report.groupBy).size !== report.groupBy.length)
    errors.push({ path: '/groupBy', message: 'names a group twice' });
  if (report.listing && report.period !== 'month')
    errors.push({ path: '/listing', message: 'lists the cases of a period: set period to month' });
  return errors;
}
