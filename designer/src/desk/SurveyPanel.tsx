import { useEffect, useState } from 'react';
import type { Form } from '../../../runtime/definitions/types';
import { ApiError, api, errorText } from '../shared/api';
import { FormView } from '../shared/FormView';
import { hasEndpoint } from '../shared/serverCapabilities';
import { useLang } from '../shared/lang';
import type { CaseView } from './caseTypes';

/** The applicant's quality survey, filled in at the desk with the applicant. */
export function SurveyPanel({ caseView, survey }: { caseView: CaseView; survey: Form }) {
  const { lang } = useLang();
  const [data, setData] = useState<unknown>({});
  const [message, setMessage] = useState('');
  const [recordable, setRecordable] = useState(true);
  useEffect(() => {
    void hasEndpoint('/api/cases/{id}/survey').then(setRecordable);
  }, []);
  const send = async (answers: unknown) => {
    try {
      await api(`/api/cases/${caseView.id}/survey`, { method: 'POST', body: { answers } });
      setMessage('Thank you: the survey is recorded.');
    } catch (e) {
      setMessage(
        e instanceof ApiError && e.status === 404
          ? 'The server does not record surveys yet (POST /api/cases/:id/survey).'
          : errorText(e),
      );
    }
  };
  return (
    <section className="panel" aria-label="Quality survey">
      <h2>Quality survey</h2>
      <FormView
        form={survey}
        lang={lang}
        data={data}
        onChange={setData}
        onSubmit={(d) => void send(d)}
        idPrefix="survey"
      >
        <button type="submit" disabled={!recordable}>
          Send survey
        </button>
      </FormView>
      {!recordable && <p className="muted">The server does not record surveys yet (POST /api/cases/:id/survey).</p>}
      {message && <p role="status">{message}</p>}
    </section>
  );
}
