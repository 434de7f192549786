import { useTranslation } from 'react-i18next';
import type { Checklist, DefinitionError } from '../../../../runtime/definitions/types';
import { useLang } from '../../shared/lang';
import { DURATION_UNITS, resolveLabel } from '../../shared/runtime';
import { LocalizedInput, Panel, SelectField, TextField } from '../../shared/widgets';
import { fieldProps, putListProps } from '../fieldProps';
import { ListEditor } from '../ListEditor';
import { SourceInput } from '../SourceInput';

type Roadmap = Checklist['roadmap'];

/** The roadmap the recommendations make: its title, sections, the event terms count from, the default term. */
export function RoadmapPanel({
  roadmap: r,
  onChange,
  errors,
}: {
  roadmap: Roadmap;
  onChange: (r: Roadmap) => void;
  errors: readonly DefinitionError[];
}) {
  const { t } = useTranslation('design');
  const { t: tx } = useTranslation('designerEdit');
  const { lang } = useLang();
  const field = fieldProps(r, onChange, errors, '/roadmap');
  return (
    <Panel title={t('s.roadmap')}>
      <LocalizedInput
        label={tx('checklist.roadmapTitle')}
        value={r.title}
        onChange={(title) => onChange({ ...r, title: Object.values(title).some(Boolean) ? title : undefined })}
        errors={errors}
        at="/roadmap/title"
      />
      <div className="row">
        <TextField label={t('s.counted_from_event')} {...field('from')} />
        <TextField
          label={t('s.default_term')}
          type="number"
          value={r.defaultTerm.amount}
          onChange={(v) => onChange({ ...r, defaultTerm: { ...r.defaultTerm, amount: Math.trunc(Number(v)) } })}
          errors={errors}
          at="/roadmap/defaultTerm/amount"
        />
        <SelectField
          label={t('s.unit')}
          value={r.defaultTerm.unit}
          options={DURATION_UNITS}
          onChange={(unit) => onChange({ ...r, defaultTerm: { ...r.defaultTerm, unit } })}
          errors={errors}
          at="/roadmap/defaultTerm/unit"
        />
        <TextField label={t('s.calendar')} {...field('calendar')} />
      </div>
      <ListEditor
        title={tx('checklist.sections')}
        {...putListProps(r, onChange, errors, '/roadmap')('sections')}
        make={(items) => ({ id: `section${items.length + 1}`, label: { en: `Section ${items.length + 1}` } })}
        name={(x) => `${x.id} — ${resolveLabel(x.label, lang)}`}
        render={(x, put, at) => {
          const f = fieldProps(x, put, errors, at);
          return (
            <>
              <TextField label={t('s.id')} {...f('id')} />
              <LocalizedInput label={t('s.label')} {...f('label')} />
              <SourceInput {...f('source')} />
            </>
          );
        }}
      />
      <SourceInput {...field('source')} />
    </Panel>
  );
}
