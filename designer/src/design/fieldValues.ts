import type { Field } from '../../../runtime/definitions/types';
import { defaultOf, optionsOf, type FieldDraft } from '../../../runtime/definitions/fieldGuards';

type ChoiceOptions = NonNullable<FieldDraft['options']>;

type Scalar = string | number | boolean;
export type ValueKind = 'text' | 'number' | 'yes-no';

/** What kind of values a choice's options hold (the first option decides; validate() refuses mixtures it cannot type). */
export function optionKind(field: Field): ValueKind {
  const first = optionsOf(field)[0]?.value;
  return typeof first === 'number' ? 'number' : typeof first === 'boolean' ? 'yes-no' : 'text';
}

/** Text typed by the analyst, read as a value of `kind`: a number stays text while it does not parse yet. */
export function parseAs(kind: ValueKind, text: string): Scalar {
  if (kind === 'number') return text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text;
  if (kind === 'yes-no') return text === 'true' ? true : text === 'false' ? false : text;
  return text;
}

/** Every option's value converted to `kind` (yes/no keeps the first two options). */
export function retypeOptions(field: Field, kind: ValueKind): ChoiceOptions {
  const options = optionsOf(field);
  if (kind === 'yes-no') return options.slice(0, 2).map((o, i) => ({ ...o, value: i === 0 }));
  if (kind === 'number')
    return options.map((o, i) => ({ ...o, value: Number.isFinite(Number(o.value)) ? Number(o.value) : i + 1 }));
  return options.map((o) => ({ ...o, value: String(o.value) }));
}

function kindOfType(type: string | undefined): ValueKind {
  if (type === 'number' || type === 'integer') return 'number';
  if (type === 'boolean') return 'yes-no';
  return 'text';
}

/** The default as the analyst types it: lists and multiple choices comma-separated. */
export function defaultText(field: Field): string {
  const value = defaultOf(field);
  if (value === undefined) return '';
  return Array.isArray(value) ? value.map(String).join(', ') : String(value);
}

/**
 * The typed default for what the analyst typed; undefined for an empty box (no default). A value that
 * does not fit stays as typed, so validate() can say why at /default.
 */
export function parseDefault(field: Field, text: string): FieldDraft['default'] {
  if (text.trim() === '') return undefined;
  const one = (t: string): Scalar => {
    if (field.type === 'choice' || field.type === 'multi-choice')
      return field.options?.find((o) => String(o.value) === t)?.value ?? t;
    return parseAs(kindOfType(field.type === 'list' ? field.itemType : field.type), t);
  };
  if (field.type === 'multi-choice' || field.type === 'list')
    return text
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map(one);
  return one(field.type === 'text' || field.type === 'textarea' ? text : text.trim());
}
