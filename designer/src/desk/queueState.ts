import type { CaseView } from './caseTypes';

export type Bucket = 'all' | 'mine' | 'due-today' | 'overdue';

export interface QueueFilter {
  bucket: Bucket;
  service: string;
  step: string;
  user: string;
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
          return true;
        case 'mine':
          return c.createdBy === filter.user || (c.events ?? []).some((e) => e.actor === filter.user);
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
