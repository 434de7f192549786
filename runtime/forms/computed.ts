import type { FeeTable, VisibleWhen } from '../definitions/form';
import type { Field, Form, Money } from '../definitions/types';
import { conditionHolds } from './visibility';
import { amountIn } from './dictionaries';
import { iinProblem } from './iin';
import { isObject } from './visibility';
import { childFields, computedOf, dictionaryOf, isSectionField, isTableField } from '../definitions/fieldGuards';
import type { FieldOf } from '../definitions/form';

/** What a computation may read besides the data: the application date (YYYY-MM-DD, local). */
export interface ComputeContext {
  today: string;
  /** a dictionary option's amount, for `lookup`: by dictionary id and code */
  amountOf?: (dictionary: string, code: string) => number | undefined;
  /**
   * The working calendars an addWorkingDays reads, by calendar definition id: the server passes the
   * case's pinned calendar (or the published one the form names), the preview the published one.
   * A calendar not given leaves the due date empty (null): it is never counted in calendar days.
   */
  calendars?: (id: string) => DayCounter | undefined;
}

/** What a due date needs of a WorkingCalendar (runtime/calendar): the first working day after a date. */
export interface DayCounter {
  nextWorkingDay(date: string): string;
}

/** The calendar definitions a form's due dates count on, each once. */
export function calendarIds(form: Pick<Form, 'fields'>): string[] {
  const ids = new Set<string>();
  const walk = (fields: readonly Field[]) => {
    for (const field of fields) {
      const computed = computedOf(field);
      if (computed?.op === 'addWorkingDays' && computed.calendar) ids.add(computed.calendar);
      walk(childFields(field));
    }
  };
  walk(form.fields);
  return [...ids];
}

/**
 * The date `days` working days after `from` (YYYY-MM-DD or a local date-time, its date counts): the
 * first working day after it, `days` times, as deadline.ts counts a term in working days (days off are
 * skipped). Undefined outside the calendar's years or on a bad date.
 */
export function addWorkingDays(calendar: DayCounter, from: string, days: number): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}/.test(from) || !Number.isInteger(days) || days < 0) return undefined;
  let date = from.slice(0, 10);
  try {
    for (let i = 0; i < days; i++) date = calendar.nextWorkingDay(date);
  } catch {
    // a CalendarRangeError: the calendar's years do not reach that far; no date is guessed
    return undefined;
  }
  return date;
}

/** The value at a dot path of the form's data; undefined when any step is missing. */
export function valueAt(data: unknown, path: string): unknown {
  let value = data;
  for (const key of path.split('.')) {
    if (!isObject(value) || !Object.hasOwn(value, key)) return undefined;
    value = value[key];
  }
  return value;
}

/**
 * The values a sum adds at a dot path: one value, or one per row where the path goes through a table
 * (table.column adds the column of every row). Undefined where a step is missing.
 */
export function summandsAt(data: unknown, path: string): unknown[] {
  let values: unknown[] = [data];
  for (const key of path.split('.')) {
    values = values
      .flatMap((v) => (Array.isArray(v) ? v : [v]))
      .map((v) => (isObject(v) && Object.hasOwn(v, key) ? v[key] : undefined));
  }
  return values;
}

function setAt(data: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let object = data;
  for (const key of path.slice(0, -1)) {
    if (!isObject(object[key])) object[key] = {};
    object = object[key] as Record<string, unknown>;
  }
  object[path.at(-1) as string] = value;
}

/** Full years between a birth date and a day, both YYYY-MM-DD. */
export function fullYears(birth: string, on: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(birth) || !/^\d{4}-\d{2}-\d{2}/.test(on)) return undefined;
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  // the birthday this year not reached yet (29 February counts on 1 March in a common year)
  return on.slice(5, 10) < birth.slice(5, 10) ? years - 1 : years;
}

/** The birth date an IIN encodes (digits 1–6 YYMMDD, digit 7 the century); undefined for a foreigner's 0. */
export function birthDateOfIin(iin: string): string | undefined {
  if (typeof iin !== 'string' || iinProblem(iin) !== undefined) return undefined;
  const century = Number(iin[6]);
  if (century === 0) return undefined;
  const year = 1800 + Math.floor((century - 1) / 2) * 100 + Number(iin.slice(0, 2));
  return `${year}-${iin.slice(2, 4)}-${iin.slice(4, 6)}`;
}

