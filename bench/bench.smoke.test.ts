import { describe, expect, it } from 'vitest';
import { problemOf } from './row';
import { runSections, SECTIONS } from './sections';

/**
 * `npm run bench` at tiny sizes, every section, so the bench cannot rot unseen: each section must
 * run to the end (its own checks included: the previews find what the stored cases imply, the
 * baseline function agrees with the ruleset, submissions answer 2xx) and give rows that keep the
 * bench's rules (a baseline from the same run or marked absolute; rates above zero). The figures
 * themselves mean nothing at these sizes and are not asserted.
 */
describe('the bench, at tiny sizes', () => {
  for (const [name] of SECTIONS) {
    it(`when the ${name} section runs, then it gives rows that keep the bench's rules`, async () => {
      const [result] = await runSections([name], { tiny: true });
      expect(result?.failure, result?.failure).toBeUndefined();
      expect(result?.rows.length).toBeGreaterThan(0);
      for (const row of result?.rows ?? []) expect(problemOf(row), row.name).toBeUndefined();
    }, 240_000);
  }
});
