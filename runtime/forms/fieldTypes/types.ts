import type { Field } from '../../definitions/form';
import type { DefinitionError } from '../../definitions/types';
import type { Language } from '../../i18n';
import type { JsonSchema } from '../jsonSchema';

/** An @rjsf/core uiSchema, as plain JSON: the runtime does not depend on React. */
export type UiSchema = { [key: string]: unknown };

/** Where the fields inside a field sit: in its own object (a section) or in each of its rows (a table). */
export type Inner = 'own' | 'rows';

/** What a field type's JSON Schema is made with: the field's resolved title, and the form around it. */
export interface SchemaContext {
  title: string;
  lang: Language;
  /** required and always shown: "given" (a text not blank, a list not empty) is part of the field's own schema */
  always: boolean;
  /** the schema of an object holding these fields, below this field */
  object(fields: readonly Field[], inner: Inner): JsonSchema;
  /** the schema of another field in this field's place (a list's item) */
  schemaOf(field: Field): JsonSchema;
}

/** What a field type's uiSchema is made with: the field's own value when the uiSchema follows data. */
export interface UiContext {
  lang: Language;
  value: unknown;
  /** yes/no as inline radio buttons in `lang` */
  yesNo: UiSchema;
  /** the uiSchema of an object holding these fields, below this field (a table's, judged on `row`) */
  object(fields: readonly Field[], inner: Inner, row?: unknown): UiSchema;
}

/** What a walk's sample value is made with: a counter that makes values differ, and nested objects. */
export interface SampleContext {
  counter: { n: number };
  object(fields: readonly Field[]): Record<string, unknown>;
}

/**
 * Everything one field type says, in one place: adding a field type is one module and one line in
 * the registry (index.ts), instead of a case in each of five switches.
 */
export interface FieldTypeModule<F extends Field = Field> {
  /** the JSON Schema (draft 7) of the field's value, for @rjsf and ajv alike */
  jsonSchema(field: F, ctx: SchemaContext): JsonSchema;
  /** what "given" means beyond present for a required field (a text not blank, a list not empty) */
  presence(field: F): JsonSchema | undefined;
  /** the field's uiSchema beyond help, placeholder and read-only: the widget the form shows it with */
  uiSchema(field: F, ctx: UiContext): UiSchema;
  /** a value the walks fill the field with, every field inside it filled too */
  sample(field: F, ctx: SampleContext): unknown;
  /** what the Field union cannot say about this type, for validate() */
  shapeProblems(field: F, at: string): DefinitionError[];
  /**
   * Whether keys below the field name part of its value, for the facts and templates that read it
   * (a table's column in every row, a yes/no's answer or details). A field's own value is always readable.
   */
  inside(field: F, rest: readonly string[]): boolean;
}

/** A module with the plain answers filled in: no presence, no widget, no shape rules, nothing inside. */
export function fieldType<F extends Field>(
  module: Pick<FieldTypeModule<F>, 'jsonSchema' | 'sample'> & Partial<FieldTypeModule<F>>,
): FieldTypeModule<F> {
  return {
    presence: () => undefined,
    uiSchema: () => ({}),
    shapeProblems: () => [],
    inside: () => false,
    ...module,
  };
}

/** The values that are given, leaving out the undefined ones (a schema never says "maximum": undefined). */
export function defined<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}
