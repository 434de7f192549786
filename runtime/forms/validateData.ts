import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { Field, Form } from '../definitions/types';
import { escapePointer } from '../definitions/ajv';
import { resolveLabel, uiWord, type Language } from '../i18n';
import { THE_DATA, keywordMessage, keywordRank, quoted } from './dataMessages';
import { IIN_FORMATS } from './iin';
import { formJsonSchema } from './toJsonSchema';
import { withoutNulls } from './settle';
import { dictionaryKey } from './dictionaries';
import { failedChecks } from './checks';
import { missingWhileShown } from './shownRequired';
import { withoutHiddenFields } from './visibility';
import {
  childFields,
  isBooleanDetailsField,
  isChoiceField,
  isFieldOf,
  isListField,
  isTableField,
} from '../definitions/fieldGuards';

/** One problem in submitted data: a JSON pointer into the data, and a message naming the field by its label. */
export interface DataError {
  path: string;
  message: string;
}

// A data URL, or a reference to a file the server already stores ("file:<id>").
const DATA_URL = /^(data:[a-z]+\/[a-z0-9.+-]+(;[a-z0-9-]+=[^;,]+)*(;base64)?,.*|file:[A-Za-z0-9._-]+)$/is;

const byVersion = new Map<string, ValidateFunction>();
const drafts = new WeakMap<Form, ValidateFunction>();

/**
 * Validates case data against its form: the server answers 422 with these, in the asker's language.
 * The values of hidden fields are ignored; properties the form lacks are errors.
 * One validator is compiled per form id@version (drafts, which have no
 * version, per form object).
 */
export function validateFormData(form: Form, data: unknown, lang: Language = 'en'): DataError[] {
  const validator = validatorFor(form);
  // null is "asked and left empty" (see settle.ts): for validation, the same as not given
  const visible = withoutHiddenFields(form, withoutNulls(data));
  const errors = validator(visible) ? [] : describeErrors(form, validator.errors ?? [], lang);
  // the cross-field checks, on fields whose own value is well-formed (one message per field)
  const failing = new Set(errors.map((e) => e.path));
  const missing = missingWhileShown(form, visible, lang).filter((m) => !failing.has(m.path));
  for (const m of missing) failing.add(m.path);
  const checks = failedChecks(form, visible, lang).filter((c) => !failing.has(c.path));
  return [...errors, ...missing, ...checks.map(({ path, message }) => ({ path, message }))].sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
  );
}

const SIZE_KEYWORDS = new Set(['additionalProperties', 'maxLength', 'maxItems', 'maxProperties']);

/** More values than any form holds: data beyond it is refused before the validator walks it. */
export const MAX_DATA_VALUES = 10_000;

/**
 * Checks data saved as a draft against its form for what only grows it: keys the form lacks,
 * text over its maxLength, more rows than maxRows, more values than any form holds. A draft may
 * still be incomplete or hold a mistyped IIN: those wait for the submit, which shows them on the fields.
 */
export function validateDraftData(form: Form, data: unknown, lang: Language = 'en'): DataError[] {
  let values = 0;
  const stack: unknown[] = [data];
  while (stack.length) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    for (const child of Object.values(value)) {
      if (++values > MAX_DATA_VALUES)
        return [{ path: '/', message: `holds more than ${MAX_DATA_VALUES} values: no form has that many` }];
      stack.push(child);
    }
  }
  const validator = validatorFor(form);
  if (validator(withoutHiddenFields(form, withoutNulls(data)))) return [];
  return describeErrors(
    form,
    (validator.errors ?? []).filter((e) => SIZE_KEYWORDS.has(e.keyword)),
    lang,
  );
}

function validatorFor(form: Form): ValidateFunction {
  // a form resolved with dictionaries is also keyed by their versions; with a draft dictionary, not cached by key
  const dictionaries = dictionaryKey(form);
  const key =
    form.version === undefined || dictionaries === null
      ? undefined
      : `${form.id}@${form.version}${dictionaries ? `+${dictionaries}` : ''}`;
  const cached = key === undefined ? drafts.get(form) : byVersion.get(key);
  if (cached) return cached;
  const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
  addFormats(ajv, ['date', 'date-time', 'email']);
  for (const [name, check] of Object.entries(IIN_FORMATS)) ajv.addFormat(name, { type: 'string', validate: check });
  ajv.addFormat('data-url', { type: 'string', validate: DATA_URL });
  const validator = ajv.compile(formJsonSchema(form, 'en'));
  if (key === undefined) drafts.set(form, validator);
  else byVersion.set(key, validator);
  return validator;
}

/** ajv's errors, one per data location (the most telling one), in the order of their paths. */
function describeErrors(form: Form, errors: readonly ErrorObject[], lang: Language): DataError[] {
  const byPath = new Map<string, { error: DataError; rank: number }>();
  for (const error of errors) {
    // if/allOf/anyOf only repeat what the keywords inside them already said.
    if (['if', 'allOf', 'anyOf'].includes(error.keyword)) continue;
    const missing = error.keyword === 'required' ? error.params.missingProperty : error.params.additionalProperty;
    const path =
      error.keyword === 'required' || error.keyword === 'additionalProperties'
        ? `${error.instancePath}/${escapePointer(String(missing))}`
        : error.instancePath;
    const rank = keywordRank(error.keyword);
    const existing = byPath.get(path);
    // Several keywords may fail on one value (a pattern and a format, every option of a choice): say it once.
    if (!existing || rank < existing.rank)
      byPath.set(path, { error: { path: path || '/', message: messageFor(form, error, path, lang) }, rank });
  }
  return [...byPath.values()]
    .map(({ error }) => error)
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function messageFor(form: Form, error: ErrorObject, path: string, lang: Language): string {
  const field = fieldAt(form, path, lang);
  const name = field
    ? quoted(field.label, lang)
    : path === ''
      ? THE_DATA[lang]
      : quoted(path.split('/').pop() ?? '', lang);
  return keywordMessage(
    {
      keyword: error.keyword,
      params: error.params as Record<string, unknown>,
      value: error.data,
      optionValues: isChoiceField(field?.field) ? field.field.options?.map((o) => String(o.value)) : undefined,
      fieldType: isListField(field?.field) ? field.field.itemType : field?.field.type,
    },
    name,
    lang,
  );
}

/** The field a data pointer lands on, with its label in `lang` (rows named by number). */
function fieldAt(form: Form, pointer: string, lang: Language): { field: Field; label: string } | undefined {
  const tokens = pointer
    .split('/')
    .slice(1)
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
  let fields: readonly Field[] = form.fields;
  let found: { field: Field; label: string } | undefined;
  let prefix = '';
  for (const token of tokens) {
    if (isTableField(found?.field) && /^\d+$/.test(token)) {
      prefix = `${found.label}, ${uiWord('row', lang)} ${Number(token) + 1}: `;
      continue;
    }
    if (isFieldOf(found?.field, 'multi-choice', 'list') && /^\d+$/.test(token)) continue;
    if (found && isBooleanDetailsField(found.field)) {
      if (token === 'details')
        return { field: found.field, label: prefix + resolveLabel(found.field.details.label, lang) };
      if (token === 'answer') continue;
      return undefined;
    }
    const field = fields.find((f) => f.key === token && f.type !== 'info');
    if (!field) return undefined;
    found = { field, label: prefix + resolveLabel(field.label, lang) };
    fields = childFields(field);
  }
  return found;
}
