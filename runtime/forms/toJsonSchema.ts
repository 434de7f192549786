import type { Field, Form } from '../definitions/types';
import { resolveLabel, type Language } from '../i18n';
import type { JsonSchema, JsonSchemaType } from './jsonSchema';
import { ROWS, conditionTarget, type Steps } from './visibility';
import { judgedAtRuntime } from './shownRequired';

const DRAFT_7 = 'http://json-schema.org/draft-07/schema#';
const TWELVE_DIGITS = '^\\d{12}$';
// Shape only (digits, spaces, brackets, dashes, optional +): which numbers a service accepts is not ours to say.
const PHONE_PATTERN = '^\\+?[0-9][0-9 ()-]{5,19}$';
// hours and minutes, seconds optional: rjsf's time input sends "HH:MM:00", people type "HH:MM"
export const TIME_PATTERN = '^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$';

/** A visibleWhen rule, placed on the object that holds both the condition and the field. */
interface Placed {
  owner: string[];
  rule: JsonSchema;
}

/**
 * The JSON Schema (draft 7) of a form's data, titled in `lang`, for @rjsf/core
 * and ajv alike. Fields with a visibleWhen are required only while visible
 * (an if/then on the nearest object holding both); their values while hidden
 * are dropped by withoutHiddenFields() before validation.
 */
export function formJsonSchema(form: Form, lang: Language): JsonSchema {
  const placed: Placed[] = [];
  const root: JsonSchema = { $schema: DRAFT_7, ...objectOf(form, form.fields, [], lang, placed) };
  root.title = resolveLabel(form.title, lang);
  const description = resolveLabel(form.description, lang);
  if (description) root.description = description;
  for (const { owner, rule } of placed) {
    const target = schemaAt(root, owner);
    target.allOf = [...(target.allOf ?? []), rule];
  }
  return root;
}

/** Whether a field must be present whenever it is shown; a section is when anything inside always is. */
export function isRequired(field: Field): boolean {
  if (field.required) return true;
  return field.type === 'section' && childrenOf(field).some((f) => !f.visibleWhen && isRequired(f));
}

function objectOf(form: Form, fields: readonly Field[], at: Steps, lang: Language, placed: Placed[]): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const field of fields) {
    if (field.type === 'info') continue;
    properties[field.key] = fieldSchema(form, field, at, lang, placed);
    if (field.visibleWhen) {
      // a range or an `or` is judged by the runtime (missingWhileShown), which the schema cannot say
      if (isRequired(field) && !judgedAtRuntime(field.visibleWhen)) placed.push(visibilityRule(form, field, at));
    } else if (isRequired(field)) {
      required.push(field.key);
    }
  }
  return { type: 'object', properties, ...(required.length ? { required } : {}), additionalProperties: false };
}

function fieldSchema(form: Form, field: Field, at: Steps, lang: Language, placed: Placed[]): JsonSchema {
  const schema = typedSchema(form, field, at, lang, placed);
  // the start value, for exporters and readers; what is prefilled comes from initialData()
  return field.default === undefined ? schema : { ...schema, default: field.default };
}

function typedSchema(form: Form, field: Field, at: Steps, lang: Language, placed: Placed[]): JsonSchema {
  const title = resolveLabel(field.label, lang);
  const unit = resolveLabel(field.unit, lang);
  const always = field.required && !field.visibleWhen;
  switch (field.type) {
    case 'text':
    case 'textarea':
      return withPresence(
        {
          type: 'string',
          title,
          ...defined({ minLength: field.minLength, maxLength: field.maxLength, pattern: field.pattern }),
        },
        always ? field : undefined,
      );
    case 'email':
      return { type: 'string', title, format: 'email' };
    case 'phone':
      return { type: 'string', title, pattern: PHONE_PATTERN };
    case 'number':
    case 'integer':
      return {
        type: field.type,
        title: unit ? `${title}, ${unit}` : title,
        ...defined({ minimum: field.min, maximum: field.max }),
      };
    case 'date':
      return { type: 'string', title, format: 'date' };
    case 'datetime':
      return { type: 'string', title, format: 'date-time' };
    case 'time':
      return { type: 'string', title, pattern: TIME_PATTERN };
    case 'list': {
      const item = listItemField(field);
      return {
        type: 'array',
        title,
        items: typedSchema(form, item, at, lang, placed),
        ...defined({ minItems: field.minItems ?? (always ? 1 : undefined), maxItems: field.maxItems }),
      };
    }
    case 'boolean':
      return { type: 'boolean', title };
    case 'boolean-details':
      return yesNoWithDetails(field, title, lang);
    case 'choice':
      return { ...choiceType(field), title, oneOf: options(field, lang) };
    case 'multi-choice':
      return {
        type: 'array',
        title,
        items: { ...choiceType(field), oneOf: options(field, lang) },
        uniqueItems: true,
        ...(always ? { minItems: 1 } : {}),
      };
    case 'iin':
    case 'bin':
    case 'iin-bin':
      return { type: 'string', title, format: field.type, pattern: TWELVE_DIGITS };
    case 'file':
      return { type: 'string', title, format: 'data-url' };
    case 'table': {
      const minItems = field.minRows ?? (always ? 1 : undefined);
      return {
        type: 'array',
        title,
        items: objectOf(form, field.fields ?? [], [...at, field.key, ROWS], lang, placed),
        ...defined({ minItems, maxItems: field.maxRows }),
      };
    }
    case 'section':
      return { title, ...objectOf(form, field.fields ?? [], [...at, field.key], lang, placed) };
    case 'info':
      return {};
  }
}

