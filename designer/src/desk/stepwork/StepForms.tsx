import { useTranslation } from 'react-i18next';
import type { Form } from '../../../../runtime/definitions/types';
import type { ErrorTree } from '../../shared/errorSchema';
import { FormView } from '../../shared/FormView';
import { useLang } from '../../shared/lang';
import type { StepForm } from '../caseTypes';
import { labelOr } from '../labels';

interface StepFormsProps {
  stepForms: StepForm[];
  /** the published forms: undefined while loading, null when not published */
  forms: Record<string, Form | null>;
  data: Record<string, unknown>;
  onChange: (formId: string, data: unknown) => void;
  formErrors: Record<string, ErrorTree>;
  busy: boolean;
}

/** The forms the step asks staff to fill, each under its title (marked when required), with the server's errors. */
export function StepForms({ stepForms, forms, data, onChange, formErrors, busy }: StepFormsProps) {
  const { t } = useTranslation('desk');
  const { lang } = useLang();
  return (
    <>
      {stepForms.map((f) => {
        const form = forms[f.id];
        if (form === undefined) return <p key={f.id}>{t('loading')}</p>;
        if (form === null)
          return (
            <p key={f.id} className="error" data-testid={`form-missing-${f.id}`}>
              {t('work.formMissing')}
            </p>
          );
        return (
          <div key={f.id} className="step-form" data-step-form={f.id}>
            <h3>
              {labelOr(t, form.title, lang)}
              {f.required ? ` (${t('work.required')})` : ''}
            </h3>
            <FormView
              form={form}
              lang={lang}
              data={data[f.id] ?? {}}
              onChange={(d) => onChange(f.id, d)}
              extraErrors={formErrors[f.id]}
              idPrefix={`step_${f.id.replace(/[^A-Za-z0-9]/g, '_')}`}
              disabled={busy}
            >
              <></>
            </FormView>
          </div>
        );
      })}
    </>
  );
}
