import type { CustomValidator, FormValidation } from '@rjsf/utils';
import type { Field, Form } from '../../../runtime/definitions/types';
import { failedChecks } from '../../../runtime/forms/checks';
import { withoutHiddenFields } from '../../../runtime/forms/visibility';
import { judgedAtRuntime, missingWhileShown } from '../../../runtime/forms/shownRequired';
import type { Language } from '../../../runtime/i18n';
import { childFields } from '../../../runtime/definitions/fieldGuards';

/** Today's date where the browser is, as YYYY-MM-DD (the server recomputes on the case's application date). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The form's cross-field checks as an @rjsf customValidate: each failed check adds its message on its
 * field, found by the same JSON pointer the server's 422 names.
 */
export function checksValidator(form: Form, lang: Language): CustomValidator | undefined {
  if (!form.checks?.length && !hasRuntimeConditions(form.fields)) return undefined;
  return (formData, errors) => {
    const visible = withoutHiddenFields(form, formData);
    for (const failed of [...missingWhileShown(form, visible, lang), ...failedChecks(form, visible, lang)]) {
      let node = errors as FormValidation;
      for (const key of failed.path.split('/').slice(1)) {
        const next = (node as Record<string, unknown>)[key] as FormValidation | undefined;
        if (!next?.addError) break;
        node = next;
      }
      node.addError(failed.message);
    }
    return errors;
  };
}

/** Whether some field's visibleWhen is a range or an `or`: the schema leaves its "required" to the runtime. */
function hasRuntimeConditions(fields: readonly Field[]): boolean {
  return fields.some((f) => judgedAtRuntime(f.visibleWhen) || hasRuntimeConditions(childFields(f)));
}