function yesNoWithDetails(field: Field, title: string, lang: Language): JsonSchema {
  const schema: JsonSchema = {
    type: 'object',
    title,
    properties: {
      answer: { type: 'boolean', title },
      details: { type: 'string', title: resolveLabel(field.details?.label, lang) },
    },
    required: ['answer'],
    additionalProperties: false,
  };
  if (field.details?.requiredWhen !== undefined) {
    schema.if = { properties: { answer: { const: field.details.requiredWhen } }, required: ['answer'] };
    schema.then = { properties: { details: { minLength: 1 } }, required: ['details'] };
  }
  return schema;
}

/** One value of a list: a field of the list's item type with the list's limits, unlabelled. */
export function listItemField(list: Field): Field {
  const { min, max, minLength, maxLength, pattern } = list;
  return {
    key: list.key,
    type: (list.itemType ?? 'text') as Field['type'],
    label: list.label,
    ...defined({ min, max, minLength, maxLength, pattern }),
  } as Field;
}

/** The JSON type of a choice's values: text unless the options are numbers or yes/no. */
function choiceType(field: Field): JsonSchema {
  const types = new Set(
    (field.options ?? []).map((o) =>
      typeof o.value === 'number' ? (Number.isInteger(o.value) ? 'integer' : 'number') : typeof o.value,
    ),
  );
  if (types.has('number')) types.delete('integer');
  const list = [...types] as JsonSchemaType[];
  return { type: list.length === 1 ? list[0] : list.length ? list : 'string' };
}

function options(field: Field, lang: Language): JsonSchema[] {
  return (field.options ?? []).map((option) => ({ const: option.value, title: resolveLabel(option.label, lang) }));
}

/** What "given" means beyond present: a required text is not blank, a required list not empty. */
function presence(field: Field): JsonSchema | undefined {
  switch (field.type) {
    case 'text':
    case 'textarea':
      return { minLength: Math.max(1, field.minLength ?? 0) };
    case 'multi-choice':
    case 'list':
      return { minItems: Math.max(1, field.minItems ?? 0) };
    case 'table':
      return { minItems: Math.max(1, field.minRows ?? 0) };
    default:
      return undefined;
  }
}

function withPresence(schema: JsonSchema, requiredField: Field | undefined): JsonSchema {
  const extra = requiredField ? presence(requiredField) : undefined;
  return extra ? { ...schema, ...extra } : schema;
}

/** if (condition holds) then (the field is required), on the nearest object holding both. */
function visibilityRule(form: Form, field: Field, at: Steps): Placed {
  const when = field.visibleWhen;
  if (!when) throw new Error(`visibilityRule: field "${field.key}" has no visibleWhen`);
  const target = conditionTarget(form, at, when);
  const conditionSteps = target.field?.type === 'boolean-details' ? [...target.steps, 'answer'] : target.steps;
  const owner = commonPrefix(at, conditionSteps.slice(0, -1));

  const leaf: JsonSchema =
    when.equals !== undefined
      ? { const: when.equals }
      : when.in !== undefined
        ? { enum: when.in }
        : { not: { enum: [null, '', [], {}] } };
  let condition = leaf;
  for (const key of conditionSteps.slice(owner.length).reverse()) {
    condition = { properties: { [key]: condition }, required: [key] };
  }

  const fieldSteps = [...at, field.key].slice(owner.length);
  const extra = presence(field);
  let then: JsonSchema = { required: [field.key], ...(extra ? { properties: { [field.key]: extra } } : {}) };
  const above = fieldSteps.slice(0, -1);
  for (let i = above.length - 1; i >= 0; i--) {
    const step = above[i] as string;
    if (step === ROWS) then = { items: then };
    else if (above[i + 1] === ROWS) then = { properties: { [step]: then } };
    else then = { properties: { [step]: then }, required: [step] };
  }
  return { owner, rule: { if: condition, then } };
}

function commonPrefix(a: Steps, b: Steps): string[] {
  const prefix: string[] = [];
  for (let i = 0; i < Math.min(a.length, b.length) && a[i] === b[i]; i++) prefix.push(a[i] as string);
  return prefix;
}

function schemaAt(root: JsonSchema, steps: Steps): JsonSchema {
  let schema = root;
  for (const step of steps) {
    const next = step === ROWS ? schema.items : schema.properties?.[step];
    if (typeof next !== 'object') throw new Error(`formJsonSchema: no object at ${steps.join('.')}`);
    schema = next;
  }
  return schema;
}

function defined<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function childrenOf(field: Field): readonly Field[] {
  return (field.fields ?? []) as Field[];
}
