import { conditionProblems } from './conditionShape';
import { fieldPaths, isFieldOf, isSectionField, isTableField } from './fieldGuards';
import type { Computed, Field, FieldOf, Form, FormCheck } from './form';
import type { DefinitionError } from './types';
import { uniqueIds } from './uniqueIds';

/** The fields names are looked up in (the form's, or a table's columns while in a row), and the errors found. */
interface Scope {
  root: ReadonlyMap<string, Field>;
  paths: ReadonlyMap<string, Field>;
  errors: DefinitionError[];
}

const inTable = (scope: Scope) => scope.paths !== scope.root;

/** The field at `path`, of one of `types` if given; else an error at `at`. */
function need(scope: Scope, path: string, at: string, types?: readonly string[], what?: string): Field | undefined {
  const field = scope.paths.get(path);
  if (!field)
    scope.errors.push({
      path: at,
      message: `no field "${path}" ${inTable(scope) ? 'among the columns of this table' : 'in this form'}`,
    });
  else if (types && !types.includes(field.type)) scope.errors.push({ path: at, message: `"${path}" must be ${what}` });
  return field;
}

/** A number field to add; a sum may add a table's column (table.column): every row's value. */
function needSummand(scope: Scope, path: string, at: string): void {
  const dot = path.indexOf('.');
  const table = dot > 0 ? scope.paths.get(path.slice(0, dot)) : undefined;
  if (!isTableField(table)) {
    need(scope, path, at, ['number', 'integer'], 'a number field');
    return;
  }
  const column = fieldPaths(table.fields).get(path.slice(dot + 1));
  if (!column || !['number', 'integer'].includes(column.type))
    scope.errors.push({ path: at, message: `"${path}" must be a number column of table "${table.key}"` });
}

/** A fee's table: every condition names a field and is well formed. */
function checkFee(scope: Scope, c: Computed, here: string): void {
  if (!c.fee) {
    scope.errors.push({ path: `${here}/computed/fee`, message: 'a fee names its table' });
    return;
  }
  const tables = [
    ['rows', c.fee.rows],
    ['exemptions', c.fee.exemptions ?? []],
    ['multipliers', c.fee.multipliers ?? []],
  ] as const;
  for (const [name, list] of tables)
    list.forEach((r, j) =>
      r.when.forEach((w, k) => need(scope, w.field, `${here}/computed/fee/${name}/${j}/when/${k}/field`)),
    );
  for (const [name, list] of tables)
    list.forEach((r, j) =>
      r.when.forEach((w, k) =>
        scope.errors.push(
          ...conditionProblems(w, `${here}/computed/fee/${name}/${j}/when/${k}`, (p) => scope.paths.has(p)),
        ),
      ),
    );
}

/** A due date: a date field, counted from a date, a number of working days on a calendar. */
function checkDueDate(scope: Scope, field: Field, c: Computed, here: string): void {
  const errors = scope.errors;
  if (field.type !== 'date')
    errors.push({ path: `${here}/computed/op`, message: 'a due date (addWorkingDays) is a date field' });
  if (c.from === undefined)
    errors.push({ path: `${here}/computed/from`, message: 'addWorkingDays names the date it counts from' });
  else need(scope, c.from, `${here}/computed/from`, ['date', 'datetime'], 'a date field');
  if (c.days === undefined)
    errors.push({ path: `${here}/computed/days`, message: 'addWorkingDays says how many working days' });
  if (c.calendar === undefined)
    errors.push({ path: `${here}/computed/calendar`, message: 'addWorkingDays names the calendar it counts on' });
}

const READS = {
  ageFromIin: [['iin', 'iin-bin'], 'an IIN field'],
  ageFromDate: [['date'], 'a date field'],
  lookup: [['choice'], 'a choice field with a dictionary'],
} as const;

