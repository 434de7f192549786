import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Field, Form } from '../../definitions/types';
import { formJsonSchema } from '../toJsonSchema';
import { formUiSchema } from '../toUiSchema';
import type { Dictionary } from '../../definitions/types';
import { withDictionaries } from '../dictionaries';
import { importJsonSchemaForm } from './fromJsonSchema';
import { isContainerField } from '../../definitions/fieldGuards';

const dir = new URL('../../../definitions/forms/', import.meta.url);
const dictionaryDir = new URL('../../../definitions/dictionaries/', import.meta.url);
const dictionaries = new Map(
  readdirSync(dictionaryDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(new URL(f, dictionaryDir), 'utf8')) as Dictionary)
    .map((d) => [d.id, d]),
);
// exported as the server exports them: a dictionary's options written into the choice
const forms = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => withDictionaries(JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as Form, dictionaries));

/** The shape of the data a form asks for: keys and kinds, nested (a yes/no with details holds {answer, details}). */
const shape = (fields: readonly Field[]): unknown[] =>
  fields
    .filter((f) => f.type !== 'info')
    .map((f) => [
      f.key,
      isContainerField(f)
        ? shape(f.fields)
        : f.type === 'boolean-details'
          ? [
              ['answer', 'boolean'],
              ['details', 'textarea'],
            ]
          : f.type,
    ]);

describe('a shipped form exported as JSON Schema + uiSchema and imported back', () => {
  it('finds the shipped forms', () => expect(forms.length).toBeGreaterThan(5));

  for (const form of forms) {
    it(`${form.id}: asks for data of the same shape, and reports what it lost`, () => {
      const back = importJsonSchemaForm({
        id: form.id,
        schema: formJsonSchema(form, 'en'),
        uiSchema: formUiSchema(form, 'en'),
      });
      expect(back.outcome).not.toBe('not');
      const normalise = (fields: readonly Field[]): unknown[] =>
        shape(fields).map((entry) =>
          Array.isArray(entry) && entry[1] === 'boolean-details' ? [entry[0], 'section'] : entry,
        );
      expect(normalise(back.form.fields)).toEqual(normalise(form.fields));
    });
  }
});
