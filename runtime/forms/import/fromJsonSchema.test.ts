import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validate } from '../../definitions/validate';
import { importJsonSchemaForm, type ImportResult } from './fromJsonSchema';
import { defaultOf } from '../../definitions/fieldGuards';

interface Sample {
  name: string;
  schema: unknown;
  uiSchema: unknown;
}
const { samples } = JSON.parse(readFileSync(new URL('./rjsf-samples.json', import.meta.url), 'utf8')) as {
  samples: Sample[];
};

/** Keywords whose whole value is carried when they are: their inner keys are data, not keywords. */
const WHOLE = new Set([
  'enum',
  'enumNames',
  'oneOf',
  'anyOf',
  'required',
  '$ref',
  'ui:order',
  'ui:enumNames',
  'ui:options',
]);

/** Every key of a document, as a JSON pointer, with the key itself. */
function keysOf(node: unknown, at = ''): { pointer: string; key: string }[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => keysOf(item, `${at}/${i}`));
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) => {
    const pointer = `${at}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
    return [{ pointer, key }, ...keysOf(value, pointer)];
  });
}

/** Keys neither carried nor reported: a dropped pointer covers its subtree, a carried one itself (or its subtree for WHOLE keywords). */
function unaccounted(result: ImportResult, where: 'schema' | 'uiSchema', document: unknown): string[] {
  const carried = result.carried.filter((c) => c.startsWith(`${where}:`)).map((c) => c.slice(where.length + 1));
  const dropped = result.dropped.filter((d) => d.in === where).map((d) => d.pointer);
  const under = (p: string, q: string) => p === q || p.startsWith(`${q}/`);
  return keysOf(document)
    .filter(({ pointer }) => {
      if (dropped.some((d) => d === '' || under(pointer, d))) return false;
      if (carried.includes(pointer)) return false;
      return !carried.some((c) => WHOLE.has(c.split('/').pop() ?? '') && under(pointer, c));
    })
    .map(({ pointer }) => pointer);
}

const results = samples.map((s) => ({
  sample: s,
  result: importJsonSchemaForm({ id: 'imported', schema: s.schema, uiSchema: s.uiSchema }),
}));

describe('importing rjsf-style JSON Schema + uiSchema forms', () => {
  it('has a corpus of samples worth something', () => {
    expect(samples.length).toBeGreaterThanOrEqual(25);
  });

  for (const { sample, result } of results) {
    describe(sample.name, () => {
      it('accounts for every keyword: carried over, or reported with its pointer and a reason', () => {
        expect(unaccounted(result, 'schema', sample.schema)).toEqual([]);
        expect(unaccounted(result, 'uiSchema', sample.uiSchema)).toEqual([]);
        for (const d of result.dropped) expect(d.reason.length).toBeGreaterThan(10);
      });

      it('gives a valid Qagida form whenever a field came over', () => {
        if (result.outcome !== 'not') expect(validate(result.form)).toEqual([]);
      });
    });
  }

  it('reports how many import fully, partly and not at all', () => {
    const count = (o: string) => results.filter((r) => r.result.outcome === o).length;
    const tally = { full: count('full'), partly: count('partly'), not: count('not') };
    console.log('rjsf samples:', samples.length, tally);
    console.log(
      results
        .map((r) => `${r.result.outcome.padEnd(6)} ${r.sample.name} (${r.result.dropped.length} dropped)`)
        .join('\n'),
    );
    expect(tally.full + tally.partly + tally.not).toBe(samples.length);
    expect(tally.full).toBeGreaterThanOrEqual(3);
  });

  it('when a sample states only what Qagida forms can say, then it imports fully', () => {
    for (const name of [
      'Simple, stated within Qagida',
      'References, stated within Qagida',
      'Schema dependencies (conditional)',
    ]) {
      const found = results.find((r) => r.sample.name === name);
      expect({ name, dropped: found?.result.dropped }).toEqual({ name, dropped: [] });
    }
  });

  it('when a dependency shows a field for some values, then the field is visible only for them', () => {
    const pets = results.find((r) => r.sample.name === 'Schema dependencies (dynamic oneOf)')?.result;
    const age = pets?.form.fields.find((f) => f.key === 'howOldIsYourPet');
    expect(age).toMatchObject({
      type: 'number',
      required: true,
      visibleWhen: { field: 'doYouHaveAnyPets', in: ['Yes: One'] },
    });
    expect(pets?.renamed.map((r) => r.from)).toContain('Do you have any pets?');
  });

  it('when a default value fits its field, then it is carried, not dropped', () => {
    const simple = results.find((r) => r.sample.name === 'Simple')?.result;
    expect(simple?.carried).toContain('schema:/properties/firstName/default');
    expect(defaultOf(simple?.form.fields.find((f) => f.key === 'firstName'))).toBe('Chuck');
  });

  it('when the uiSchema orders the fields, then the form keeps that order', () => {
    const ordering = results.find((r) => r.sample.name === 'Ordering')?.result;
    expect(ordering?.form.fields.map((f) => f.key)).toEqual(['firstName', 'lastName', 'bio', 'age', 'password']);
  });
});
