import type { ProcessState } from '../../../runtime/process/index';

const asObject = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** The step a history entry entered, in states stored before entries named it `step` (they said `to`). */
const legacyStep = (entry: object): string | undefined =>
  'to' in entry && typeof entry.to === 'string' ? entry.to : undefined;

/** The events deadlines count from: the case's own, and entering each step of its process. */
export function deadlineEvents(
  record: { createdAt: string },
  submittedAt: Date,
  receivedAt: Date,
  /** null for a case whose state was never stored: only its own events count */
  state: Pick<ProcessState, 'status' | 'history'> | null,
): Record<string, Date> {
  const events: Record<string, Date> = {
    started: new Date(record.createdAt),
    submitted: submittedAt,
    received: receivedAt,
  };
  const history = state?.history ?? [];
  for (const entry of history) {
    const step = entry.step ?? legacyStep(entry);
    if (step && entry.at && !(step in events)) events[step] = new Date(entry.at);
  }
  if (state?.status === 'done') events.decided ??= new Date(String(history.at(-1)?.at ?? submittedAt.toISOString()));
  return events;
}

export function normalizeDue(result: unknown): { id: string; due: string | null }[] {
  const toIso = (value: unknown) =>
    value instanceof Date ? value.toISOString() : typeof value === 'string' ? value : null;
  if (Array.isArray(result)) {
    return result.map((entry: Record<string, unknown>) => ({ ...entry, id: String(entry.id), due: toIso(entry.due) }));
  }
  if (result instanceof Map) return [...result.entries()].map(([id, due]) => ({ id: String(id), due: toIso(due) }));
  return Object.entries(asObject(result)).map(([id, due]) => ({ id, due: toIso(asObject(due).due ?? due) }));
}

/** The earliest due instant still ahead of an open case: of its deadlines and its current step's limit. */
export function nextDue(
  deadlines: { due: string | null }[],
  state: Pick<ProcessState, 'status' | 'stepDue'> | null,
): Date | null {
  if (state?.status === 'done') return null;
  const dues = deadlines.map((d) => d.due).filter((d): d is string => d !== null);
  const stepDue = state?.stepDue;
  if (stepDue) dues.push(new Date(stepDue).toISOString());
  if (dues.length === 0) return null;
  return new Date(dues.sort()[0] as string);
}

export const deadlinesById = (deadlines: { id: string; due: string | null }[]) =>
  Object.fromEntries(deadlines.map((d) => [d.id, d.due]));
