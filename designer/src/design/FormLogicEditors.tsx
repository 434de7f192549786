import { useTranslation } from 'react-i18next';
import { CHECK_OPS, COMPUTE_OPS, type FormCheck, type Operand } from '../../../runtime/definitions/form';
import { childFields, computedOf, fieldPaths, type FieldDraft } from '../../../runtime/definitions/fieldGuards';
import type { DefinitionError, Field, Form } from '../../../runtime/definitions/types';
import { NATIONAL_CALENDAR_ID } from '../shared/nationalCalendar';
import { LocalizedInput, SelectField, TextField } from '../shared/widgets';
import { fieldProps } from './fieldProps';
import { conditionTargets } from './formBuilderState';
import { FeeTableEditor } from './FeeTableEditor';
import { ListEditor } from './ListEditor';
import { ItemSourceInput } from './SourceInput';
import { VisibleWhenEditor } from './VisibleWhenEditor';

type Computed = NonNullable<FieldDraft['computed']>;

/** A computation as first chosen: a sum of the first field, a due date 10 working days on, else read the first field. */
function startComputed(op: Computed['op'], paths: readonly string[], dates: readonly string[]): Computed {
  if (op === 'sum') return { op, of: paths.slice(0, 1) };
  if (op === 'addWorkingDays') return { op, from: dates[0] ?? paths[0], days: 10, calendar: NATIONAL_CALENDAR_ID };
  return { op, from: paths[0] };
}

/** A due date's terms: how many working days, on which calendar. */
function DueDateTerms({
  value,
  at,
  errors,
  onChange,
}: {
  value: Computed;
  at: string;
  errors: readonly DefinitionError[];
  onChange: (computed: Computed) => void;
}) {
  const { t: tf } = useTranslation('formLanguage');
  return (
    <div className="row">
      <TextField
        label={tf('dueDate.days')}
        type="number"
        min={0}
        value={value.days}
        onChange={(v) => onChange({ ...value, days: v === '' ? undefined : Number(v) })}
        errors={errors}
        at={`${at}/computed/days`}
      />
      <TextField
        label={tf('dueDate.calendar')}
        value={value.calendar}
        onChange={(v) => onChange({ ...value, calendar: v.trim() || undefined })}
        errors={errors}
        at={`${at}/computed/calendar`}
      />
    </div>
  );
}

/** "Computed from": which computation a number field takes, and the field(s) it reads. */
export function ComputedEditor({
  field,
  form,
  at,
  errors,
  onChange,
}: {
  field: Field;
  form: Form;
  at: string;
  errors: readonly DefinitionError[];
  onChange: (computed: Computed | undefined) => void;
}) {
  const { t } = useTranslation('language');
  const { t: tf } = useTranslation('formLanguage');
  const targets = conditionTargets(form.fields).filter((x) => x.field !== field);
  const paths = targets.map((x) => x.path);
  const value = computedOf(field);
  // a date field computes a due date only; a number field everything else (validate() says the same)
  const dueDate = field.type === 'date';
  const ops = COMPUTE_OPS.filter((op) => (op === 'addWorkingDays') === dueDate);
  const dates = targets.filter((x) => x.field.type === 'date' || x.field.type === 'datetime').map((x) => x.path);
  const opLabel = (op: string) => (op === 'addWorkingDays' ? tf('ops.addWorkingDays') : t(`computed.ops.${op}`));
  return (
    <fieldset className="computed" data-pointer={`${at}/computed`}>
      <legend>{t('computed.title')}</legend>
      <SelectField
        label={t('computed.op')}
        value={value?.op ?? ''}
        options={[{ value: '', label: t('computed.none') }, ...ops.map((op) => ({ value: op, label: opLabel(op) }))]}
        onChange={(op) => onChange(op ? startComputed(op as Computed['op'], paths, dates) : undefined)}
        errors={errors}
        at={`${at}/computed/op`}
      />
      {value?.op === 'fee' && (
        <FeeTableEditor
          value={value.fee ?? { rows: [{ when: [], amount: { amount: 1, unit: 'MRP' } }] }}
          form={form}
          errors={errors}
          at={`${at}/computed/fee`}
          onChange={(fee) => onChange({ ...value, fee })}
        />
      )}
      {value && value.op !== 'sum' && value.op !== 'fee' && (
        <SelectField
          label={t('computed.from')}
          value={value.from ?? ''}
          options={[...new Set([...(value.from ? [value.from] : []), ...(dueDate ? dates : paths)])]}
          onChange={(from) => onChange({ ...value, from })}
          errors={errors}
          at={`${at}/computed/from`}
        />
      )}
      {value?.op === 'addWorkingDays' && <DueDateTerms value={value} at={at} errors={errors} onChange={onChange} />}
      {value?.op === 'sum' && (
        <TextField
          label={t('computed.of')}
          value={(value.of ?? []).join(', ')}
          onChange={(v) =>
            onChange({
              ...value,
              of: v
                .split(',')
                .map((s) => s.trim())
                .filter(Boolean),
            })
          }
          errors={errors}
          at={`${at}/computed/of`}
        />
      )}
    </fieldset>
  );
}

