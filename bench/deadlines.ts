import { readFileSync } from 'node:fs';
import { buildDayTable } from '../runtime/calendar/dayTable';
import { dueDate, WorkingCalendar } from '../runtime/calendar/index';
import type { Calendar, Deadline } from '../runtime/definitions/types';
import type { BenchRow } from './row';

const COUNT = 200_000;
const ROUNDS = 5;
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

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function time(run: () => number): { ms: number; sink: number } {
  const started = performance.now();
  const sink = run();
  return { ms: performance.now() - started, sink };
}

/**
 * Working-day deadlines per second through dueDate (event parsing, after-hours shift, table
 * lookups, Date allocation) against the bare prefix-table lookup it is built on, on the same
 * 200k instants (2025–2030, any time of day, terms of 1–30 working days).
 */
export async function benchDeadlines(): Promise<BenchRow[]> {
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

  // Warm-up, so both loops run JIT-compiled.
  for (let round = 0; round < 3; round++) {
    viaDueDate(20_000);
    viaTable(20_000);
  }
  // One 200k pass takes tens of milliseconds, so a single pass mostly measures whatever else the
  // machine (or the collector) did meanwhile: alternate the two loops and compare their medians.
  const dueRuns: number[] = [];
  const bareRuns: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const due = time(() => viaDueDate(COUNT));
    const bare = time(() => viaTable(COUNT));
    if (Number.isNaN(due.sink + bare.sink)) throw new Error('benchmark produced no results');
    dueRuns.push(due.ms);
    bareRuns.push(bare.ms);
  }
  const due = { ms: median(dueRuns) };
  const bare = { ms: median(bareRuns) };

  const value = Math.round(COUNT / (due.ms / 1000));
  const baselineValue = Math.round(COUNT / (bare.ms / 1000));
  return [
    {
      name: 'dueDate, working-days (kz calendar)',
      value,
      unit: 'deadlines/s',
      baseline: 'bare prefix-table lookup',
      baselineValue,
      ratio: value / baselineValue,
      target: '≥ 50% of the table',
    },
  ];
}

/** The entry bench/run.ts calls. */
export const bench = benchDeadlines;
