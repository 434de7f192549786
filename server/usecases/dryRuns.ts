import { calendarFor } from '../../runtime/calendar/index';
import { ChecklistError, evaluateChecklist } from '../../runtime/checklists/index';
import { DURATION_UNITS, type DurationUnit } from '../../runtime/definitions/index';
import { evaluateFacts } from '../../runtime/rules/evaluate';
import { resolveFacts } from '../../runtime/rules/facts';
import { AppError, invalid, notFound } from '../errors';
import type { Context } from './context';
import { checkGivenFacts } from './givenFacts';

async function published<K extends 'ruleset' | 'checklist' | 'calendar'>(
  ctx: Context,
  kind: K,
  id: string,
  version?: number,
) {
  if (version !== undefined) {
    const definition = await ctx.store.at(kind, id, version);
    if (!definition) throw notFound(`no ${kind} "${id}" version ${version}`);
    return definition;
  }
  const latest = await ctx.store.latest(kind, id);
  if (!latest) throw notFound(`no ${kind} "${id}"`);
  return latest.definition;
}

/**
 * Evaluates the latest published ruleset (or a given version) against facts the caller gives:
 * a dry run, nothing is stored. Given facts override the ones the ruleset would resolve.
 */
export async function evaluateRuleset(
  ctx: Context,
  id: string,
  input: { facts: Record<string, unknown>; data?: Record<string, unknown>; now?: string; version?: number },
) {
  const ruleset = await published(ctx, 'ruleset', id, input.version);
  const wrongFacts = checkGivenFacts(ruleset, input.facts);
  if (wrongFacts.length) throw invalid('the given facts do not fit the ruleset', wrongFacts);
  const resolved = resolveFacts(ruleset, { data: input.data ?? {}, input: input.facts, now: input.now ?? ctx.now() });
  const result = await evaluateFacts(ruleset, { ...resolved, ...input.facts });
  return {
    ruleset: ruleset.id,
    version: ruleset.version,
    events: result.events,
    rules: result.rules,
    facts: result.facts,
  };
}

export async function evaluateChecklistDryRun(
  ctx: Context,
  id: string,
  input: { answers: Record<string, unknown>; from?: string; lang?: 'kk' | 'ru' | 'en'; version?: number },
) {
  const checklist = await published(ctx, 'checklist', id, input.version);
  const ruleset = await published(ctx, 'ruleset', checklist.ruleset);
  const calendarDef = await published(ctx, 'calendar', checklist.roadmap.calendar);
  const calendar = calendarFor(calendarDef);
  const from = input.from ? calendar.toInstant(input.from) : undefined;
  try {
    const result = await evaluateChecklist(checklist, ruleset, input.answers, { calendar, from, lang: input.lang });
    return { checklist: checklist.id, version: checklist.version, ...result };
  } catch (error) {
    if (error instanceof ChecklistError)
      throw new AppError(422, 'INVALID', error.message, [{ path: '/answers', message: error.message }]);
    throw error;
  }
}

/** The due instant of a term on a calendar: `from` is a date or date-time, local to the calendar when it has no zone. */
export async function computeDeadline(
  ctx: Context,
  id: string,
  query: { from?: unknown; amount?: unknown; unit?: unknown; version?: unknown },
) {
  const errors = [];
  const from = typeof query.from === 'string' && query.from !== '' ? query.from : undefined;
  const amount = Number(query.amount);
  const unit = query.unit as DurationUnit;
  if (!from) errors.push({ path: '/from', message: 'is required: a date (YYYY-MM-DD) or a date-time' });
  if (typeof query.amount !== 'string' || !/^[0-9]+$/.test(query.amount) || amount > 100000) {
    errors.push({ path: '/amount', message: 'must be an integer from 0 to 100000' });
  }
  if (!DURATION_UNITS.includes(unit))
    errors.push({ path: '/unit', message: `must be one of: ${DURATION_UNITS.join(', ')}` });
  const version = query.version === undefined ? undefined : Number(query.version);
  if (version !== undefined && !Number.isInteger(version))
    errors.push({ path: '/version', message: 'must be an integer' });
  if (errors.length) throw invalid('the deadline query is not valid', errors);
  const calendar = calendarFor(await published(ctx, 'calendar', id, version));
  try {
    const start = calendar.toInstant(from as string);
    const due = calendar.add(start, { amount, unit });
    return {
      calendar: calendar.id,
      version: calendar.version,
      from: start.toISOString(),
      receivedAt: calendar.receivedAt(start).toISOString(),
      amount,
      unit,
      due: due.toISOString(),
      dueDate: calendar.localDate(due),
    };
  } catch (error) {
    if (error instanceof RangeError)
      throw new AppError(422, 'INVALID', error.message, [{ path: '/from', message: error.message }]);
    throw error;
  }
}