/** A computed value: what it reads exists and is of a type it can read. */
function checkComputed(scope: Scope, field: FieldOf<'number' | 'integer' | 'date'>, c: Computed, here: string): void {
  const errors = scope.errors;
  if (field.type === 'date' && c.op !== 'addWorkingDays')
    errors.push({ path: `${here}/computed/op`, message: 'a date field computes only a due date (addWorkingDays)' });
  for (const property of ['days', 'calendar'] as const)
    if (c[property] !== undefined && c.op !== 'addWorkingDays')
      errors.push({ path: `${here}/computed/${property}`, message: `does not apply to ${c.op}` });
  if (c.op === 'fee') checkFee(scope, c, here);
  else if (c.op === 'sum') {
    if (!c.of) errors.push({ path: `${here}/computed/of`, message: 'a sum names the fields it adds' });
    c.of?.forEach((p, j) => needSummand(scope, p, `${here}/computed/of/${j}`));
  } else if (c.op === 'addWorkingDays') checkDueDate(scope, field, c, here);
  else if (c.from === undefined)
    errors.push({ path: `${here}/computed/from`, message: `${c.op} names the field it reads` });
  else {
    const [types, what] = READS[c.op];
    const read = need(scope, c.from, `${here}/computed/from`, types, what);
    if (read && c.op === 'lookup' && !(isFieldOf(read, 'choice') && read.dictionary))
      errors.push({ path: `${here}/computed/from`, message: `"${c.from}" must be a choice field with a dictionary` });
  }
}

function visitFields(scope: Scope, fields: readonly Field[], at: string): void {
  fields.forEach((field, i) => {
    const here = `${at}/${i}`;
    if (field.visibleWhen) {
      const exists = inTable(scope) ? undefined : (p: string) => scope.root.has(p);
      scope.errors.push(...conditionProblems(field.visibleWhen, `${here}/visibleWhen`, exists));
    }
    // a computed column reads the columns of its own row
    if (isTableField(field)) visitFields({ ...scope, paths: fieldPaths(field.fields) }, field.fields, `${here}/fields`);
    else if (isSectionField(field)) visitFields(scope, field.fields, `${here}/fields`);
    if (isFieldOf(field, 'number', 'integer', 'date') && field.computed)
      checkComputed(scope, field, field.computed, here);
  });
}

/** A check names fields that exist (a row check: columns of its table), and its condition is well formed. */
function checkCheck(root: Scope, check: FormCheck, at: string): void {
  let scope = root;
  if (check.rows !== undefined) {
    // a check per row: its field and operands are columns of that table
    const table = need(root, check.rows, `${at}/rows`, ['table'], 'a table');
    if (!isTableField(table)) return;
    scope = { ...root, paths: fieldPaths(table.fields) };
  }
  need(scope, check.field, `${at}/field`);
  if (check.when) {
    // read in the row first, then from the form root (as a column's visibleWhen reads)
    const inRowOrRoot = (p: string) => scope.paths.has(p) || scope.root.has(p);
    if (!inRowOrRoot(check.when.field))
      scope.errors.push({ path: `${at}/when/field`, message: `no field "${check.when.field}" in this form` });
    scope.errors.push(...conditionProblems(check.when, `${at}/when`, inRowOrRoot));
  }
  for (const side of ['left', 'right'] as const) {
    const operand = check[side];
    if ('field' in operand) need(scope, operand.field, `${at}/${side}/field`);
    if ('sum' in operand) operand.sum.forEach((p, j) => needSummand(scope, p, `${at}/${side}/sum/${j}`));
  }
}

/** What the computed fields and the cross-field checks name exists, and is of a type they can read. */
export function checkFormLogic(form: Form): DefinitionError[] {
  const root = fieldPaths(form.fields);
  const scope: Scope = { root, paths: root, errors: [] };
  visitFields(scope, form.fields, '/fields');
  const checks = form.checks ?? [];
  scope.errors.push(...uniqueIds(checks, '/checks'));
  checks.forEach((check, i) => checkCheck(scope, check, `/checks/${i}`));
  return scope.errors;
}
