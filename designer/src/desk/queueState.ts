import type { CaseView } from './caseTypes';

export type Bucket = 'all' | 'mine' | 'due-today' | 'overdue';

export interface QueueFilter {
  bucket: Bucket;
  service: string;
  step: string;
}

/**
 * What to ask the server for: "my cases" are the ones the caller started or acted on, which
 * only the server knows (a case's events are not in the list), so it filters them.
 */
export function queueUrl(bucket: Bucket): string {
  return bucket === 'mine' ? '/api/cases?assignee=me&limit=1000' : '/api/cases?limit=1000';
}

/** The local date of an instant in the calendar zone, to tell "due today". */
function localDay(instant: string | Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(instant),
  );
}

/**
 * The work queue: the cases a filter keeps, sorted by the next deadline
 * (soonest first; cases without one last, then by creation).
 */
export function workQueue(
  cases: readonly CaseView[],
  filter: QueueFilter,
  now: Date,
  timeZone = 'Asia/Almaty',
): CaseView[] {
  const today = localDay(now, timeZone);
  return cases
    .filter((c) => c.status !== 'done')
    .filter((c) => !filter.service || c.service === filter.service)
    .filter((c) => !filter.step || c.step === filter.step)
    .filter((c) => {
      switch (filter.bucket) {
        case 'all':
        case 'mine':
          return true;
        case 'due-today':
          return (
            Boolean(c.nextDueAt) &&
            localDay(c.nextDueAt as string, timeZone) === today &&
            new Date(c.nextDueAt as string) >= now
          );
        case 'overdue':
          return Boolean(c.nextDueAt) && new Date(c.nextDueAt as string) < now;
      }
    })
    .sort((a, b) => {
      const da = a.nextDueAt ? Date.parse(a.nextDueAt) : Infinity;
      const db = b.nextDueAt ? Date.parse(b.nextDueAt) : Infinity;
      return da - db || (a.createdAt ?? '').localeCompare(b.createdAt ?? '');
    });
}
