import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Form } from '../../../runtime/definitions/types';
import { ApiError, api, errorText } from '../shared/api';
import { toErrorSchema, type ErrorTree } from '../shared/errorSchema';
import { FormView } from '../shared/FormView';
import { useLang } from '../shared/lang';
import type { CaseView } from './caseTypes';

/** The applicant's quality survey, filled in at the desk with the applicant (POST /api/cases/:id/survey). */
export function SurveyPanel({
  caseView,
  survey,
  onRecorded,
}: {
  caseView: CaseView;
  survey: Form;
  onRecorded?: (next: CaseView) => void;
}) {
  const { t } = useTranslation('desk');
  const { lang } = useLang();
  const recorded = caseView.forms?.[survey.id];
  const [data, setData] = useState<unknown>(recorded ?? {});
  const [message, setMessage] = useState('');
  const [errors, setErrors] = useState<ErrorTree | undefined>();
  const [busy, setBusy] = useState(false);
  const send = async (answers: unknown) => {
    setBusy(true);
    setMessage('');
    try {
      const next = await api<CaseView>(`/api/cases/${encodeURIComponent(caseView.id)}/survey`, {
        method: 'POST',
        body: { answers, baseRevision: caseView.revision },
      });
      setErrors(undefined);
      setMessage(t('survey.thanks'));
      onRecorded?.(next);
    } catch (e) {
      const invalid = e instanceof ApiError && e.status === 422;
      setErrors(invalid ? toErrorSchema(e.details, '/answers') : undefined);
      setMessage(invalid ? t('survey.problems', { count: e.details.length }) : errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="panel" aria-label={t('survey.title')}>
      <h2>{t('survey.title')}</h2>
      <FormView
        form={survey}
        lang={lang}
        data={data}
        onChange={setData}
        onSubmit={(d) => void send(d)}
        extraErrors={errors}
        idPrefix="survey"
        disabled={Boolean(recorded)}
      >
        <button type="submit" disabled={busy || Boolean(recorded)}>
          {t('survey.send')}
        </button>
      </FormView>
      {recorded && !message && <p className="muted">{t('survey.recorded')}</p>}
      {message && (
        <p role="status" data-testid="survey-message">
          {message}
        </p>
      )}
    </section>
  );
}
