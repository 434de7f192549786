import type { Field, Form } from '../definitions/types';
import { resolveLabel, uiWord, type Language } from '../i18n';
import { fieldTypeOf, type UiSchema } from './fieldTypes';
import { ROWS, isFieldVisible, isObject, type Steps } from './visibility';

export type { UiSchema } from './fieldTypes';

/**
 * The uiSchema for a form in `lang`. Given the data, fields whose visibleWhen
 * does not hold are hidden; info fields (no data of their own) become the
 * description of the field after them, or of their section when last.
 */
export function formUiSchema(form: Form, lang: Language, data?: unknown): UiSchema {
  return objectUi(form, form.fields, [], lang, data, undefined);
}

function objectUi(
  form: Form,
  fields: readonly Field[],
  at: Steps,
  lang: Language,
  data: unknown,
  row: unknown,
): UiSchema {
  const ui: UiSchema = { 'ui:order': fields.filter((f) => f.type !== 'info').map((f) => f.key) };
  let pendingInfo: string[] = [];
  for (const field of fields) {
    if (field.type === 'info') {
      pendingInfo.push([resolveLabel(field.label, lang), resolveLabel(field.help, lang)].filter(Boolean).join('\n\n'));
      continue;
    }
    const fieldUi = fieldUiOf(form, field, at, lang, data, row);
    if (pendingInfo.length) {
      fieldUi['ui:description'] = pendingInfo.join('\n\n');
      pendingInfo = [];
    }
    if (data !== undefined && !isFieldVisible(form, at, field, data, row)) fieldUi['ui:widget'] = 'hidden';
    ui[field.key] = fieldUi;
  }
  if (pendingInfo.length) ui['ui:description'] = pendingInfo.join('\n\n');
  return ui;
}

function fieldUiOf(form: Form, field: Field, at: Steps, lang: Language, data: unknown, row: unknown): UiSchema {
  const ui: UiSchema = {};
  const help = resolveLabel(field.help, lang);
  const placeholder = 'placeholder' in field ? resolveLabel(field.placeholder, lang) : '';
  if (help) ui['ui:help'] = help;
  // computed by the form (computeValues): shown, never typed
  if ('computed' in field && field.computed) ui['ui:readonly'] = true;
  if (placeholder) ui['ui:placeholder'] = placeholder;
  const yesNo = {
    'ui:widget': 'radio',
    'ui:enumNames': [uiWord('yes', lang), uiWord('no', lang)],
    'ui:options': { inline: true },
  };
  const own = fieldTypeOf(field).uiSchema(field, {
    lang,
    value: readOwn(data, row, at, field.key),
    yesNo,
    object: (fields, inner, first) =>
      inner === 'rows'
        ? objectUi(form, fields, [...at, field.key, ROWS], lang, first === undefined ? undefined : data, first)
        : objectUi(form, fields, [...at, field.key], lang, data, row),
  });
  return Object.assign(ui, own);
}

function readOwn(data: unknown, row: unknown, at: Steps, key: string): unknown {
  const rowStart = at.lastIndexOf(ROWS);
  let value: unknown = rowStart >= 0 ? row : data;
  for (const step of [...at.slice(rowStart + 1), key]) {
    if (!isObject(value)) return undefined;
    value = Object.hasOwn(value, step) ? value[step] : undefined;
  }
  return value;
}
