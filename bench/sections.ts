import { problemOf, type BenchOptions, type BenchRow } from './row';

type Section = { bench: (options: BenchOptions) => Promise<BenchRow[]> };

/** Every section of `npm run bench`, each a module exporting `bench(options)`. */
export const SECTIONS: [string, () => Promise<Section>][] = [
  ['deadlines', () => import('./deadlines')],
  ['rules', () => import('./rulesOptimization')],
  ['submission', () => import('./submission')],
  ['impact', () => import('./impact')],
  ['scale', () => import('./scale')],
  ['designer', () => import('./designerPreview')],
  ['first-load', () => import('./firstLoad')],
];

export interface SectionResult {
  name: string;
  rows: BenchRow[];
  seconds: number;
  /** the error a failing section threw, or the rows that break the bench's rules */
  failure?: string;
}

/** Runs the named sections (all when none are named) one after another; a section that fails is reported, not hidden. */
export async function runSections(only: string[], options: BenchOptions): Promise<SectionResult[]> {
  const unknown = only.filter((name) => !SECTIONS.some(([n]) => n === name));
  if (unknown.length) throw new Error(`no bench section ${unknown.join(', ')}`);
  const results: SectionResult[] = [];
  for (const [name, load] of SECTIONS) {
    if (only.length && !only.includes(name)) continue;
    const started = performance.now();
    try {
      const rows = await (await load()).bench(options);
      const problems = rows.map(problemOf).filter(Boolean);
      results.push({
        name,
        rows,
        seconds: (performance.now() - started) / 1000,
        ...(problems.length ? { failure: problems.join('; ') } : {}),
      });
    } catch (error) {
      results.push({
        name,
        rows: [],
        seconds: (performance.now() - started) / 1000,
        failure: String((error as Error).stack ?? error),
      });
    }
  }
  return results;
}
