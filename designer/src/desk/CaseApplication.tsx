import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Form } from '../../../runtime/definitions/types';
import { useLang } from '../shared/lang';
import { applicationEntries, attachmentsOf, type Attachment, type Entry } from './applicationView';
import type { CaseView } from './caseTypes';

function sizeText(file: Attachment): string {
  if (file.size === undefined) return '';
  return file.size < 1024 ? `${file.size} B` : `${Math.round(file.size / 102.4) / 10} KB`;
}

function Entries({ entries }: { entries: readonly Entry[] }) {
  const { t } = useTranslation('desk');
  return (
    <dl className="application-fields">
      {entries.map((e) => (
        <div key={e.key} className={`entry entry-${e.kind}`} data-field={e.key}>
          <dt>{e.label}</dt>
          <dd>
            {e.kind === 'value' && e.text}
            {e.kind === 'section' && <Entries entries={e.entries} />}
            {e.kind === 'files' && (e.files.length ? e.files.map((f) => f.name).join(', ') : '—')}
            {e.kind === 'table' &&
              (e.rows.length === 0 ? (
                '—'
              ) : (
                <div className="table-scroll" tabIndex={0}>
                  <table className="grid">
                    <thead>
                      <tr>
                        <th scope="col">{t('application.row')}</th>
                        {e.columns.map((c, i) => (
                          <th key={i} scope="col">
                            {c}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {e.rows.map((row, r) => (
                        <tr key={r}>
                          <td>{r + 1}</td>
                          {row.map((cell, i) => (
                            <td key={i}>{cell}</td>
                          ))}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              ))}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The application as it was submitted: every field in the chosen language, tables, and its attachments. */
export function CaseApplication({ caseView, form }: { caseView: CaseView; form: Form | null }) {
  const { t } = useTranslation('desk');
  const { lang } = useLang();
  const entries = useMemo(
    () => (form ? applicationEntries(form, caseView.data ?? {}, lang, { yes: t('yes'), no: t('no') }) : []),
    [form, caseView.data, lang, t],
  );
  const attachments = attachmentsOf(entries);
  return (
    <section className="panel case-application" aria-label={t('application.title')} data-testid="application">
      <h2>{t('application.title')}</h2>
      {!form ? <p>{t('loading')}</p> : <Entries entries={entries} />}
      <h3>{t('application.attachments')}</h3>
      {attachments.length === 0 ? (
        <p>{t('application.noAttachments')}</p>
      ) : (
        <ul data-testid="attachments">
          {attachments.map((a, i) => (
            <li key={i}>
              {a.file.name}{' '}
              <span className="muted">
                ({a.field}
                {sizeText(a.file) ? `, ${sizeText(a.file)}` : ''})
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
