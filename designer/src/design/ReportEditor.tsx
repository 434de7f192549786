import { useTranslation } from 'react-i18next';
import type { Report, ReportColumn, ReportValue } from '../../../runtime/definitions/types';
import { useLang } from '../shared/lang';
import { resolveLabel } from '../shared/runtime';
import { LocalizedInput, Panel, SelectField, TextField } from '../shared/widgets';
import type { EditorProps } from './editorProps';
import { fieldProps, putListProps } from './fieldProps';
import { ListEditor } from './ListEditor';
import { listText, parseList } from './service/pointerLists';
import { ItemSourceInput, SourceInput } from './SourceInput';

/** The values a column can show, in the order an analyst reads them (runtime/definitions/report.ts). */
const VALUES: readonly ReportValue[] = [
  'service',
  'serviceTitle',
  'status',
  'count',
  'received',
  'handled',
  'refused',
  'overdue',
  'onTime',
  'closed',
  'closedOnTime',
  'onTimeRate',
];

/** Puts `value` at `key`, or drops the key when the list is empty: an absent filter keeps every case. */
function withList<T extends object>(item: T, key: keyof T & string, value: string[] | undefined): T {
  const { [key]: _drop, ...rest } = item as Record<string, unknown>;
  return (value ? { ...rest, [key]: value } : rest) as T;
}

/** A report over the cases with no code: its period, filters, groups and columns, each column cited. */
export function ReportEditor({ definition: d, onChange, errors }: EditorProps<Report>) {
  const { t } = useTranslation('reports');
  const { t: td } = useTranslation('design');
  const field = fieldProps(d, onChange, errors, '');
  const filters = d.filters ?? {};
  const putFilters = (next: NonNullable<Report['filters']>) => {
    const { filters: _drop, ...rest } = d;
    onChange(Object.keys(next).length ? { ...d, filters: next } : rest);
  };
  return (
    <div className="report-editor">
      <Panel title={t('title')}>
        <LocalizedInput label={td('s.title')} {...field('title')} />
        <SourceInput value={d.source} onChange={(source) => onChange({ ...d, source })} errors={errors} at="/source" />
        <p className="hint">{t('hint')}</p>
        <div className="row">
          <SelectField label={t('from')} options={[{ value: 'cases', label: t('fromCases') }]} {...field('from')} />
          <SelectField
            label={t('period')}
            options={[
              { value: 'month', label: t('periodMonth') },
              { value: 'all', label: t('periodAll') },
            ]}
            {...field('period')}
          />
        </div>
        <TextField
          label={t('groupBy')}
          value={d.groupBy.join(', ')}
          onChange={(v) => onChange({ ...d, groupBy: (parseList(v) ?? ['service']) as Report['groupBy'] })}
          errors={errors}
          at="/groupBy"
        />
        <TextField
          label={t('services')}
          value={listText(filters.services)}
          onChange={(v) => putFilters(withList(filters, 'services', parseList(v)))}
          errors={errors}
          at="/filters/services"
        />
        <TextField
          label={t('statuses')}
          value={listText(filters.statuses)}
          onChange={(v) => putFilters(withList(filters, 'statuses', parseList(v)))}
          errors={errors}
          at="/filters/statuses"
        />
        <TextField
          label={t('refusalOutcomes')}
          value={listText(d.refusalOutcomes)}
          onChange={(v) => onChange(withList(d, 'refusalOutcomes', parseList(v)))}
          errors={errors}
          at="/refusalOutcomes"
        />
        <TextField
          label={t('listing')}
          value={d.listing?.service ?? ''}
          onChange={(v) => {
            const { listing: _drop, ...rest } = d;
            onChange(v.trim() ? { ...d, listing: { service: v.trim() } } : rest);
          }}
          errors={errors}
          at="/listing/service"
        />
      </Panel>
      <ReportColumns report={d} onChange={onChange} errors={errors} />
    </div>
  );
}

/** The report's columns: each with its key, kk/ru/en label, what it shows, and its citation. */
function ReportColumns({ report: d, onChange, errors }: { report: Report } & Omit<EditorProps<Report>, 'definition'>) {
  const { t } = useTranslation('reports');
  const { t: td } = useTranslation('design');
  const { lang } = useLang();
  return (
    <ListEditor<ReportColumn>
      title={t('columns')}
      {...putListProps(d, onChange, errors)('columns')}
      make={(items) => ({
        key: `column${items.length + 1}`,
        label: { en: `Column ${items.length + 1}` },
        value: 'count',
      })}
      name={(c) => `${c.key} — ${resolveLabel(c.label, lang)}`}
      render={(c, put, at) => {
        const column = fieldProps(c, put, errors, at);
        return (
          <>
            <TextField label={t('key')} {...column('key')} />
            <LocalizedInput label={td('s.label')} {...column('label')} />
            <SelectField
              label={t('value')}
              options={VALUES.map((v) => ({ value: v, label: t(`values.${v}`) }))}
              {...column('value')}
            />
            <ItemSourceInput item={c} put={put} errors={errors} at={at} />
          </>
        );
      }}
    />
  );
}