/** The value one computed field takes on the data; null when its inputs are missing or unusable. */
export function computeField(
  form: Form,
  field: Field,
  data: unknown,
  context: ComputeContext,
  /** the fields the paths are read among: the form's, or a table's columns for a computed column */
  scope: readonly Field[] = form.fields,
): unknown {
  const spec = computedOf(field);
  if (!spec) return undefined;
  const from = spec.from === undefined ? undefined : valueAt(data, spec.from);
  switch (spec.op) {
    case 'ageFromIin': {
      const birth = typeof from === 'string' ? birthDateOfIin(from) : undefined;
      return (birth && fullYears(birth, context.today)) ?? null;
    }
    case 'ageFromDate':
      return (typeof from === 'string' ? fullYears(from, context.today) : undefined) ?? null;
    case 'sum': {
      const values = (spec.of ?? []).flatMap((path) => summandsAt(data, path));
      if (values.some((v) => typeof v !== 'number')) return null;
      // in hundredths, so 0.1 + 0.2 gives 0.3 for money
      return Math.round((values as number[]).reduce((a, b) => a + b * 100, 0)) / 100;
    }
    case 'lookup': {
      const choice = spec.from ? fieldAtPath(scope, spec.from) : undefined;
      const dictionary = dictionaryOf(choice);
      if (!dictionary || typeof from !== 'string') return null;
      const amounts = context.amountOf ?? ((id: string, code: string) => tengeOf(form, id, code, context.today));
      return amounts(dictionary, from) ?? null;
    }
    case 'fee':
      return spec.fee ? feeOf(form, spec.fee, data, context.today, scope) : null;
    case 'addWorkingDays': {
      const calendar = spec.calendar ? context.calendars?.(spec.calendar) : undefined;
      if (!calendar || typeof from !== 'string' || spec.days === undefined) return null;
      return addWorkingDays(calendar, from, spec.days) ?? null;
    }
    default:
      return null;
  }
}

/** Whether every condition holds on the data (an empty list always holds: the table's catch-all row). */
function allHold(scope: readonly Field[], conditions: readonly VisibleWhen[], data: unknown): boolean {
  return conditions.every((c) =>
    [c, ...(c.or ?? [])].some((test) =>
      conditionHolds(test, fieldAtPath(scope, test.field), valueAt(data, test.field)),
    ),
  );
}

/**
 * The fee in tenge on `today`: the first matching row, 0 when an exemption holds, times every multiplier
 * that holds. Null when no row matches or the year's MRP is not known.
 */
export function feeOf(
  form: Form,
  table: FeeTable,
  data: unknown,
  today: string,
  scope: readonly Field[] = form.fields,
): number | null {
  if ((table.exemptions ?? []).some((e) => allHold(scope, e.when, data))) return 0;
  const row = table.rows.find((r) => allHold(scope, r.when, data));
  if (!row) return null;
  const base = toTenge(form, row.amount, today);
  if (base === undefined) return null;
  const factor = (table.multipliers ?? []).reduce((f, m) => (allHold(scope, m.when, data) ? f * m.factor : f), 1);
  return Math.round(base * factor * 100) / 100;
}

/** An amount in tenge on `today`: MRP at the value the budget law set for that year (kz-mrp). */
export function toTenge(form: Form, amount: Money, today: string): number | undefined {
  if (amount.unit === 'KZT') return amount.amount;
  const mrp = amountIn(form, MRP_DICTIONARY, today.slice(0, 4));
  if (!mrp || mrp.unit !== 'KZT') return undefined;
  return Math.round(amount.amount * mrp.amount * 100) / 100;
}

/**
 * The data with every computed field (re)computed, in the order the form lists them, so a sum may
 * read an age computed above it. The server calls it on submit and stores what it returns, whatever
 * the client sent; the preview and the Desk call it on each change. A table's computed columns are
 * computed per row, before the fields below the table (which may sum that column).
 */
export function computeValues(form: Form, data: unknown, context: ComputeContext): Record<string, unknown> {
  const out = isObject(data) ? structuredClone(data) : {};
  const walk = (fields: readonly Field[], at: string[]) => {
    for (const field of fields) {
      if (isSectionField(field)) walk(field.fields, [...at, field.key]);
      else if (isTableField(field)) computeRows(form, field, valueAt(out, [...at, field.key].join('.')), context);
      else if (computedOf(field)) setAt(out, [...at, field.key], computeField(form, field, out, context));
    }
  };
  walk(form.fields, []);
  return out;
}

/** A table's computed columns, row by row: their paths name columns of the same row (a row's total). */
function computeRows(form: Form, table: FieldOf<'table'>, rows: unknown, context: ComputeContext): void {
  if (!Array.isArray(rows)) return;
  const scope = table.fields;
  const columns = scope.filter((f) => computedOf(f));
  if (!columns.length) return;
  for (const row of rows) {
    if (!isObject(row)) continue;
    for (const column of columns) row[column.key] = computeField(form, column, row, context, scope);
  }
}

/** Whether the form computes anything: forms without computed fields are left exactly as given. */
export function hasComputed(form: Form): boolean {
  const any = (fields: readonly Field[]): boolean => fields.some((f) => computedOf(f) || any(childFields(f)));
  return any(form.fields);
}

export function fieldAtPath(fields: readonly Field[], path: string): Field | undefined {
  let level = fields;
  let found: Field | undefined;
  for (const key of path.split('.')) {
    found = level.find((f) => f.key === key);
    if (!found) return undefined;
    level = childFields(found);
  }
  return found;
}

/** The dictionary that holds the MRP (monthly calculation index) in tenge per year, coded by the year. */
export const MRP_DICTIONARY = 'kz-mrp';

/**
 * A dictionary option's amount in tenge on `today`: MRP amounts times the MRP of that year (from the
 * kz-mrp dictionary the form was resolved with). Undefined when the year's MRP is not known: a fee
 * is never guessed from another year's index.
 */
export function tengeOf(form: Form, dictionary: string, code: string, today: string): number | undefined {
  const amount = amountIn(form, dictionary, code);
  return amount ? toTenge(form, amount, today) : undefined;
}
