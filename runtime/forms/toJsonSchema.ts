import type { Field, Form } from '../definitions/types';
import { resolveLabel, type Language } from '../i18n';
import { isSectionField } from '../definitions/fieldGuards';
import { fieldTypeOf } from './fieldTypes';
import type { JsonSchema } from './jsonSchema';
import { ROWS, conditionTarget, type Steps } from './visibility';
import { judgedAtRuntime } from './shownRequired';

const DRAFT_7 = 'http://json-schema.org/draft-07/schema#';
export { TIME_PATTERN, listItemField } from './fieldTypes';

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
  return isSectionField(field) && field.fields.some((f) => !f.visibleWhen && isRequired(f));
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
  return 'default' in field && field.default !== undefined ? { ...schema, default: field.default } : schema;
}

function typedSchema(form: Form, field: Field, at: Steps, lang: Language, placed: Placed[]): JsonSchema {
  return fieldTypeOf(field).jsonSchema(field, {
    title: resolveLabel(field.label, lang),
    lang,
    always: field.required === true && !field.visibleWhen,
    object: (fields, inner) =>
      objectOf(form, fields, inner === 'rows' ? [...at, field.key, ROWS] : [...at, field.key], lang, placed),
    schemaOf: (other) => typedSchema(form, other, at, lang, placed),
  });
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
  const extra = fieldTypeOf(field).presence(field);
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
