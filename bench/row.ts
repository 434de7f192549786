/** One figure of the benchmark table, beside the baseline measured in the same run. */
export interface BenchRow {
  name: string;
  /** the median over the passes */
  value: number;
  unit: string;
  /** half the range of the passes over the median (0.05: ±5%); absent for counts */
  spread?: number;
  /** what the figure is compared with, measured in the same run by the same method */
  baseline?: string;
  baselineValue?: number;
  baselineSpread?: number;
  /** value / baselineValue, or as the figure defines it */
  ratio?: number;
  target?: string;
  /** no baseline: the figure stands alone (a time against a target, a count), and says so */
  absolute?: true;
  /** how many passes the medians are of */
  passes?: number;
}

/** What every section is given: `tiny` shrinks sizes and passes for the smoke run in `npm test`. */
export interface BenchOptions {
  tiny: boolean;
}

export interface Measured {
  median: number;
  spread: number;
  passes: number[];
}

export function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function measured(passes: number[]): Measured {
  const m = median(passes);
  return { median: m, spread: m === 0 ? 0 : (Math.max(...passes) - Math.min(...passes)) / 2 / m, passes };
}

/**
 * The one method of the bench: the contenders take turns, pass after pass (A B C, B C A, C A B, …:
 * the order rotates so none always runs first or right after a collection), and each reports the
 * median of its passes and their spread. On a shared machine a single pass mostly measures what else
 * ran meanwhile; alternating puts both sides of a comparison under the same conditions.
 * A pass returns its own figure (ms, operations per second, …).
 */
export async function alternate<K extends string>(
  contenders: Record<K, () => number | Promise<number>>,
  options: { passes: number; warmup?: number },
): Promise<Record<K, Measured>> {
  const names = Object.keys(contenders) as K[];
  for (let w = 0; w < (options.warmup ?? 1); w++) for (const name of names) await contenders[name]();
  const results = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<K, number[]>;
  for (let pass = 0; pass < options.passes; pass++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(pass + k) % names.length] as K;
      results[name].push(await contenders[name]());
    }
  }
  return Object.fromEntries(names.map((n) => [n, measured(results[n])])) as Record<K, Measured>;
}

/** Milliseconds one call of `run` takes. */
export async function timeMs(run: () => unknown): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/** A row comparing `value` with `baseline`, both measured by `alternate` in the same run. */
export function compared(
  row: Omit<BenchRow, 'value' | 'spread' | 'baselineValue' | 'baselineSpread' | 'ratio' | 'passes'>,
  value: Measured,
  baseline: Measured,
  ratio = value.median / baseline.median,
): BenchRow {
  return {
    ...row,
    value: value.median,
    spread: value.spread,
    baselineValue: baseline.median,
    baselineSpread: baseline.spread,
    ratio,
    passes: value.passes.length,
  };
}

/** A row with no baseline: it says so. */
export function absolute(row: Omit<BenchRow, 'value' | 'spread' | 'absolute' | 'passes'>, value: Measured): BenchRow {
  return { ...row, value: value.median, spread: value.spread, passes: value.passes.length, absolute: true };
}

/** A row breaks the bench's rule when it has neither a baseline from the same run nor says it is absolute. */
export function problemOf(row: BenchRow): string | undefined {
  const hasBaseline = row.baseline !== undefined && row.baselineValue !== undefined;
  if (hasBaseline === Boolean(row.absolute)) return `${row.name}: give a baseline from the same run, or say absolute`;
  if (!Number.isFinite(row.value)) return `${row.name}: no figure (${row.value})`;
  if (row.unit.endsWith('/s') && !(row.value > 0)) return `${row.name}: nothing done (${row.value} ${row.unit})`;
  return undefined;
}
