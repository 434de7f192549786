import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { Field, Form } from '../definitions/types';
import { escapePointer } from '../definitions/ajv';
import { resolveLabel, uiWord } from '../i18n';
import { IIN_FORMATS, binProblem, iinOrBinProblem, iinProblem } from './iin';
import { formJsonSchema } from './toJsonSchema';
import { withoutHiddenFields } from './visibility';

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
 * Validates case data against its form: the server answers 422 with these.
 * The values of hidden fields are ignored; properties the form lacks are errors.
 * One validator is compiled per form id@version (drafts, which have no
 * version, per form object).
 */
export function validateFormData(form: Form, data: unknown): DataError[] {
  const validator = validatorFor(form);
  if (validator(withoutHiddenFields(form, data))) return [];
  return describeErrors(form, validator.errors ?? []);
}

const SIZE_KEYWORDS = new Set(['additionalProperties', 'maxLength', 'maxItems', 'maxProperties']);

/** More values than any form holds: data beyond it is refused before the validator walks it. */
export const MAX_DATA_VALUES = 10_000;

/**
 * Checks data saved as a draft against its form for what only grows it: keys the form lacks,
 * text over its maxLength, more rows than maxRows, more values than any form holds. A draft may
 * still be incomplete or hold a mistyped IIN: those wait for the submit, which shows them on the fields.
 */
export function validateDraftData(form: Form, data: unknown): DataError[] {
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
  if (validator(withoutHiddenFields(form, data))) return [];
  return describeErrors(
    form,
    (validator.errors ?? []).filter((e) => SIZE_KEYWORDS.has(e.keyword)),
  );
}

function validatorFor(form: Form): ValidateFunction {
  const key = form.version === undefined ? undefined : `${form.id}@${form.version}`;
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
function describeErrors(form: Form, errors: readonly ErrorObject[]): DataError[] {
  const byPath = new Map<string, { error: DataError; rank: number }>();
  for (const error of errors) {
    // if/allOf/anyOf only repeat what the keywords inside them already said.
    if (['if', 'allOf', 'anyOf'].includes(error.keyword)) continue;
    const missing = error.keyword === 'required' ? error.params.missingProperty : error.params.additionalProperty;
    const path =
      error.keyword === 'required' || error.keyword === 'additionalProperties'
        ? `${error.instancePath}/${escapePointer(String(missing))}`
        : error.instancePath;
    const rank = KEYWORD_RANK.indexOf(error.keyword) === -1 ? KEYWORD_RANK.length : KEYWORD_RANK.indexOf(error.keyword);
    const existing = byPath.get(path);
    // Several keywords may fail on one value (a pattern and a format, every option of a choice): say it once.
    if (!existing || rank < existing.rank)
      byPath.set(path, { error: { path: path || '/', message: messageFor(form, error, path) }, rank });
  }
  return [...byPath.values()]
    .map(({ error }) => error)
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

const KEYWORD_RANK = ['required', 'additionalProperties', 'type', 'format', 'oneOf', 'const', 'enum'];

function messageFor(form: Form, error: ErrorObject, path: string): string {
  const field = fieldAt(form, path);
  const name = field ? `"${field.label}"` : path === '' ? 'The data' : `"${path.split('/').pop() ?? ''}"`;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `${name} is required`;
    case 'additionalProperties':
      return `${name} is not a field of this form`;
    case 'type':
      return `${name} must be ${TYPE_NAMES[String(params.type)] ?? String(params.type)}`;
    case 'format':
      return `${name} ${formatMessage(String(params.format), error.data)}`;
    case 'pattern':
      return field?.field.type && ['iin', 'bin', 'iin-bin'].includes(field.field.type)
        ? `${name} must be 12 digits`
        : `${name} is not in the expected form`;
    case 'minLength':
      return Number(params.limit) <= 1
        ? `${name} must not be empty`
        : `${name} must be at least ${String(params.limit)} characters`;
    case 'maxLength':
      return `${name} must be at most ${String(params.limit)} characters`;
    case 'minimum':
      return `${name} must be at least ${String(params.limit)}`;
    case 'maximum':
      return `${name} must be at most ${String(params.limit)}`;
    case 'minItems':
      return field?.field.type === 'table'
        ? `${name} needs at least ${String(params.limit)} row(s)`
        : `${name} needs at least ${String(params.limit)} choice(s)`;
    case 'maxItems':
      return field?.field.type === 'table'
        ? `${name} allows at most ${String(params.limit)} row(s)`
        : `${name} allows at most ${String(params.limit)} choices`;
    case 'uniqueItems':
      return `${name} lists the same choice twice`;
    case 'oneOf':
    case 'const':
    case 'enum': {
      const options = field?.field.options?.map((o) => o.value);
      return options ? `${name} must be one of: ${options.join(', ')}` : `${name} has a value that is not allowed`;
    }
    default:
      return `${name} ${error.message ?? 'is not valid'}`;
  }
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'yes or no',
  object: 'a group of fields',
  array: 'a list',
};

function formatMessage(format: string, value: unknown): string {
  const text = typeof value === 'string' ? value : '';
  switch (format) {
    case 'iin':
      return `is not a valid IIN: ${iinProblem(text) ?? 'invalid'}`;
    case 'bin':
      return `is not a valid BIN: ${binProblem(text) ?? 'invalid'}`;
    case 'iin-bin':
      return `is not a valid IIN or BIN: ${iinOrBinProblem(text) ?? 'invalid'}`;
    case 'date':
      return 'must be a date (YYYY-MM-DD)';
    case 'date-time':
      return 'must be a date and time (YYYY-MM-DDThh:mm:ssZ)';
    case 'email':
      return 'must be an e-mail address';
    case 'data-url':
      return 'must be an attached file';
    default:
      return `must be in the ${format} format`;
  }
}

/** The field a data pointer lands on, with its label in English (rows named by number). */
function fieldAt(form: Form, pointer: string): { field: Field; label: string } | undefined {
  const tokens = pointer
    .split('/')
    .slice(1)
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
  let fields: readonly Field[] = form.fields;
  let found: { field: Field; label: string } | undefined;
  let prefix = '';
  for (const token of tokens) {
    if (found?.field.type === 'table' && /^\d+$/.test(token)) {
      prefix = `${found.label}, ${uiWord('row', 'en')} ${Number(token) + 1}: `;
      continue;
    }
    if (found?.field.type === 'multi-choice' && /^\d+$/.test(token)) continue;
    if (found?.field.type === 'boolean-details') {
      if (token === 'details')
        return { field: found.field, label: prefix + resolveLabel(found.field.details?.label, 'en') };
      if (token === 'answer') continue;
      return undefined;
    }
    const field = fields.find((f) => f.key === token && f.type !== 'info');
    if (!field) return undefined;
    found = { field, label: prefix + resolveLabel(field.label, 'en') };
    fields = field.fields ?? [];
  }
  return found;
}
