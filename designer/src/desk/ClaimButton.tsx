import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorText } from '../shared/api';
import { InlineError } from '../shared/InlineError';
import { useAuth } from '../shared/auth';
import type { CaseSummary } from './caseTypes';

/**
 * Claim a case (it becomes the caller's) or release it. A case someone else holds answers 409 to a claim,
 * which is said; an administrator may take it over.
 */
export function ClaimButton({
  caseId,
  assignee,
  onChanged,
}: {
  caseId: string;
  assignee: string | null | undefined;
  onChanged: (summary: CaseSummary) => void;
}) {
  const { t } = useTranslation('desk');
  const { user } = useAuth();
  const [error, setError] = useState('');
  const mine = Boolean(user && assignee === user.username);
  const other = Boolean(assignee) && !mine;
  const send = async (what: 'claim' | 'release') => {
    setError('');
    try {
      onChanged(await api<CaseSummary>(`/api/cases/${encodeURIComponent(caseId)}/${what}`, { method: 'POST' }));
    } catch (e) {
      setError(errorText(e));
    }
  };
  if (other && user?.role !== 'admin') return <span className="muted">{t('claim.heldBy', { user: assignee })}</span>;
  return (
    <span className="claim">
      <button type="button" data-claim={caseId} onClick={() => void send(mine ? 'release' : 'claim')}>
        {mine ? t('claim.release') : other ? t('claim.takeOver') : t('claim.claim')}
      </button>
      <InlineError error={error} />
    </span>
  );
}
