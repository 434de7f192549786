import { useTranslation } from 'react-i18next';
import type { FeeTable } from '../../../runtime/definitions/form';
import type { DefinitionError, Field, Form } from '../../../runtime/definitions/types';
import { TextField } from '../shared/widgets';
import { FeeRowsList } from './fee/FeeRowsList';
import { withSource } from './fee/withSource';
import { conditionTargets } from './formBuilderState';
import { ListEditor } from './ListEditor';
import { SourceInput } from './SourceInput';
import { VisibleWhenEditor } from './VisibleWhenEditor';

type Condition = FeeTable['rows'][number]['when'][number];
type Exemption = NonNullable<FeeTable['exemptions']>[number];
type Multiplier = NonNullable<FeeTable['multipliers']>[number];

/** The conditions of one row, all of which must hold ("and"); each may have its own range or "or". */
function ConditionsEditor({
  when,
  targets,
  errors,
  at,
  onChange,
}: {
  when: Condition[];
  targets: { path: string; field: Field }[];
  errors: readonly DefinitionError[];
  at: string;
  onChange: (when: Condition[]) => void;
}) {
  const { t } = useTranslation('formLanguage');
  return (
    <ListEditor<Condition>
      title={t('fee.conditions')}
      items={when}
      at={`${at}/when`}
      errors={errors}
      onChange={onChange}
      make={() => ({ field: targets[0]?.path ?? 'field', notEmpty: true })}
      name={(c) => c.field}
      render={(c, put, pointer) => (
        <VisibleWhenEditor
          value={c}
          targets={targets}
          errors={errors}
          at={pointer}
          legend={t('fee.condition')}
          onChange={(next) => next && put(next)}
        />
      )}
    />
  );
}

/**
 * A fee as law states it, edited as a table: rows (the first whose conditions all hold gives the amount in
 * tenge or MRP), exemptions (make it 0) and multipliers (a repeat loss ×2), each with its source paragraph.
 */
export function FeeTableEditor({
  value,
  form,
  errors,
  at,
  onChange,
}: {
  value: FeeTable;
  form: Form;
  errors: readonly DefinitionError[];
  at: string;
  onChange: (fee: FeeTable) => void;
}) {
  const { t } = useTranslation('formLanguage');
  const targets = conditionTargets(form.fields);
  const conditions = (item: { when: Condition[] }, put: (when: Condition[]) => void, pointer: string) => (
    <ConditionsEditor when={item.when} targets={targets} errors={errors} at={pointer} onChange={put} />
  );
  return (
    <div className="fee-table" data-pointer={at}>
      <FeeRowsList
        rows={value.rows}
        errors={errors}
        at={at}
        conditions={conditions}
        onChange={(rows) => onChange({ ...value, rows })}
      />
      <ListEditor<Exemption>
        title={t('fee.exemptions')}
        items={value.exemptions ?? []}
        at={`${at}/exemptions`}
        errors={errors}
        onChange={(exemptions) => onChange({ ...value, exemptions: exemptions.length ? exemptions : undefined })}
        make={() => ({ when: [{ field: targets[0]?.path ?? 'field', equals: true }] })}
        name={(e) => e.when.map((c) => c.field).join(', ')}
        render={(e, put, pointer) => (
          <>
            {conditions(e, (when) => put({ ...e, when }), pointer)}
            <SourceInput
              value={e.source}
              onChange={(s) => put(withSource(e, s))}
              errors={errors}
              at={`${pointer}/source`}
            />
          </>
        )}
      />
      <ListEditor<Multiplier>
        title={t('fee.multipliers')}
        items={value.multipliers ?? []}
        at={`${at}/multipliers`}
        errors={errors}
        onChange={(multipliers) => onChange({ ...value, multipliers: multipliers.length ? multipliers : undefined })}
        make={() => ({ when: [{ field: targets[0]?.path ?? 'field', equals: true }], factor: 2 })}
        name={(m) => `×${m.factor} — ${m.when.map((c) => c.field).join(', ')}`}
        render={(m, put, pointer) => (
          <>
            {conditions(m, (when) => put({ ...m, when }), pointer)}
            <TextField
              label={t('fee.factor')}
              type="number"
              value={m.factor}
              onChange={(v) => put({ ...m, factor: Number(v) })}
              errors={errors}
              at={`${pointer}/factor`}
            />
            <SourceInput
              value={m.source}
              onChange={(s) => put(withSource(m, s))}
              errors={errors}
              at={`${pointer}/source`}
            />
          </>
        )}
      />
      <p className="hint">{t('fee.hint')}</p>
    </div>
  );
}
