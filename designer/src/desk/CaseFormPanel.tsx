import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Form } from '../../../runtime/definitions/types';
import { ApiError, api, errorText } from '../shared/api';
import { toErrorSchema, type ErrorTree } from '../shared/errorSchema';
import { UploadsInFlight, useUploadsInFlight } from '../shared/attachmentContext';
import { FormView } from '../shared/FormView';
import { LanguageSwitch, useLang } from '../shared/lang';
import { useAuth } from '../shared/auth';
import type { CaseView } from './caseTypes';
import { DiscardDraftButton } from './DiscardDraftButton';
import { PrefillPanel } from '../connectors/PrefillPanel';

/** The generated form of a draft case: save the draft, submit; the server's 422 errors land on their fields. */
export function CaseFormPanel({
  caseView,
  form,
  onChanged,
}: {
  caseView: CaseView;
  form: Form;
  onChanged: (c: CaseView) => void;
}) {
  const { t } = useTranslation('desk');
  const { lang, setLang } = useLang();
  const [data, setData] = useState<unknown>(caseView.data ?? {});
  const [serverErrors, setServerErrors] = useState<ErrorTree | undefined>();
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const { uploading, uploads } = useUploadsInFlight();
  const navigate = useNavigate();
  const { user } = useAuth();
  // the server allows the one who started the draft, or an administrator
  const mayDiscard = user?.role === 'admin' || (!!user && caseView.createdBy === user.username);

  const saveDraft = async () => {
    setBusy(true);
    try {
      const saved = await api<CaseView>(`/api/cases/${caseView.id}/data`, { method: 'PUT', body: { data } });
      setMessage(t('form.saved'));
      if (saved && typeof saved === 'object' && 'status' in saved) onChanged({ ...caseView, ...saved });
    } catch (e) {
      setMessage(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const submit = async (formData: unknown) => {
    setBusy(true);
    setMessage('');
    try {
      const submitted = await api<CaseView>(`/api/cases/${caseView.id}/submit`, {
        method: 'POST',
        body: { data: formData },
      });
      setServerErrors(undefined);
      onChanged({ ...caseView, ...submitted });
    } catch (e) {
      if (e instanceof ApiError && e.status === 422) {
        setServerErrors(toErrorSchema(e.details));
        setMessage(t('form.problems', { count: e.details.length }));
      } else setMessage(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel case-form" aria-label={t('form.title')}>
      <header>
        <h2>{t('form.heading')}</h2>
        <LanguageSwitch value={lang} onChange={setLang} label={t('form.language')} />
      </header>
      {message && (
        <p role="alert" className={serverErrors ? 'error' : 'notice'} data-testid="form-message">
          {message}
        </p>
      )}
      <PrefillPanel caseId={caseView.id} form={form} data={data} onData={setData} />
      <UploadsInFlight.Provider value={uploads}>
        <FormView
          form={form}
          lang={lang}
          data={data}
          onChange={setData}
          onSubmit={(d) => {
            if (uploading === 0) void submit(d);
          }}
          extraErrors={serverErrors}
          idPrefix="case"
          disabled={busy}
        >
          <FormActions
            busy={busy}
            uploading={uploading}
            onSave={() => void saveDraft()}
            onSubmit={() => void submit(data)}
          />
          {mayDiscard && (
            <div className="row-actions">
              <DiscardDraftButton caseId={caseView.id} onDiscarded={() => void navigate('/desk/drafts')} />
            </div>
          )}
        </FormView>
      </UploadsInFlight.Provider>
    </section>
  );
}

/** Save, submit and check-and-submit; submitting waits for the files still on their way. */
function FormActions({
  busy,
  uploading,
  onSave,
  onSubmit,
}: {
  busy: boolean;
  uploading: number;
  onSave: () => void;
  onSubmit: () => void;
}) {
  const { t } = useTranslation('desk');
  return (
    <>
      <div className="row-actions">
        <button type="button" onClick={onSave} disabled={busy}>
          {t('form.saveDraft')}
        </button>
        <button type="button" className="primary" onClick={onSubmit} disabled={busy || uploading > 0}>
          {t('form.submit')}
        </button>
        <button type="submit" disabled={busy || uploading > 0}>
          {t('form.checkAndSubmit')}
        </button>
      </div>
      {uploading > 0 && (
        <p role="status" data-testid="uploads-in-flight">
          {t('form.uploadsInFlight', { count: uploading })}
        </p>
      )}
    </>
  );
}
