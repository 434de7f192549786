import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorText } from '../shared/api';
import { InlineError } from '../shared/InlineError';

/**
 * Discards a draft that will never be submitted (DELETE /api/cases/:id): asks once, in words, because the
 * data and files go for good. The server decides who may (the one who started it, or an administrator).
 */
export function DiscardDraftButton({ caseId, onDiscarded }: { caseId: string; onDiscarded: () => void }) {
  const { t } = useTranslation('desk');
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  const discard = async () => {
    setBusy(true);
    setError('');
    try {
      await api(`/api/cases/${caseId}`, { method: 'DELETE' });
      onDiscarded();
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  };

  if (!asking)
    return (
      <button type="button" className="danger" onClick={() => setAsking(true)}>
        {t('drafts.discard')}
      </button>
    );
  return (
    <span role="group" aria-label={t('drafts.discard')} className="discard-confirm">
      <span>{t('drafts.confirm')}</span>{' '}
      <button type="button" className="danger" disabled={busy} onClick={() => void discard()}>
        {t('drafts.discardNow')}
      </button>{' '}
      <button type="button" disabled={busy} onClick={() => setAsking(false)}>
        {t('drafts.keep')}
      </button>
      <InlineError error={error} />
    </span>
  );
}
