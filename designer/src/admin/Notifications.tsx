import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { NotificationList, NotificationView } from '../../../runtime/api/admin';
import { api, errorText } from '../shared/api';
import { formatInstant } from '../shared/format';
import { GridTable } from '../shared/GridTable';

type Notice = NotificationView;

const STATUSES = ['failed', 'pending', 'sent', 'all'] as const;
type Status = (typeof STATUSES)[number];
const KINDS = new Set(['submitted', 'decided', 'overdue']);

/** The outbox for administrators: failed notices first, with why, so an address or the SMTP settings can be fixed. */
export function Notifications() {
  const { t, i18n } = useTranslation('notices');
  const [status, setStatus] = useState<Status>('failed');
  const [notices, setNotices] = useState<Notice[] | null>(null);
  const [error, setError] = useState('');
  const [done, setDone] = useState('');
  const [reloads, setReloads] = useState(0);

  const retry = async (id: number) => {
    setError('');
    setDone('');
    try {
      await api(`/api/notifications/${id}/retry`, { method: 'POST' });
      setDone(t('retried', { id }));
      setReloads((n) => n + 1);
    } catch (e) {
      setError(errorText(e));
    }
  };

  useEffect(() => {
    setNotices(null);
    api<NotificationList>(`/api/notifications${status === 'all' ? '' : `?status=${status}`}`)
      .then((b) => setNotices(b.notifications))
      .catch((e: unknown) => setError(errorText(e)));
  }, [status, reloads]);

  return (
    <section className="notifications">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <label>
        {t('status')}{' '}
        <select value={status} onChange={(e) => setStatus(e.target.value as Status)}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`statuses.${s}`)}
            </option>
          ))}
        </select>
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {done && <p role="status">{done}</p>}
      <div className="table-scroll" tabIndex={0}>
        <GridTable
          headings={[
            t('case'),
            t('kind'),
            t('recipient'),
            t('address'),
            t('attempts'),
            t('lastError'),
            t('when'),
            t('action'),
          ]}
          rows={notices}
          empty={t('none')}
          row={(n) => (
            <tr key={n.id} data-notice={n.id}>
              <td>
                <Link to={`/desk/cases/${encodeURIComponent(n.caseId)}`}>{n.caseNumber ?? n.caseId}</Link>
              </td>
              <td>{KINDS.has(n.kind) ? t(`kinds.${n.kind}`) : n.kind}</td>
              <td>{n.recipient === 'applicant' ? t('applicant') : n.recipient}</td>
              <td>{n.email ?? '—'}</td>
              <td>{n.attempts}</td>
              <td className="error-text">{n.lastError ?? ''}</td>
              <td>{formatInstant(n.failedAt ?? n.sentAt, undefined, i18n.language)}</td>
              <td>
                {n.failedAt && (
                  <button type="button" onClick={() => void retry(n.id)}>
                    {t('retry')}
                  </button>
                )}
              </td>
            </tr>
          )}
        />
      </div>
    </section>
  );
}
