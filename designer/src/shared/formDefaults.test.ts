import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getDefaultFormState, type RJSFSchema } from '@rjsf/utils';
import { describe, expect, it } from 'vitest';
import type { Dictionary, Form } from '../../../runtime/definitions/types';
import { formJsonSchema, withDictionaries } from '../../../runtime/forms/index';
import { NO_DEFAULTS } from './formDefaults';
import { createFormValidator } from './formValidator';

const validator = createFormValidator();

const read = <T>(folder: string): T[] => {
  const dir = new URL(`../../../definitions/${folder}`, import.meta.url).pathname;
  return readdirSync(dir).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as T);
};
// the forms as the Desk renders them: dictionary choices filled from the shipped dictionaries
const dictionaries = new Map(read<Dictionary>('dictionaries').map((d) => [d.id, d]));
const forms = read<Form>('forms').map((f) => withDictionaries(f, dictionaries));

/** The leaves of a value that are answers: anything but empty objects and arrays. */
function answers(value: unknown, at = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => answers(v, `${at}/${i}`));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => answers(v, `${at}/${k}`));
  return value === undefined ? [] : [`${at} = ${JSON.stringify(value)}`];
}

describe('forms never answer for the person', () => {
  it.each(forms.map((f) => [f.id, f] as const))('when %s opens empty, then no field has a value', (_id, form) => {
    const schema = formJsonSchema(form, 'ru') as RJSFSchema;
    const state = getDefaultFormState(validator, schema, undefined, schema, false, NO_DEFAULTS);
    expect(answers(state)).toEqual([]);
  });

  it("when @rjsf's own defaults were used, then the survey would record the first answer nobody chose (what NO_DEFAULTS prevents)", () => {
    const survey = forms.find((f) => f.id === 'archival-reference-survey') as Form;
    const schema = formJsonSchema(survey, 'ru') as RJSFSchema;
    expect(answers(getDefaultFormState(validator, schema, undefined, schema, false, {}))).toContain(
      '/q1 = "not-satisfied"',
    );
  });
});
