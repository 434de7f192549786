import { useTranslation } from 'react-i18next';
import type { DefinitionSummary } from '../../shared/definitionsApi';
import { OUTCOMES } from '../../shared/runtime';
import { CheckField, LocalizedInput, Panel, SelectField, TextField } from '../../shared/widgets';
import { fieldProps, listProps } from '../fieldProps';
import { ListEditor } from '../ListEditor';
import { SourceInput } from '../SourceInput';
import { ids, nextId, type SectionProps } from './shared';

/** The rulesets the service pins, and the documents it issues from templates (on which outcome). */
export function OutputsSection({
  s,
  set,
  errors,
  rulesets,
  templates,
}: SectionProps & { rulesets: readonly DefinitionSummary[]; templates: readonly DefinitionSummary[] }) {
  const { t } = useTranslation('design');
  return (
    <>
      <Panel title={t('s.rulesets')}>
        <div className="checks" data-pointer="/rulesets">
          {ids(rulesets)
            .concat(s.rulesets.filter((r) => !rulesets.some((x) => x.id === r)))
            .map((id) => (
              <CheckField
                key={id}
                label={id}
                checked={s.rulesets.includes(id)}
                onChange={(on) => set('rulesets', on ? [...s.rulesets, id] : s.rulesets.filter((r) => r !== id))}
              />
            ))}
        </div>
      </Panel>
      <ListEditor
        title={t('s.outputs')}
        {...listProps(s, set, errors)('outputs')}
        make={(items) => ({
          id: nextId(
            'output',
            items.map((i) => i.id),
          ),
          label: { en: 'Result document' },
          template: templates[0]?.id ?? 'template',
          on: 'issued',
        })}
        name={(o) => `${o.id} — ${o.template}${o.on ? ` on ${o.on}` : ''}`}
        render={(o, put, at) => {
          const field = fieldProps(o, put, errors, at);
          return (
            <>
              <div className="row">
                <TextField label={t('s.id')} {...field('id')} />
                <SelectField label={t('s.template')} {...field('template')} options={ids(templates, o.template)} />
                <SelectField
                  label={t('s.issued_on')}
                  value={o.on ?? '(any)'}
                  options={['(any)', ...OUTCOMES]}
                  onChange={(on) => put({ ...o, on: on === '(any)' ? undefined : on })}
                  errors={errors}
                  at={`${at}/on`}
                />
              </div>
              <LocalizedInput label={t('s.label')} {...field('label')} />
              <SourceInput {...field('source')} />
            </>
          );
        }}
      />
    </>
  );
}
