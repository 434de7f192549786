import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Service } from '../../../runtime/definitions/types';
import { resolveLabel } from '../../../runtime/i18n/resolveLabel';
import { api, errorText } from '../shared/api';
import { formatInstant } from '../shared/format';
import { useLang } from '../shared/lang';

interface DocumentCall {
  purpose: string;
  ok: boolean;
  connector: string;
  version: number | null;
  at: string;
  record: { document?: string; outputs?: Record<string, unknown>; failure?: string };
}

/**
 * The documents the provider obtains itself through a connector: the latest attempt for each,
 * obtained (with what came back) or failed (and why, in the user's language), with a retry.
 */
export function FetchedDocuments({ caseId, service }: { caseId: string; service: Service | null }) {
  const { t } = useTranslation('connectors');
  const { lang } = useLang();
  const [calls, setCalls] = useState<DocumentCall[]>([]);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState('');
  const documents = (service?.documents ?? []).filter((d) => d.connector !== undefined);

  const reload = useCallback(() => {
    api<DocumentCall[]>(`/api/cases/${caseId}/connector-calls`)
      .then((rows) => setCalls(rows.filter((r) => r.purpose === 'document')))
      .catch((e: unknown) => setMessage(errorText(e)));
  }, [caseId]);
  useEffect(() => {
    if (documents.length) reload();
  }, [reload, documents.length]);
  if (documents.length === 0) return null;

  const retry = async (document: string) => {
    setBusy(document);
    setMessage('');
    try {
      await api(`/api/cases/${caseId}/fetched-documents/${encodeURIComponent(document)}`, { method: 'POST', body: {} });
      reload();
    } catch (e) {
      setMessage(errorText(e));
    } finally {
      setBusy('');
    }
  };

  return (
    <section className="panel" aria-labelledby="fetched-documents-heading" data-testid="fetched-documents">
      <h2 id="fetched-documents-heading">{t('documents.heading')}</h2>
      {message && <p role="alert">{message}</p>}
      <ul>
        {documents.map((document) => {
          const last = calls.filter((c) => c.record.document === document.id).at(-1);
          return (
            <li key={document.id} data-document={document.id}>
              <strong>{resolveLabel(document.label, lang)}</strong>:{' '}
              {!last
                ? t('documents.notYet')
                : last.ok
                  ? t('documents.obtained', {
                      connector: last.connector,
                      version: last.version ?? '—',
                      at: formatInstant(last.at),
                    })
                  : t('documents.failed', { reason: t(`failure.${last.record.failure ?? 'unavailable'}`) })}
              {last?.ok && last.record.outputs && (
                <dl>
                  {Object.entries(last.record.outputs).map(([name, value]) => (
                    <div key={name}>
                      <dt>{name}</dt>
                      <dd>{typeof value === 'string' ? value : JSON.stringify(value)}</dd>
                    </div>
                  ))}
                </dl>
              )}
              {!last?.ok && (
                <button type="button" disabled={busy === document.id} onClick={() => void retry(document.id)}>
                  {t('documents.retry')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
