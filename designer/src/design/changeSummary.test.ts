import { describe, expect, it } from 'vitest';
import { sampleDefinitions } from '../../../runtime/definitions/sampleDefinitions';
import { changeSummary } from './changeSummary';
import { childFields, type FieldDraft } from '../../../runtime/definitions/fieldGuards';

describe('changeSummary()', () => {
  it('when a form gains, loses and changes fields (one inside a section), then each is named by its dotted key', () => {
    const before = sampleDefinitions().form;
    const after = structuredClone(before);
    after.fields = after.fields.filter((f) => f.key !== 'documentsComplete');
    after.fields.push({ key: 'phone', type: 'phone', label: { en: 'Phone' } });
    (childFields(after.fields[2])[0] as FieldDraft).label = { en: 'Town' };
    after.title = { en: 'Permit application (2026)' };
    expect(changeSummary(before, after)).toEqual({
      collections: [
        { collection: 'fields', added: ['phone'], removed: ['documentsComplete'], changed: ['address.city'] },
      ],
      properties: ['title'],
    });
  });

  it('when a process gets a new step and a changed action, then steps lists both; an unchanged definition lists nothing', () => {
    const before = sampleDefinitions().process;
    const after = structuredClone(before);
    after.steps[1]!.actions![0]!.label = { en: 'Issue the permit' };
    after.steps.push({ id: 'archived', type: 'end', label: { en: 'Archived' }, outcome: 'completed' });
    expect(changeSummary(before, after).collections).toEqual([
      { collection: 'steps', added: ['archived'], removed: [], changed: ['review'] },
    ]);
    expect(changeSummary(before, structuredClone(before))).toEqual({ collections: [], properties: [] });
  });

  it('when it is the first publication, then every rule is added', () => {
    const ruleset = sampleDefinitions().ruleset;
    const summary = changeSummary(undefined, ruleset);
    expect(summary.collections.find((c) => c.collection === 'rules')?.added).toEqual(['incomplete']);
    expect(summary.collections.find((c) => c.collection === 'events')?.added).toEqual(['documents-missing']);
  });
});
