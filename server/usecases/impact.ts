import type { Transaction } from 'sequelize';
import {
  changedDays,
  deadlineShifts,
  windowUntouched,
  type ChangedDays,
  type StoredDeadline,
} from '../../runtime/calendar/impact';
import { calendarFor, WorkingCalendar } from '../../runtime/calendar/index';
import { validate, type Calendar, type Deadline, type Ruleset, type Service } from '../../runtime/definitions/index';
import { compiledFor } from '../../runtime/rules/compile';
import { invalid } from '../errors';
import type { DeadlineReplayRow } from '../repositories/caseReplay';
import type { CaseReplay } from './caseEvaluation';
import type { Context } from './context';
import type { DefinitionStore } from './definitionStore';

export interface CalendarImpactRow {
  case: string;
  service: string;
  deadline: string;
  before: string | null;
  after: string | null;
}

export interface RulesetImpactRow {
  case: string;
  before: string[];
  after: string[];
  /** the candidate could not be evaluated on this case's facts */
  error?: string;
}

/** A candidate must be a valid definition of the kind and id it previews: else 422 with pointers into it. */
function candidate<T>(definition: unknown, kind: string, id: string): T {
  const errors = validate(definition).map((e) => ({ path: `/definition${e.path}`, message: e.message }));
  const body = definition as { kind?: unknown; id?: unknown };
  if (body?.kind !== kind) errors.push({ path: '/definition/kind', message: `must be "${kind}"` });
  if (body?.id !== id) errors.push({ path: '/definition/id', message: `must be "${id}", the id previewed` });
  if (errors.length) throw invalid(`the candidate ${kind} is not valid`, errors);
  // without a version it is cached by identity, never mistaken for a published version
  return { ...(definition as object), version: undefined } as T;
}

/** The step's limit as a deadline counted from entering it, so the calendar replays it like the others. */
function stepDeadline(step: NonNullable<CaseReplay['step']>): StoredDeadline['deadline'] {
  return {
    id: `step:${step.id}`,
    label: { en: step.id },
    amount: step.limit?.amount,
    unit: step.limit?.unit,
    from: '__stepEntered',
  } as Deadline;
}

/** Every published version of calendar `id` up to `upTo`: what the stored deadlines may have been computed on. */
export async function publishedCalendars(
  store: DefinitionStore,
  id: string,
  upTo: number | null,
  t?: Transaction,
): Promise<WorkingCalendar[]> {
  const calendars: WorkingCalendar[] = [];
  for (let version = 1; upTo !== null && version <= upTo; version++) {
    const definition = await store.at('calendar', id, version, t);
    if (definition) calendars.push(calendarFor(definition));
  }
  return calendars;
}

/**
 * The deadlines of the cases in flight on calendar `id` that `working` moves: each stored
 * deadline, and each current step's limit (as `step:<id>`), recomputed on it. The one
 * computation behind both the preview and the publish (calendarPublish.ts); `changed` lets it
 * skip the deadlines whose window no changed day touches.
 */
