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

/** The last local time text made: every ruleset of one evaluation asks for the same instant and zone. */
let lastNow: { ms: number; timeZone: string; text: string } | undefined;

function nowText(now: Date | string, timeZone: string | undefined): string {
  const date = typeof now === 'string' ? new Date(now) : now;
  const ms = date.getTime();
  if (Number.isNaN(ms)) throw new Error(`FactContext: "now" is not a valid instant: ${String(now)}`);
  if (!timeZone) return date.toISOString();
  if (lastNow && lastNow.ms === ms && lastNow.timeZone === timeZone) return lastNow.text;
  const local = DateTime.fromJSDate(date, { zone: timeZone });
  if (!local.isValid) throw new Error(`FactContext: unknown time zone "${timeZone}"`);
  const text = local.toISO() ?? date.toISOString();
  lastNow = { ms, timeZone, text };
  return text;
}
