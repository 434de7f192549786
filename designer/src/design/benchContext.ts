import type { FactContext } from '../../../runtime/rules';

/** The parts of GET /api/cases/:id a rule evaluation reads. */
export interface CaseForBench {
  channel: string;
  status: string;
  data?: Record<string, unknown>;
  forms?: Record<string, Record<string, unknown>>;
  submittedAt?: string | null;
  receivedAt?: string | null;
  deadlines?: { id: string; due: string | null }[];
  outcomes?: { events?: { type: string }[] }[];
}

/** Form data as the server evaluates a submit: the data, now, the channel (runtime resolveFacts does the rest). */
export function formDataContext(data: unknown, channel: string | undefined, now: Date): FactContext {
  return { data, now, ...(channel ? { channel } : {}) };
}

/**
 * An existing case as the server evaluates it on an action: its data with its extra forms' data laid over it
 * (server effectiveData), the case's dates and status, its deadlines and the events fired so far.
 */
export function caseContext(record: CaseForBench, now: Date): FactContext {
  const data: Record<string, unknown> = { ...record.data };
  for (const form of Object.values(record.forms ?? {})) Object.assign(data, form);
  return {
    data,
    now,
    channel: record.channel,
    case: {
      channel: record.channel,
      status: record.status,
      submittedAt: record.submittedAt ?? null,
      receivedAt: record.receivedAt ?? null,
    },
    deadlines: Object.fromEntries((record.deadlines ?? []).map((d) => [d.id, d.due])),
    events: [...new Set((record.outcomes ?? []).flatMap((o) => (o.events ?? []).map((e) => e.type)))],
  };
}
