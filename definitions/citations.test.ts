import { describe, expect, it } from 'vitest';
import { loadDefinitionFiles } from '../scripts/validate/loadDefinitionFiles';
import type { Definition, Field, Source } from '../runtime/definitions/types';
import { childFields } from '../runtime/definitions/fieldGuards';

const DOCS = new Set([
  ...['000', '001', '002', '003', '004', '004/S1', '004/S3', '004/S4'],
  // the labour law the kz calendar cites
  ...['kz-holidays-law', 'kz-labour-code', 'kz-transfer-2025', 'kz-constitution-2026'],
  // the classifier and the law the shipped dictionaries cite
  ...['kz-kato', 'kz-identity-documents-law', 'kz-budget-laws'],
]);
const definitions = loadDefinitionFiles(['definitions', 'rules']).map((f) => ({
  file: f.file,
  definition: f.body as Definition,
}));

/** Every regulatory element of a definition, as [pointer, element]. Fields inherit their section's citation. */
function regulatoryElements(d: Definition): [string, { source?: Source }][] {
  switch (d.kind) {
    case 'service':
      return [
        ...d.deadlines.map((x, i) => [`/deadlines/${i}`, x] as [string, { source?: Source }]),
        ...d.documents.map((x, i) => [`/documents/${i}`, x] as [string, { source?: Source }]),
        ...d.complaints.map((x, i) => [`/complaints/${i}`, x] as [string, { source?: Source }]),
        ...d.channels.map((x, i) => [`/channels/${i}`, x] as [string, { source?: Source }]),
      ];
    case 'process':
      return d.steps.map((x, i) => [`/steps/${i}`, x]);
    case 'ruleset':
      return d.rules.map((x, i) => [`/rules/${i}`, x]);
    case 'checklist':
      return d.items.map((x, i) => [`/items/${i}`, x]);
    case 'form': {
      const uncited: [string, { source?: Source }][] = [];
      const walk = (fields: readonly Field[], at: string, cited: boolean) =>
        fields.forEach((field, i) => {
          const here = cited || field.source !== undefined;
          if (!here && field.type !== 'info') uncited.push([`${at}/${i}`, field]);
          walk(childFields(field), `${at}/${i}/fields`, here);
        });
      walk(d.fields, '/fields', false);
      return uncited;
    }
    default:
      return [];
  }
}

describe('the shipped definitions cite their regulations', () => {
  it('finds the shipped content', () => {
    expect(definitions.length).toBeGreaterThan(50);
  });

  it.each(definitions.map((d) => [d.file, d.definition] as const))('%s: every element cites {doc, para}', (_, d) => {
    const uncited = [
      // a calendar cites per fact; an act is the text cited, not an encoding of it
      ...(d.kind === 'calendar' || d.kind === 'act' || d.source ? [] : ['/source']),
      ...regulatoryElements(d)
        .filter(([, element]) => element.source === undefined)
        .map(([pointer]) => pointer),
    ];
    expect(uncited).toEqual([]);
  });

  it('cites only the acts in shared/domain/sources and the labour law of the calendar', () => {
    const docs = new Set<string>();
    JSON.stringify(
      definitions.map((d) => d.definition),
      (key, value: unknown) => {
        if (key === 'source' && value && typeof value === 'object') docs.add((value as Source).doc);
        return value;
      },
    );
    expect([...docs].filter((doc) => !DOCS.has(doc))).toEqual([]);
  });
});
