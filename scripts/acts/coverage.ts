import { actCoverage } from '../../runtime/definitions/coverage';
import type { Definition } from '../../runtime/definitions/types';
import { loadDefinitionFiles } from '../validate/loadDefinitionFiles';

// `npm run coverage:acts [--missing]`: per act, the paragraphs encoded, marked not applicable, or missing.
const definitions = loadDefinitionFiles(['definitions', 'rules'])
  .filter((f) => f.parseError === undefined)
  .map((f) => f.body as Definition);
const showMissing = process.argv.includes('--missing');
let missing = 0;
for (const act of actCoverage(definitions)) {
  const { encoded, notApplicable, total } = act.counts;
  missing += act.counts.missing;
  console.log(
    `${act.doc.padEnd(7)} ${String(total).padStart(3)} paragraphs: ${encoded} encoded, ${notApplicable} not applicable, ${act.counts.missing} missing`,
  );
  if (showMissing) {
    const ids = act.paragraphs.filter((p) => p.status === 'missing').map((p) => p.id);
    if (ids.length) console.log(`        missing: ${ids.join(' ')}`);
  }
}
console.log(
  missing === 0 ? 'every paragraph is encoded or marked' : `${missing} paragraph(s) neither encoded nor marked`,
);