export async function calendarShifts(
  ctx: Pick<Context, 'store' | 'caseReplay'>,
  id: string,
  working: WorkingCalendar,
  changed?: ChangedDays,
  t?: Transaction,
): Promise<CalendarImpactRow[]> {
  const { store } = ctx;
  const services = new Map<string, Service | null>();
  const key = (row: DeadlineReplayRow) => `${row.service}@${row.serviceVersion}`;

  const rows: CalendarImpactRow[] = [];
  for await (const page of ctx.caseReplay.onCalendar(id)) {
    for (const row of page) {
      if (!services.has(key(row)))
        services.set(key(row), await store.at('service', row.service, row.serviceVersion, t));
    }
    const stored: StoredDeadline[] = [];
    const serviceOfCase = new Map<string, string>();
    let lastKey = '';
    let service: Service | null | undefined;
    for (const row of page) {
      // cases come in id order, mostly runs of one service version: look it up once a run
      const rowKey = key(row);
      if (rowKey !== lastKey) {
        service = services.get(rowKey);
        lastKey = rowKey;
      }
      if (!service) continue;
      serviceOfCase.set(row.id, row.service);
      // Dates, not ISO strings: the calendar would parse each string with luxon, a hundred times slower;
      // made only for a case with a deadline the change may move (most are not: no changed day in their window)
      let at: Record<string, Date> | undefined;
      const dates = () => {
        if (at) return at;
        at = {};
        for (const event in row.events) at[event] = new Date(row.events[event] as string);
        return at;
      };
      for (const deadline of service.deadlines) {
        const due = row.deadlines.find((d) => d.id === deadline.id)?.due ?? null;
        if (changed && !deadline.periodic && due !== null) {
          const anchor = deadline.from ?? deadline.before;
          const event = anchor === undefined ? undefined : row.events[anchor];
          if (typeof event === 'string' && windowUntouched(working, changed, Date.parse(event), Date.parse(due)))
            continue;
        }
        // a periodic date counts from the move that computed it
        const events = deadline.periodic ? { ...dates(), from: new Date(row.evaluatedAt) } : dates();
        stored.push({ case: row.id, deadline, events, due });
      }
      const step = row.step as CaseReplay['step'];
      if (step?.limit) {
        const entered = Date.parse(step.enteredAt);
        if (changed && step.due !== null && windowUntouched(working, changed, entered, Date.parse(step.due))) continue;
        stored.push({
          case: row.id,
          deadline: stepDeadline(step),
          events: { __stepEntered: new Date(entered) },
          due: step.due,
        });
      }
    }
    // what is left is exactly what deadlineShifts would not skip: it recomputes them all
    for (const shift of deadlineShifts(stored, working)) {
      rows.push({
        case: shift.case,
        service: serviceOfCase.get(shift.case) ?? '',
        deadline: shift.deadline,
        before: shift.before,
        after: shift.after,
      });
    }
  }
  return rows;
}

/**
 * Which deadlines of the cases in flight on calendar `id` would move if `definition` were
 * published: exactly what publishing it moves (see calendarPublish.ts).
 */
export async function calendarImpact(
  ctx: Pick<Context, 'store' | 'caseReplay' | 'definitions'>,
  id: string,
  definition: unknown,
): Promise<CalendarImpactRow[]> {
  const calendar = candidate<Calendar>(definition, 'calendar', id);
  let working: WorkingCalendar;
  try {
    working = WorkingCalendar.fromDefinition(calendar);
  } catch (error) {
    throw invalid('the candidate calendar cannot be built', [{ path: '/definition', message: String(error) }]);
  }
  const previous = await publishedCalendars(ctx.store, id, await ctx.definitions.latestVersion('calendar', id));
  return calendarShifts(ctx, id, working, changedDays(previous, working));
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Which cases in flight pinned to ruleset `id` would fire other events under `definition`:
 * the compiled candidate replayed on the facts each case was last evaluated on.
 */
export async function rulesetImpact(
  ctx: Pick<Context, 'caseReplay'>,
  id: string,
  definition: unknown,
): Promise<RulesetImpactRow[]> {
  const ruleset = candidate<Ruleset>(definition, 'ruleset', id);
  let compiled: ReturnType<typeof compiledFor>;
  try {
    compiled = compiledFor(ruleset);
  } catch (error) {
    throw invalid('the candidate ruleset cannot be compiled', [
      { path: '/definition/rules', message: (error as Error).message },
    ]);
  }
  const rows: RulesetImpactRow[] = [];
  for await (const page of ctx.caseReplay.pinnedTo(id)) {
    for (const row of page) {
      if (!row.rulesetIds.includes(id)) continue;
      const last = row.last as CaseReplay['rulesets'][string] | null;
      if (!last) continue;
      try {
        const after = compiled.run(last.facts).map((e) => e.type);
        if (!sameList(last.events, after)) rows.push({ case: row.id, before: last.events, after });
      } catch (error) {
        rows.push({ case: row.id, before: last.events, after: [], error: (error as Error).message });
      }
    }
  }
  return rows;
}
