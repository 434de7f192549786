import type { Field, Form } from '../definitions/types';
import { resolveLabel, uiWord, type Language } from '../i18n';
import { ROWS, isFieldVisible, isObject, type Steps } from './visibility';

/** An @rjsf/core uiSchema, as plain JSON: the runtime does not depend on React. */
export type UiSchema = { [key: string]: unknown };

/** Choices with this many options or fewer show as radio buttons, more as a drop-down. */
const RADIO_LIMIT = 4;

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
  const placeholder = resolveLabel(field.placeholder, lang);
  if (help) ui['ui:help'] = help;
  // computed by the form (computeValues): shown, never typed
  if (field.computed) ui['ui:readonly'] = true;
  if (placeholder) ui['ui:placeholder'] = placeholder;
  const yesNo = {
    'ui:widget': 'radio',
    'ui:enumNames': [uiWord('yes', lang), uiWord('no', lang)],
    'ui:options': { inline: true },
  };
  switch (field.type) {
    case 'textarea':
      ui['ui:widget'] = 'textarea';
      break;
    case 'phone':
      ui['ui:options'] = { inputType: 'tel' };
      break;
    case 'iin':
    case 'bin':
    case 'iin-bin':
      ui['ui:options'] = { inputType: 'text', inputMode: 'numeric' };
      break;
    case 'boolean':
      Object.assign(ui, yesNo);
      break;
    case 'boolean-details': {
      const value = readOwn(data, row, at, field.key);
      const answer = isObject(value) ? value.answer : undefined;
      const requiredWhen = field.details?.requiredWhen;
      const details: UiSchema = { 'ui:widget': 'textarea' };
      // The details matter only for the answer that requires them; hide them for the other answer.
      if (requiredWhen !== undefined && typeof answer === 'boolean' && answer !== requiredWhen)
        details['ui:widget'] = 'hidden';
      Object.assign(ui, { 'ui:order': ['answer', 'details'], answer: { ...yesNo, 'ui:label': false }, details });
      break;
    }
    case 'choice':
      ui['ui:widget'] = (field.options?.length ?? 0) <= RADIO_LIMIT ? 'radio' : 'select';
      break;
    case 'multi-choice':
      ui['ui:widget'] = 'checkboxes';
      break;
    case 'time':
      ui['ui:widget'] = 'time';
      break;
    case 'list':
      ui['ui:options'] = { orderable: false };
      if (field.itemType === 'time') ui.items = { 'ui:widget': 'time' };
      if (field.itemType === 'phone') ui.items = { 'ui:options': { inputType: 'tel' } };
      break;
    case 'file':
      if (field.accept?.length) ui['ui:options'] = { accept: field.accept.join(',') };
      break;
    case 'section':
      Object.assign(ui, objectUi(form, field.fields ?? [], [...at, field.key], lang, data, row));
      break;
    case 'table': {
      const rows = readOwn(data, row, at, field.key);
      // rjsf takes one uiSchema for every row; visibility inside rows is judged on the first row given.
      const first = Array.isArray(rows) ? rows[0] : undefined;
      ui.items = objectUi(
        form,
        field.fields ?? [],
        [...at, field.key, ROWS],
        lang,
        first === undefined ? undefined : data,
        first,
      );
      ui['ui:options'] = { orderable: false };
      break;
    }
    default:
      break;
  }
  return ui;
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
