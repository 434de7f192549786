import type { VisibleWhen } from '../definitions/form';
import type { Field, Form } from '../definitions/types';
import { resolveLabel, type Language } from '../i18n';
import { dataMessage, quoted } from './dataMessages';
import { ROWS, conditionMet, isEmpty, isObject, type Steps } from './visibility';

/**
 * Whether a condition is judged by the runtime rather than the form's JSON Schema: a range over dates
 * (JSON Schema draft 7 cannot order text) and an `or` across fields (their nearest common object may be
 * far from the field) are, so the schema never asks for a field its condition hides.
 */
export function judgedAtRuntime(when: VisibleWhen | undefined): boolean {
  return when !== undefined && (when.between !== undefined || (when.or?.length ?? 0) > 0);
}

/**
 * Required fields whose visibleWhen the runtime judges (see judgedAtRuntime), shown on the data and left
 * empty: the "required" error the schema would give, at the field's pointer, in `lang`. The server's
 * validateFormData and the browser's form both call it.
 */
export function missingWhileShown(form: Form, data: unknown, lang: Language): { path: string; message: string }[] {
  const errors: { path: string; message: string }[] = [];
  const walk = (fields: readonly Field[], parent: Steps, pointer: string, object: unknown, row: unknown) => {
    if (!isObject(object)) return;
    for (const field of fields) {
      const here = `${pointer}/${field.key}`;
      const shown = !field.visibleWhen || conditionMet(form, parent, field.visibleWhen, data, row);
      if (!shown) continue;
      const value = object[field.key];
      if (field.required && judgedAtRuntime(field.visibleWhen) && isEmpty(value))
        errors.push({
          path: here,
          message: dataMessage('required', lang, { name: quoted(resolveLabel(field.label, lang), lang) }),
        });
      if (field.type === 'section') walk(field.fields ?? [], [...parent, field.key], here, value, row);
      if (field.type === 'table' && Array.isArray(value))
        value.forEach((r, i) => walk(field.fields ?? [], [...parent, field.key, ROWS], `${here}/${i}`, r, r));
    }
  };
  walk(form.fields, [], '', data, undefined);
  return errors;
}
