import { describe, expect, it } from 'vitest';
import { actCoverage } from '../runtime/definitions/coverage';
import type { Definition } from '../runtime/definitions/types';
import { loadDefinitionFiles } from '../scripts/validate/loadDefinitionFiles';

const definitions = loadDefinitionFiles(['definitions', 'rules'])
  .filter((f) => f.parseError === undefined)
  .map((f) => f.body as Definition);

describe('the five acts are covered (issue 13)', () => {
  it('when the shipped definitions are measured, then every paragraph of every act is encoded or marked not applicable', () => {
    const missing = actCoverage(definitions).flatMap((act) =>
      act.paragraphs.filter((p) => p.status === 'missing').map((p) => `${act.doc} ${p.id}`),
    );
    expect(missing).toEqual([]);
  });

  it('when a paragraph is marked not applicable, then its reason is given in kk, ru and en', () => {
    const thin = actCoverage(definitions).flatMap((act) =>
      act.paragraphs
        .filter((p) => p.status === 'not-applicable' && !(p.reason.kk && p.reason.ru && p.reason.en))
        .map((p) => `${act.doc} ${p.id}`),
    );
    expect(thin).toEqual([]);
  });
});
