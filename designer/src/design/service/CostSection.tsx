import { useTranslation } from 'react-i18next';
import type { Service } from '../../../../runtime/definitions/types';
import { CheckField, LocalizedInput, Panel, SelectField, TextField } from '../../shared/widgets';
import { SourceInput } from '../SourceInput';
import { hasText, type SectionProps } from './shared';

const COST_UNITS = ['KZT', 'MRP'] as const;

/** What the service costs: free or not, the amount in tenge or in MRP (valued per year by the budget law), its citation. */
export function CostSection({ s, set, errors }: SectionProps) {
  const { t } = useTranslation('design');
  const { t: te } = useTranslation('editors');
  const { t: tx } = useTranslation('designerEdit');
  const cost = (patch: Partial<Service['cost']>) => set('cost', { ...s.cost, ...patch });
  return (
    <Panel title={te('service.cost')}>
      <div className="row">
        <CheckField
          label={t('s.free_of_charge')}
          checked={s.cost.free}
          onChange={(free) => cost({ free })}
          at="/cost/free"
        />
        <CheckField
          label={te('service.costStated')}
          checked={s.cost.stated !== false}
          onChange={(stated) => cost({ stated: stated ? undefined : false })}
          at="/cost/stated"
        />
      </div>
      <div className="row">
        <TextField
          label={t('s.cost_amount')}
          type="number"
          value={s.cost.amount}
          onChange={(v) => cost({ amount: v.trim() === '' ? undefined : Number(v) })}
          errors={errors}
          at="/cost/amount"
        />
        <SelectField
          label={tx('cost.unit')}
          value={s.cost.unit ?? '(unset)'}
          options={[
            { value: '(unset)', label: tx('cost.unitUnset') },
            ...COST_UNITS.map((u) => ({ value: u, label: tx(`cost.units.${u}`) })),
          ]}
          onChange={(u) => cost({ unit: u === '(unset)' ? undefined : u })}
          errors={errors}
          at="/cost/unit"
        />
        <TextField
          label={te('service.currency')}
          value={s.cost.currency}
          onChange={(v) => cost({ currency: v || undefined })}
          errors={errors}
          at="/cost/currency"
        />
      </div>
      <LocalizedInput
        label={te('service.costLabel')}
        value={s.cost.label}
        onChange={(v) => cost({ label: hasText(v) ? v : undefined })}
        errors={errors}
        at="/cost/label"
      />
      <SourceInput value={s.cost.source} onChange={(source) => cost({ source })} errors={errors} at="/cost/source" />
    </Panel>
  );
}
