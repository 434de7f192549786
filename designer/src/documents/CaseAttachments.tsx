import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../runtime/definitions/types';
import { api, errorText } from '../shared/api';
import { humanSize, type AttachmentInfo } from '../shared/attachmentContext';
import { useLang } from '../shared/lang';
import { resolveLabel } from '../shared/runtime';

interface DocumentStatus {
  id: string;
  label: LocalizedText;
  required: boolean;
  condition?: LocalizedText;
  present: boolean;
  attachments: string[];
}

/** The case's files (name, type, size; view and download) and which required documents are present or missing. */
export function CaseAttachments({ caseId, revision }: { caseId: string; revision?: number }) {
  const { t } = useTranslation('documents');
  const { lang } = useLang();
  const [state, setState] = useState<{ attachments: AttachmentInfo[]; documents: DocumentStatus[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api<{ attachments: AttachmentInfo[]; documents: DocumentStatus[] }>(
      `/api/cases/${encodeURIComponent(caseId)}/attachments`,
    ).then(setState, (e: unknown) => setError(errorText(e)));
  }, [caseId, revision]);
  if (error) return <p className="error">{error}</p>;
  if (!state) return null;
  const url = (a: AttachmentInfo) => `/api/cases/${encodeURIComponent(caseId)}/attachments/${a.id}`;
  return (
    <section className="panel" aria-label={t('attachments')} data-testid="case-attachments">
      <h2>{t('attachments')}</h2>
      {state.attachments.length === 0 && <p>{t('none')}</p>}
      <ul>
        {state.attachments.map((a) => (
          <li key={a.id} data-testid={`attachment-${a.id}`}>
            {a.name} ({a.type}, {humanSize(a.size)}){' '}
            <a href={url(a)} target="_blank" rel="noreferrer">
              {t('view')}
            </a>{' '}
            <a href={`${url(a)}?download=1`}>{t('download')}</a>
          </li>
        ))}
      </ul>
      {state.documents.length > 0 && (
        <>
          <h3>{t('required')}</h3>
          <ul>
            {state.documents.map((d) => (
              <li key={d.id} data-testid={`required-${d.id}`} className={d.present ? 'present' : 'missing'}>
                {resolveLabel(d.label, lang) || d.id}
                {/* a document asked only in some cases says which: this case is one of them */}
                {d.condition && <span className="muted"> ({resolveLabel(d.condition, lang)})</span>}:{' '}
                {d.present ? t('present') : t('missing')}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
