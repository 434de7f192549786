/** One figure of the benchmark table, beside the baseline measured in the same run. */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  baseline?: string;
  baselineValue?: number;
  /** value / baselineValue, or as the figure defines it */
  ratio?: number;
  target?: string;
}

/** Runs fn repeatedly for about `ms` milliseconds after a warm-up; returns operations per second. */
export function opsPerSecond(fn: (i: number) => void, ms = 1500): number {
  for (let i = 0; i < 2000; i++) fn(i);
  let count = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < 1000; i++) fn(count++);
    elapsed = performance.now() - start;
  }
  return (count / elapsed) * 1000;
}
