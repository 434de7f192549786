import type { Dictionary, Field, Form, Money } from '../definitions/types';
import { childFields, computedOf, dictionaryOf, isChoiceField, isContainerField } from '../definitions/fieldGuards';

/**
 * The dictionaries a form's fields name, each once, in the order they first appear; a form that
 * looks up amounts also reads the MRP per year (kz-mrp), which a case pins like the others.
 */
export function dictionaryIds(form: Pick<Form, 'fields'>): string[] {
  const ids = new Set<string>();
  let looksUp = false;
  const walk = (fields: readonly Field[]) => {
    for (const field of fields) {
      const dictionary = dictionaryOf(field);
      if (dictionary) ids.add(dictionary);
      const op = computedOf(field)?.op;
      if (op === 'lookup' || op === 'fee') looksUp = true;
      walk(childFields(field));
    }
  };
  walk(form.fields);
  if (looksUp) ids.add('kz-mrp');
  return [...ids];
}

/** The amounts of the dictionaries a resolved form was built with: by dictionary id, then code. */
const amountsOf = new WeakMap<Form, Map<string, Map<string, Money>>>();

/** The amount a dictionary option carries, as the form was resolved; undefined when none. */
export function amountIn(form: Form, dictionary: string, code: string): Money | undefined {
  return amountsOf.get(form)?.get(dictionary)?.get(code);
}

/**
 * The dictionary versions a resolved form was built from ("kato@2,doc-types@1"), or null when one
 * is an unpublished draft: the validator cache must not reuse a form resolved with other options.
 */
const resolvedWith = new WeakMap<Form, string | null>();
export function dictionaryKey(form: Form): string | null | undefined {
  return resolvedWith.get(form);
}

export class MissingDictionaryError extends Error {
  constructor(readonly dictionary: string) {
    super(`no dictionary "${dictionary}"`);
  }
}

/**
 * The form with each dictionary-backed choice given its options from the dictionary (code as value,
 * label as label), so that the JSON Schema, the validator, the preview and the Desk all read one
 * list. Retired codes stay valid only where `keepRetired` (a case that already chose one).
 * The `dictionary` reference stays on the field: an editor still sees where the options came from.
 */
export function withDictionaries(
  form: Form,
  dictionaries: ReadonlyMap<string, Dictionary> | ((id: string) => Dictionary | undefined),
  keepRetired = true,
): Form {
  const get = typeof dictionaries === 'function' ? dictionaries : (id: string) => dictionaries.get(id);
  if (!dictionaryIds(form).length) return form;
  const resolve = (fields: readonly Field[]): Field[] =>
    fields.map((field): Field => {
      if (isContainerField(field)) return { ...field, fields: resolve(field.fields) };
      if (!isChoiceField(field) || !field.dictionary) return { ...field };
      const dictionary = get(field.dictionary);
      if (!dictionary) throw new MissingDictionaryError(field.dictionary);
      const options = dictionary.options
        .filter((o) => keepRetired || !o.retired)
        .map((o) => ({ value: o.code, label: o.label }));
      return { ...field, options };
    });
  const resolved = { ...form, fields: resolve(form.fields) };
  const used = dictionaryIds(form).map((id) => get(id));
  if (used.some((d) => d === undefined))
    throw new MissingDictionaryError(dictionaryIds(form)[used.indexOf(undefined)] ?? '');
  const amounts = new Map<string, Map<string, Money>>();
  for (const d of used as Dictionary[])
    amounts.set(d.id, new Map(d.options.flatMap((o) => (o.amount ? [[o.code, o.amount] as const] : []))));
  amountsOf.set(resolved, amounts);
  resolvedWith.set(
    resolved,
    (used as Dictionary[]).every((d) => d.version !== undefined)
      ? (used as Dictionary[]).map((d) => `${d.id}@${d.version}`).join(',')
      : null,
  );
  return resolved;
}
