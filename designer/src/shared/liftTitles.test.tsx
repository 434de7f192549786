// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Form } from '../../../runtime/definitions/types';
import { FormView } from './FormView';
import { liftTitles, withTitles } from './liftTitles';

const FORMS = path.resolve(import.meta.dirname, '../../../definitions/forms');
const forms = readdirSync(FORMS).map((file) => JSON.parse(readFileSync(path.join(FORMS, file), 'utf8')) as Form);

afterEach(cleanup);

function html(form: Form, lang: 'kk' | 'ru' | 'en', titlesInUiSchema: boolean): string {
  const { container, unmount } = render(
    <FormView form={form} lang={lang} data={{}} onChange={() => undefined} titlesInUiSchema={titlesInUiSchema} />,
  );
  const out = container.innerHTML;
  unmount();
  return out;
}

describe('liftTitles()', () => {
  it('moves field and section titles to ui:title, leaving tables and option labels', () => {
    const { schema, titles } = liftTitles({
      type: 'object',
      title: 'Form',
      properties: {
        name: { type: 'string', title: 'Name', oneOf: [{ const: 'a', title: 'A' }] },
        rows: { type: 'array', title: 'Rows', items: { type: 'object', properties: { c: { title: 'C' } } } },
      },
    });
    expect(schema).toEqual({
      type: 'object',
      properties: {
        name: { type: 'string', oneOf: [{ const: 'a', title: 'A' }] },
        rows: { type: 'array', title: 'Rows', items: { type: 'object', properties: { c: {} } } },
      },
    });
    expect(titles).toEqual({
      'ui:title': 'Form',
      name: { 'ui:title': 'Name' },
      rows: { items: { c: { 'ui:title': 'C' } } },
    });
    expect(withTitles({ name: { 'ui:widget': 'textarea' } }, titles)).toEqual({
      'ui:title': 'Form',
      name: { 'ui:widget': 'textarea', 'ui:title': 'Name' },
      rows: { items: { c: { 'ui:title': 'C' } } },
    });
  });

  it.each(forms.map((form) => [form.id, form] as const))(
    'renders %s exactly as with the titles in the schema',
    (_, form) => {
      for (const lang of ['kk', 'ru', 'en'] as const) expect(html(form, lang, true)).toBe(html(form, lang, false));
    },
  );
});
