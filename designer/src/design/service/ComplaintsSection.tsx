import { useTranslation } from 'react-i18next';
import type { Service } from '../../../../runtime/definitions/types';
import { useLang } from '../../shared/lang';
import { DURATION_UNITS, resolveLabel } from '../../shared/runtime';
import { CheckField, LocalizedInput, SelectField, TextField } from '../../shared/widgets';
import { fieldProps, listProps } from '../fieldProps';
import { ListEditor } from '../ListEditor';
import { SourceInput } from '../SourceInput';
import { newComplaintRoute, startingTerm } from './complaintDefaults';
import { int, type SectionProps } from './shared';

type Complaint = Service['complaints'][number];

/** Where a decision can be appealed, how, and within what term (a court appeal may have none). */
export function ComplaintsSection({ s, set, errors }: SectionProps) {
  const { t } = useTranslation('design');
  const { lang } = useLang();
  return (
    <ListEditor
      title={t('s.complaint_routes')}
      {...listProps(s, set, errors)('complaints')}
      make={newComplaintRoute}
      name={(c) => `${c.id} — ${resolveLabel(c.to, lang)}${c.term ? `, ${c.term.amount} ${c.term.unit}` : ''}`}
      render={(c, put, at) => <ComplaintItem c={c} put={put} at={at} errors={errors} routes={s.complaints} />}
    />
  );
}

function ComplaintItem({
  c,
  put,
  at,
  errors,
  routes,
}: {
  c: Complaint;
  /** the service's routes, whose term a route given one starts from */
  routes: readonly Complaint[];
  put: (c: Complaint) => void;
  at: string;
  errors: SectionProps['errors'];
}) {
  const { t } = useTranslation('design');
  const { t: te } = useTranslation('editors');
  const field = fieldProps(c, put, errors, at);
  return (
    <>
      <div className="row">
        <TextField label={t('s.id')} {...field('id')} />
        <CheckField
          label={te('service.hasTerm')}
          checked={c.term !== undefined}
          onChange={(on) => put({ ...c, term: on ? startingTerm(routes) : undefined })}
        />
        {c.term && (
          <>
            <TextField
              label={t('s.term')}
              type="number"
              value={c.term.amount}
              onChange={(v) => put({ ...c, term: { unit: 'working-days', ...c.term, amount: int(v) ?? 0 } })}
              errors={errors}
              at={`${at}/term/amount`}
            />
            <SelectField
              label={t('s.unit')}
              value={c.term.unit}
              options={DURATION_UNITS}
              onChange={(unit) => put({ ...c, term: { amount: 0, ...c.term, unit } })}
              errors={errors}
              at={`${at}/term/unit`}
            />
          </>
        )}
        <TextField
          label={t('s.from')}
          value={c.from}
          list="case-events"
          onChange={(from) => put({ ...c, from: from || undefined })}
          errors={errors}
          at={`${at}/from`}
        />
      </div>
      <LocalizedInput label={t('s.to')} {...field('to')} />
      <LocalizedInput label={t('s.how')} {...field('how')} />
      <SourceInput {...field('source')} />
    </>
  );
}
