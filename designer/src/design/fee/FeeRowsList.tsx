import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeeTable } from '../../../../runtime/definitions/form';
import type { DefinitionError } from '../../../../runtime/definitions/types';
import { SelectField, TextField } from '../../shared/widgets';
import { ListEditor } from '../ListEditor';
import { SourceInput } from '../SourceInput';
import { withSource } from './withSource';

type Row = FeeTable['rows'][number];
type Condition = Row['when'][number];

/** The fee's rows, in order: the first whose conditions all hold gives the amount, in MRP or tenge. */
export function FeeRowsList({
  rows,
  errors,
  at,
  conditions,
  onChange,
}: {
  rows: Row[];
  errors: readonly DefinitionError[];
  at: string;
  /** the editor of a row's conditions */
  conditions: (item: { when: Condition[] }, put: (when: Condition[]) => void, pointer: string) => ReactNode;
  onChange: (rows: Row[]) => void;
}) {
  const { t } = useTranslation('formLanguage');
  return (
    <ListEditor<Row>
      title={t('fee.rows')}
      items={rows}
      at={`${at}/rows`}
      errors={errors}
      onChange={onChange}
      make={() => ({ when: [], amount: { amount: 1, unit: 'MRP' } })}
      name={(r, i) =>
        `${i + 1}. ${r.amount.amount} ${r.amount.unit}${r.when.length ? ` — ${r.when.map((c) => c.field).join(', ')}` : ''}`
      }
      render={(r, put, pointer) => (
        <>
          {conditions(r, (when) => put({ ...r, when }), pointer)}
          <div className="row">
            <TextField
              label={t('fee.amount')}
              type="number"
              value={r.amount.amount}
              onChange={(v) => put({ ...r, amount: { ...r.amount, amount: Number(v) } })}
              errors={errors}
              at={`${pointer}/amount/amount`}
            />
            <SelectField
              label={t('fee.unit')}
              value={r.amount.unit}
              options={[
                { value: 'MRP', label: 'MRP' },
                { value: 'KZT', label: '₸' },
              ]}
              onChange={(unit) => put({ ...r, amount: { ...r.amount, unit } })}
              errors={errors}
              at={`${pointer}/amount/unit`}
            />
          </div>
          <SourceInput
            value={r.source}
            onChange={(s) => put(withSource(r, s))}
            errors={errors}
            at={`${pointer}/source`}
          />
        </>
      )}
    />
  );
}
