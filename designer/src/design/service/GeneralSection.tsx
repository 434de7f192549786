import { useTranslation } from 'react-i18next';
import type { DefinitionSummary } from '../../shared/definitionsApi';
import { CheckField, LocalizedInput, Panel, SelectField, TextField } from '../../shared/widgets';
import { SourceInput } from '../SourceInput';
import { alternativesText, listText, parseAlternatives, parseList } from './pointerLists';
import { setterProps } from '../fieldProps';
import { hasText, ids, type SectionProps } from './shared';

/** What the service is and who provides it: title, code, forms, calendar, numbering, the applicant's fields, contacts. */
export function GeneralSection({ s, set, errors, forms, calendars }: SectionProps & Pickable) {
  const { t } = useTranslation('design');
  const { t: te } = useTranslation('editors');
  const field = setterProps(s, set, errors);
  return (
    <Panel title={t('s.service')}>
      <LocalizedInput label={t('s.title')} {...field('title')} />
      <LocalizedInput label={t('s.provider')} {...field('provider')} />
      <div className="row">
        <TextField label={t('s.code')} {...field('code')} onChange={(v) => set('code', v || undefined)} />
        <SelectField label={t('s.form')} {...field('form')} options={ids(forms, s.form)} />
        <SelectField
          label={t('s.survey_form')}
          {...field('survey')}
          value={s.survey ?? '(none)'}
          options={['(none)', ...ids(forms)]}
          onChange={(v) => set('survey', v === '(none)' ? undefined : v)}
        />
        <SelectField label={t('s.calendar')} {...field('calendar')} options={ids(calendars, s.calendar)} />
        <TextField
          label={te('service.numberingPrefix')}
          value={s.numbering?.prefix}
          onChange={(prefix) => set('numbering', prefix ? { prefix } : undefined)}
          errors={errors}
          at="/numbering/prefix"
        />
      </div>
      <SourceInput {...field('providerSource')} />
      <ExtraForms s={s} set={set} errors={errors} forms={forms} />
      <div className="row">
        <TextField
          label={te('service.applicantName')}
          value={alternativesText(s.applicant?.name)}
          onChange={(v) => set('applicant', { ...s.applicant, name: parseAlternatives(v) })}
          errors={errors}
          at="/applicant/name"
        />
        <TextField
          label={te('service.applicantId')}
          value={listText(s.applicant?.id)}
          onChange={(v) => set('applicant', { ...s.applicant, id: parseList(v) })}
          errors={errors}
          at="/applicant/id"
        />
        <TextField
          label={te('service.applicantEmail')}
          {...field('applicantEmail')}
          onChange={(v) => set('applicantEmail', v || undefined)}
        />
      </div>
      <LocalizedInput
        label={te('service.contacts')}
        {...field('contacts')}
        onChange={(v) => set('contacts', hasText(v) ? v : undefined)}
        multiline
      />
    </Panel>
  );
}

interface Pickable {
  forms: readonly DefinitionSummary[];
  calendars: readonly DefinitionSummary[];
}

/** The further forms a case of the service may carry (beside the application form), ticked from the declared ones. */
function ExtraForms({ s, set, forms }: SectionProps & { forms: readonly DefinitionSummary[] }) {
  const { t: te } = useTranslation('editors');
  return (
    <fieldset className="checks" data-pointer="/forms">
      <legend>{te('service.extraForms')}</legend>
      {ids(forms)
        .concat((s.forms ?? []).filter((f) => !forms.some((x) => x.id === f)))
        .filter((id) => id !== s.form)
        .map((id) => (
          <CheckField
            key={id}
            label={id}
            checked={(s.forms ?? []).includes(id)}
            onChange={(on) => {
              const next = on ? [...(s.forms ?? []), id] : (s.forms ?? []).filter((f) => f !== id);
              set('forms', next.length ? next : undefined);
            }}
          />
        ))}
    </fieldset>
  );
}
