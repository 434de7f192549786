import type { FormCheck, Operand } from '../definitions/form';
import type { Form } from '../definitions/types';
import { resolveLabel, type Language } from '../i18n';
import { summandsAt, valueAt } from './computed';
import { ROWS, conditionMet, isEmpty } from './visibility';

/** One failed cross-field check: the pointer of the field it is reported on and its message. */
export interface CheckError {
  path: string;
  message: string;
  check: string;
}

function operandValue(operand: Operand, data: unknown): unknown {
  if ('value' in operand) return operand.value;
  if ('field' in operand) return valueAt(data, operand.field);
  const values = operand.sum.flatMap((path) => summandsAt(data, path));
  // an empty summand counts as 0: "the parts add up to the total" with a part left blank
  if (values.some((v) => v !== undefined && v !== null && typeof v !== 'number')) return undefined;
  return Math.round(values.reduce<number>((total, v) => total + (typeof v === 'number' ? v * 100 : 0), 0)) / 100;
}

function compare(op: FormCheck['op'], left: unknown, right: unknown): boolean {
  if (op === 'eq') return left === right;
  if (op === 'ne') return left !== right;
  // numbers as numbers, ISO dates and times as text (their order is their text's order)
  const comparable =
    (typeof left === 'number' && typeof right === 'number') || (typeof left === 'string' && typeof right === 'string');
  if (!comparable) return true;
  const a = left as number | string;
  const b = right as number | string;
  return op === 'lt' ? a < b : op === 'le' ? a <= b : op === 'gt' ? a > b : a >= b;
}

/**
 * The form's cross-field checks that fail on the data, each on its field's JSON pointer with its message in
 * `lang`. The server runs it on submit and the preview and the Desk as the person types: one code, one answer.
 * A check with an empty side is not judged; data of hidden fields must be removed before (withoutHiddenFields).
 */
export function failedChecks(form: Form, data: unknown, lang: Language): CheckError[] {
  const errors: CheckError[] = [];
  for (const check of form.checks ?? []) {
    const judge = (scope: unknown, at: string) => {
      // a check with `when` applies only while it holds: on a row check, read in that row first
      const rows = check.rows === undefined ? [] : [...check.rows.split('.'), ROWS];
      if (check.when && !conditionMet(form, rows, check.when, data, scope)) return;
      const left = operandValue(check.left, scope);
      const right = operandValue(check.right, scope);
      if (isEmpty(left) || isEmpty(right) || compare(check.op, left, right)) return;
      errors.push({
        path: `${at}/${check.field.split('.').join('/')}`,
        message: resolveLabel(check.message, lang) || check.id,
        check: check.id,
      });
    };
    if (check.rows === undefined) judge(data, '');
    else {
      // a check per row: its operands read the row's columns, its error lands on the row (/periods/0/end)
      const rows = valueAt(data, check.rows);
      const at = `/${check.rows.split('.').join('/')}`;
      if (Array.isArray(rows)) rows.forEach((row, i) => judge(row, `${at}/${i}`));
    }
  }
  return errors;
}
