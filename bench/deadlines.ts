import { readFileSync } from 'node:fs';
import { buildDayTable } from '../runtime/calendar/dayTable';
import { dueDate, dueEpochMs, WorkingCalendar } from '../runtime/calendar/index';
import type { Calendar, Deadline } from '../runtime/definitions/types';
import { alternate, compared, timeMs, type BenchOptions, type BenchRow } from './row';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** A small deterministic generator, so runs compare like with like. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Working-day deadlines per second through dueDate (event parsing, after-hours shift, table
 * lookups, Date allocation) against the bare prefix-table lookup it is built on, on the same
 * 200k instants (2025–2030, any time of day, terms of 1–30 working days).
 */
export async function benchDeadlines(options: BenchOptions = { tiny: false }): Promise<BenchRow[]> {
  const COUNT = options.tiny ? 5_000 : 200_000;
  const def = JSON.parse(
    readFileSync(new URL('../definitions/calendars/kz.json', import.meta.url), 'utf8'),
  ) as Calendar;
  const calendar = WorkingCalendar.fromDefinition(def);
  const table = buildDayTable(def);
  const next = random(20_250_217);
  const start = Date.parse('2025-01-01T00:00:00+05:00');
  const span = Date.parse('2030-12-31T00:00:00+05:00') - start;
  const instants = Array.from({ length: COUNT }, () => new Date(start + Math.floor(next() * span)));
  const amounts = Array.from({ length: COUNT }, () => 1 + Math.floor(next() * 30));
  const deadlines: Deadline[] = Array.from({ length: 30 }, (_, i) => ({
    id: `d${i + 1}`,
    label: { en: 'term' },
    amount: i + 1,
    unit: 'working-days',
    from: 'submitted',
  }));
  const events = instants.map((submitted) => ({ submitted }));
  const endOfDay = (18 * 60 + 30) * MINUTE_MS;
  const { prefix, workingDays, midnight, firstDay } = table;

  const viaDueDate = (n: number) => {
    let sink = 0;
    for (let i = 0; i < n; i++) {
      const due = dueDate(
        calendar,
        deadlines[(amounts[i] as number) - 1] as Deadline,
        events[i] as { submitted: Date },
      );
      sink += due ? due.getTime() % 1000 : 0;
    }
    return sink;
  };
  // The bulk callers' API (impact replay, overdue sweep): instants in and out as epoch milliseconds.
  const eventsMs = instants.map((submitted) => ({ submitted: submitted.getTime() }));
  const viaEpochMs = (n: number) => {
    let sink = 0;
    for (let i = 0; i < n; i++) {
      const due = dueEpochMs(
        calendar,
        deadlines[(amounts[i] as number) - 1] as Deadline,
        eventsMs[i] as { submitted: number },
      );
      sink += due === null ? 0 : due % 1000;
    }
    return sink;
  };
  // The floor of what a deadline can cost: local day by a fixed UTC+5 shift, no after-hours rule,
  // one prefix read and one k-th-working-day read.
  const viaTable = (n: number) => {
    let sink = 0;
    for (let i = 0; i < n; i++) {
      const day = Math.floor(((instants[i] as Date).getTime() + 5 * 60 * MINUTE_MS) / DAY_MS) - firstDay;
      const k = (prefix[day + 1] as number) + (amounts[i] as number) - 1;
      sink += ((midnight[workingDays[k] as number] as number) + endOfDay) % 1000;
    }
    return sink;
  };

  // One 200k pass takes tens of milliseconds, so a single pass mostly measures whatever else the
  // machine (or the collector) did meanwhile: alternate the two loops (warm-up passes first, so both run
  // JIT-compiled) and compare the medians of their rates.
  let sink = 0;
  const rate = (loop: (n: number) => number) => async () =>
    COUNT / ((await timeMs(() => (sink += loop(COUNT)))) / 1000);
  const runs = await alternate(
    { due: rate(viaDueDate), epochMs: rate(viaEpochMs), table: rate(viaTable) },
    { passes: options.tiny ? 3 : 9, warmup: 3 },
  );
  if (Number.isNaN(sink)) throw new Error('benchmark produced no results');
  return [
    compared(
      {
        // the one-at-a-time API (a Date in, a new Date out): the target is for bulk callers, the row below
        name: 'dueDate, working-days (kz calendar), Dates in and out',
        unit: 'deadlines/s',
        baseline: 'bare prefix-table lookup',
      },
      runs.due,
      runs.table,
    ),
    compared(
      {
        name: 'dueEpochMs, working-days (kz calendar), the bulk API',
        unit: 'deadlines/s',
        baseline: 'bare prefix-table lookup',
        target: '≥ 50% of the table',
      },
      runs.epochMs,
      runs.table,
    ),
  ];
}

/** The entry bench/run.ts calls. */
export const bench = benchDeadlines;
