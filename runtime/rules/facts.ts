import { DateTime } from 'luxon';
import type { FactDeclaration, Ruleset } from '../definitions/types';
import { atPointer } from './jsonPointer';

/** One entry of a case's history: what happened, when, and who did it. */
export interface CaseHistoryEntry {
  type: string;
  at: string;
  actor?: string;
  [key: string]: unknown;
}

export interface CaseFacts {
  channel?: string;
  status?: string;
  submittedAt?: string | null;
  receivedAt?: string | null;
  history?: CaseHistoryEntry[];
  [key: string]: unknown;
}

/** Everything an evaluation may read its facts from. */
export interface FactContext {
  /** the form data */
  data?: unknown;
  case?: CaseFacts;
  /** checklist answers by item id */
  answers?: Record<string, unknown>;
  /** given by the caller: an action's parameters, a dry run */
  input?: Record<string, unknown>;
  /** due instants of the case's deadlines, by deadline id */
  deadlines?: Record<string, string | null>;
  now: Date | string;
  /** IANA zone in which `now` is written, so that its day is the local day (default UTC) */
  timeZone?: string;
  channel?: string;
  /** types of the events fired so far in the case */
  events?: string[];
}

/** The facts of a ruleset for one evaluation: its declared facts plus now, channel and events. */
export function resolveFacts(ruleset: Pick<Ruleset, 'facts'>, context: FactContext): Record<string, unknown> {
  const facts: Record<string, unknown> = {
    now: nowText(context.now, context.timeZone),
    channel: context.channel ?? context.case?.channel,
    events: context.events ?? [],
  };
  for (const declaration of ruleset.facts) facts[declaration.id] = factValue(declaration, context, facts.now);
  return facts;
}

function factValue(fact: FactDeclaration, context: FactContext, now: unknown): unknown {
  const path = fact.path ?? '';
  switch (fact.from) {
    case 'data':
      return atPointer(context.data, path);
    case 'case':
      return atPointer(context.case, path);
    case 'answers':
      return atPointer(context.answers, path);
    case 'count': {
      const list = atPointer(context.data, path);
      if (list === undefined || list === null) return 0;
      return Array.isArray(list) ? list.length : undefined;
    }
    case 'deadline': {
      const id = fact.deadline ?? fact.id;
      return context.deadlines && Object.hasOwn(context.deadlines, id) ? context.deadlines[id] : undefined;
    }
    case 'input':
      if (fact.path !== undefined) return atPointer(context.input, fact.path);
      return context.input && Object.hasOwn(context.input, fact.id) ? context.input[fact.id] : undefined;
    case 'now':
      return now;
    default:
      return undefined;
  }
}

const HOUR_MS = 3_600_000;

/**
 * Per time zone, an hour in which its offset does not change, with that offset and how luxon ends
 * the text ("+05:00", or "Z" in UTC). Every submission asks for a new "now", and luxon took ~80 µs
 * a submit to format it (the profile of the submit path); inside a known hour it is a Date's ISO
 * text shifted by the offset. Luxon still decides the offset and the suffix, once an hour per zone.
 */
const zoneHours = new Map<string, { hour: number; offsetMs: number; suffix: string }>();

function nowText(now: Date | string, timeZone: string | undefined): string {
  const date = typeof now === 'string' ? new Date(now) : now;
  const ms = date.getTime();
  if (Number.isNaN(ms)) throw new Error(`FactContext: "now" is not a valid instant: ${String(now)}`);
  if (!timeZone) return date.toISOString();
  const hour = Math.floor(ms / HOUR_MS);
  const known = zoneHours.get(timeZone);
  if (known && known.hour === hour) return new Date(ms + known.offsetMs).toISOString().slice(0, 23) + known.suffix;
  const local = DateTime.fromMillis(ms, { zone: timeZone });
  if (!local.isValid) throw new Error(`FactContext: unknown time zone "${timeZone}"`);
  const text = local.toISO() ?? date.toISOString();
  // the offset at both ends of the hour: equal, it holds for the whole hour (no zone moves twice within one)
  const first = DateTime.fromMillis(hour * HOUR_MS, { zone: timeZone }).offset;
  const last = DateTime.fromMillis((hour + 1) * HOUR_MS - 1, { zone: timeZone }).offset;
  if (first === last && Number.isInteger(first) && /^\d{4}-/.test(text))
    zoneHours.set(timeZone, { hour, offsetMs: first * 60_000, suffix: text.slice(23) });
  return text;
}
