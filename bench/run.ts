import { runSections } from './sections';

// `npm run bench [-- section …] [-- --tiny]`: every figure is the median of alternating passes, with its
// spread, beside its baseline from the same run (or marked absolute). `--tiny`: the smoke sizes of `npm test`.
const args = process.argv.slice(2);
const tiny = args.includes('--tiny');
const results = await runSections(
  args.filter((a) => !a.startsWith('--')),
  { tiny },
);
for (const r of results) {
  console.error(`[bench] ${r.name}: ${r.seconds.toFixed(1)} s${r.failure ? ` FAILED: ${r.failure}` : ''}`);
}

const format = (n: number | undefined) =>
  n === undefined ? '—' : n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toPrecision(3);
const spread = (s: number | undefined) => (s === undefined ? '' : ` ±${(s * 100).toFixed(0)}%`);
const rows = results.flatMap((r) => r.rows);
const table = [
  ['figure', 'median', 'unit', 'passes', 'baseline (same run)', 'baseline median', 'ratio', 'target'],
  ...rows.map((r) => [
    r.name,
    `${format(r.value)}${spread(r.spread)}`,
    r.unit,
    r.passes === undefined ? '—' : String(r.passes),
    r.absolute ? 'absolute' : (r.baseline ?? '—'),
    r.absolute ? '—' : `${format(r.baselineValue)}${spread(r.baselineSpread)}`,
    r.ratio === undefined ? '—' : `${(r.ratio * 100).toFixed(1)}%`,
    r.target ?? '—',
  ]),
];
const widths = table[0]!.map((_, c) => Math.max(...table.map((row) => row[c]!.length)));
for (const [i, row] of table.entries()) {
  console.log(`| ${row.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`);
  if (i === 0) console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
}
process.exit(results.some((r) => r.failure) ? 1 : 0);
