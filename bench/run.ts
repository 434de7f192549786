import type { BenchRow } from './row';

// `npm run bench`: every figure beside its baseline from the same run, with the ratio.
// Each section is a module exporting `bench(): Promise<BenchRow[]>`; a section that fails is reported, not hidden.
const sections: [string, () => Promise<{ bench: () => Promise<BenchRow[]> }>][] = [
  ['deadlines', () => import('./deadlines')],
  ['rules', () => import('./rulesOptimization')],
  ['submission', () => import('./submission')],
  ['impact', () => import('./impact')],
  ['scale', () => import('./scale')],
  ['designer', () => import('./designerPreview')],
  ['first-load', () => import('./firstLoad')],
];

const only = process.argv.slice(2);
const rows: BenchRow[] = [];
let failed = false;
for (const [name, load] of sections) {
  if (only.length && !only.includes(name)) continue;
  const started = performance.now();
  try {
    const section = await load();
    rows.push(...(await section.bench()));
    console.error(`[bench] ${name}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    failed = true;
    console.error(`[bench] ${name} failed: ${(error as Error).stack ?? String(error)}`);
  }
}

const format = (n: number | undefined) =>
  n === undefined ? '—' : n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toPrecision(3);
const table = [
  ['figure', 'value', 'unit', 'baseline (same run)', 'baseline value', 'ratio', 'target'],
  ...rows.map((r) => [
    r.name,
    format(r.value),
    r.unit,
    r.baseline ?? '—',
    format(r.baselineValue),
    r.ratio === undefined ? '—' : `${(r.ratio * 100).toFixed(1)}%`,
    r.target ?? '—',
  ]),
];
const widths = table[0]!.map((_, c) => Math.max(...table.map((row) => row[c]!.length)));
for (const [i, row] of table.entries()) {
  console.log(`| ${row.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`);
  if (i === 0) console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
}
process.exit(failed ? 1 : 0);
