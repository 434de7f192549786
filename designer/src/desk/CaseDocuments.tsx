import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Service } from '../../../runtime/definitions/types';
import { useLang } from '../shared/lang';
import { resolveLabel } from '../shared/runtime';
import type { CaseView } from './caseTypes';

/** The documents issued on the case, rendered by the server; each opens printable. */
export function CaseDocuments({ caseView, service }: { caseView: CaseView; service: Service | null }) {
  const { t } = useTranslation('desk');
  const { lang } = useLang();
  const [shown, setShown] = useState<string | null>(null);
  const outputs = [...new Set((caseView.documents ?? []).map((d) => d.output))];
  if (!outputs.length) return null;
  // each document in the content language when it was rendered in it, else in the language it was
  const langOf = (output: string) => {
    const rendered = (caseView.documents ?? []).filter((d) => d.output === output).map((d) => d.lang);
    return rendered.includes(lang) || rendered.length === 0 ? lang : rendered[0];
  };
  const url = (output: string) =>
    `/api/cases/${caseView.id}/documents/${encodeURIComponent(output)}?lang=${langOf(output)}`;
  return (
    <section className="panel" aria-label={t('documents.title')}>
      <h2>{t('documents.title')}</h2>
      <ul>
        {outputs.map((o) => (
          <li key={o}>
            {resolveLabel(service?.outputs.find((x) => x.id === o)?.label, lang) || t('unknown')}{' '}
            <button type="button" data-output={o} onClick={() => setShown(shown === o ? null : o)}>
              {shown === o ? t('documents.hide') : t('documents.show')}
            </button>{' '}
            <a href={url(o)} target="_blank" rel="noreferrer">
              {t('documents.printable')}
            </a>
          </li>
        ))}
      </ul>
      {shown && (
        <iframe className="document-frame" title={t('documents.frame')} data-testid="document-frame" src={url(shown)} />
      )}
    </section>
  );
}
