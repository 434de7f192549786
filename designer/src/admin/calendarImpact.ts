import { calendarFor, dueDate } from '../../../runtime/calendar';
import type { Calendar, Service } from '../../../runtime/definitions/types';
import type { CaseSummary, CaseView } from '../desk/caseTypes';

export interface Impact {
  case: string;
  /** the server names the case's service; the browser fallback does not */
  service?: string;
  deadline: string;
  before: string | null;
  after: string | null;
}

/**
 * What the impact reads of a case. A row of the case list (GET /api/cases) has the first part only;
 * a whole case also says which versions it pinned, when it was received and the steps it entered.
 */
export type ImpactCase = Pick<CaseSummary, 'id' | 'service' | 'status' | 'createdAt' | 'submittedAt'> &
  Partial<Pick<CaseView, 'serviceVersion' | 'pins' | 'receivedAt'>> & {
    state?: { history?: { step: string; at: string }[] } | null;
  };

/** When each event a deadline may count from happened in a case: the case's own instants and the steps it entered. */
export function eventTimes(c: ImpactCase) {
  const events: Record<string, string | null | undefined> = {
    started: c.createdAt,
    submitted: c.submittedAt,
    received: c.receivedAt ?? c.submittedAt,
  };
  for (const entry of c.state?.history ?? []) events[entry.step] ??= entry.at;
  return events;
}

/**
 * The deadlines of cases in flight that a calendar change would move: each
 * deadline computed on the calendar as published and as edited, kept when they differ.
 * Computed in the browser with the runtime, the same arithmetic the server uses.
 */
export function impactOf(
  cases: readonly ImpactCase[],
  services: ReadonlyMap<string, Service>,
  published: Calendar,
  edited: Calendar,
): Impact[] {
  // Without a version calendarFor() builds afresh: a draft keeps the version it was copied from,
  // and must never stand in the cache for that published version.
  const before = calendarFor({ ...published, version: undefined });
  const after = calendarFor({ ...edited, version: undefined });
  const moved: Impact[] = [];
  for (const c of cases) {
    if (c.status !== 'in-progress') continue;
    const service = services.get(`${c.service}@${c.serviceVersion}`) ?? services.get(c.service);
    if (!service || (c.pins?.calendar?.id ?? service.calendar) !== edited.id) continue;
    const events = eventTimes(c);
    for (const deadline of service.deadlines) {
      try {
        const a = dueDate(before, deadline, events)?.toISOString() ?? null;
        const b = dueDate(after, deadline, events)?.toISOString() ?? null;
        if (a !== b) moved.push({ case: c.id, deadline: deadline.id, before: a, after: b });
      } catch {
        // a deadline outside the calendar's years cannot move within them
      }
    }
  }
  return moved;
}
