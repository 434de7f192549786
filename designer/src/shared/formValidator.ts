import type { RJSFSchema, ValidatorType } from '@rjsf/utils';
import { customizeValidator } from '@rjsf/validator-ajv8';
import { IIN_FORMATS } from './runtime';

// Keywords whose values are names (properties) or data (const, enum…), not subschemas.
const NAMED = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas']);
const DATA = new Set(['const', 'enum', 'default', 'examples']);

/** The schema without its titles and descriptions: what a condition's truth depends on. */
export function withoutAnnotations(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutAnnotations);
  if (typeof schema !== 'object' || schema === null) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'title' || key === 'description') continue;
    if (DATA.has(key) || typeof value !== 'object' || value === null) out[key] = value;
    else if (NAMED.has(key) && !Array.isArray(value))
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, withoutAnnotations(sub)]));
    else out[key] = withoutAnnotations(value);
  }
  return out;
}

/**
 * One validator for every form, with the runtime's IIN/BIN checksum formats. @rjsf asks isValid()
 * for each if/then and oneOf while it renders, and the Ajv validator recompiles the whole root schema
 * whenever that schema is a new object: on every keystroke in a label of the designer's preview.
 * Conditions do not read titles, so isValid() gets the root without them, the same object while
 * only titles and descriptions change. Validation proper (validateFormData) still sees the titles.
 */
export function createFormValidator(): ValidatorType {
  const ajv = customizeValidator({ customFormats: { ...IIN_FORMATS } });
  const stripped = new WeakMap<object, RJSFSchema>();
  let last: { key: string; schema: RJSFSchema } | null = null;
  const conditionRoot = (root: RJSFSchema): RJSFSchema => {
    let found = stripped.get(root);
    if (!found) {
      const schema = withoutAnnotations(root) as RJSFSchema;
      const key = JSON.stringify(schema);
      if (last?.key !== key) last = { key, schema };
      found = last.schema;
      stripped.set(root, found);
    }
    return found;
  };
  return {
    validateFormData: (...args) => ajv.validateFormData(...args),
    rawValidation: (schema, formData) => ajv.rawValidation(schema, formData),
    reset: () => {
      last = null;
      ajv.reset?.();
    },
    isValid: (schema, formData, root) => ajv.isValid(schema, formData, conditionRoot(root)),
  };
}