/** How an operand reads in one text box: a field path as is, a constant after "=", a sum as "a + b". */
export function operandText(operand: Operand): string {
  if ('field' in operand) return operand.field;
  if ('sum' in operand) return operand.sum.join(' + ');
  return `=${String(operand.value)}`;
}

export function parseOperand(text: string): Operand {
  const trimmed = text.trim();
  if (trimmed.startsWith('=')) {
    const raw = trimmed.slice(1).trim();
    const value =
      raw === 'true' ? true : raw === 'false' ? false : raw !== '' && Number.isFinite(Number(raw)) ? Number(raw) : raw;
    return { value };
  }
  if (trimmed.includes('+'))
    return {
      sum: trimmed
        .split('+')
        .map((s) => s.trim())
        .filter(Boolean),
    };
  return { field: trimmed };
}

/** A check's comparison: left operand, operator, right operand. */
function CheckComparison({
  check: c,
  put,
  errors,
  at,
}: {
  check: FormCheck;
  put: (check: FormCheck) => void;
  errors: readonly DefinitionError[];
  at: string;
}) {
  const { t } = useTranslation('language');
  return (
    <div className="row">
      <TextField
        label={t('checks.left')}
        value={operandText(c.left)}
        onChange={(v) => put({ ...c, left: parseOperand(v) })}
        errors={errors}
        at={`${at}/left`}
      />
      <SelectField
        label={t('checks.op')}
        value={c.op}
        options={CHECK_OPS.map((op) => ({ value: op, label: t(`checks.ops.${op}`) }))}
        onChange={(op) => put({ ...c, op })}
        errors={errors}
        at={`${at}/op`}
      />
      <TextField
        label={t('checks.right')}
        value={operandText(c.right)}
        onChange={(v) => put({ ...c, right: parseOperand(v) })}
        errors={errors}
        at={`${at}/right`}
      />
    </div>
  );
}

/** The form's cross-field checks: left, comparison, right, the field the error shows on, and the message. */
export function ChecksEditor({
  form,
  errors,
  onChange,
}: {
  form: Form;
  errors: readonly DefinitionError[];
  onChange: (checks: FormCheck[] | undefined) => void;
}) {
  const { t } = useTranslation('language');
  const { t: tf } = useTranslation('formLanguage');
  const paths = conditionTargets(form.fields).map((x) => x.path);
  // a check may run on every row of a table: then it names that table's columns
  const tables = [...fieldPaths(form.fields)].filter(([, f]) => f.type === 'table').map(([path]) => path);
  const columnsOf = (table: string) => [...fieldPaths(childFields(fieldPaths(form.fields).get(table))).keys()];
  return (
    <ListEditor<FormCheck>
      title={t('checks.title')}
      items={form.checks ?? []}
      at="/checks"
      errors={errors}
      onChange={(checks) => onChange(checks.length ? checks : undefined)}
      make={(items) => ({
        id: `check${items.length + 1}`,
        op: 'lt',
        left: { field: paths[0] ?? 'a' },
        right: { field: paths[1] ?? paths[0] ?? 'b' },
        field: paths[1] ?? paths[0] ?? 'b',
        message: { en: 'Check the values' },
      })}
      name={(c) => `${c.id}: ${operandText(c.left)} ${c.op} ${operandText(c.right)}`}
      render={(c, put, at) => {
        const prop = fieldProps(c, put, errors, at);
        return (
          <>
            <TextField label={t('checks.id')} {...prop('id')} />
            <SelectField
              label={tf('checks.rows')}
              value={c.rows ?? ''}
              options={[
                { value: '', label: tf('checks.noRows') },
                ...tables.map((key) => ({ value: key, label: key })),
              ]}
              onChange={(rows) => put({ ...c, rows: rows || undefined })}
              errors={errors}
              at={`${at}/rows`}
            />
            <CheckComparison check={c} put={put} errors={errors} at={at} />
            <p className="hint">{t('checks.operandHint')}</p>
            <SelectField
              label={t('checks.field')}
              value={c.field}
              options={[...new Set([c.field, ...(c.rows ? columnsOf(c.rows) : paths)])]}
              onChange={(field) => put({ ...c, field })}
              errors={errors}
              at={`${at}/field`}
            />
            <VisibleWhenEditor
              value={c.when}
              targets={conditionTargets(form.fields)}
              onChange={(when) => put({ ...c, when })}
              errors={errors}
              at={`${at}/when`}
              legend={tf('checks.when')}
            />
            <LocalizedInput label={t('checks.message')} {...prop('message')} />
            <ItemSourceInput item={c} put={put} errors={errors} at={at} />
          </>
        );
      }}
    />
  );
}
