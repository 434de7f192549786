import { useTranslation } from 'react-i18next';

/** Each issued document as PDF, and the provider's detached signature beside it. */
export function ResultPdfLinks({
  caseId,
  documents,
}: {
  caseId: string;
  documents: { output: string; lang?: string }[];
}) {
  const { t } = useTranslation('documents');
  if (!documents.length) return null;
  const base = (d: { output: string }) =>
    `/api/cases/${encodeURIComponent(caseId)}/documents/${encodeURIComponent(d.output)}`;
  return (
    <section className="panel" aria-label={t('documentsHeading')}>
      <h2>{t('documentsHeading')}</h2>
      <ul>
        {documents.map((d) => (
          <li key={`${d.output}-${d.lang ?? ''}`}>
            {d.output}
            {d.lang ? ` (${d.lang})` : ''}{' '}
            <a href={`${base(d)}?format=pdf${d.lang ? `&lang=${d.lang}` : ''}`} target="_blank" rel="noreferrer">
              {t('pdf')}
            </a>{' '}
            <a href={`${base(d)}/signature${d.lang ? `?lang=${d.lang}` : ''}`}>{t('signature')}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
