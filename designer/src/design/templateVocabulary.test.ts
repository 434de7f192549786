import { describe, expect, it } from 'vitest';
import { ALLOWED_HELPERS } from '../../../runtime/documents/helperNames';
import { formVariables, HELPER_EXAMPLES } from './templateVocabulary';

describe('the template vocabulary', () => {
  it('when a form has a section and a choice, then fields are dotted paths and the choice offers its label helper', () => {
    const variables = formVariables([
      {
        key: 'address',
        type: 'section',
        label: { en: 'Address' },
        fields: [{ key: 'city', type: 'text', label: { en: 'City' } }],
      },
      {
        key: 'relation',
        type: 'choice',
        label: { en: 'Relation' },
        options: [{ value: 'child', label: { en: 'Child', ru: 'Ребёнок' } }],
      },
    ]);
    expect(variables).toEqual([
      { expression: '{{data.address.city}}', label: { en: 'City' } },
      { expression: '{{data.relation}}', label: { en: 'Relation' }, choice: '{{option data.relation "relation"}}' },
    ]);
  });

  it('then every allowed helper has one example that calls it', () => {
    for (const helper of ALLOWED_HELPERS) expect(HELPER_EXAMPLES[helper]).toContain(helper);
  });
});
