import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActCoverage } from '../../../runtime/definitions/coverage';
import { api, errorText } from '../shared/api';
import { useLang } from '../shared/lang';
import { resolveLabel } from '../shared/runtime';

/** Per act, each paragraph encoded (with what cites it), marked not applicable (why) or missing. */
export function ActsCoverage() {
  const { t } = useTranslation('acts');
  const { lang } = useLang();
  const [acts, setActs] = useState<ActCoverage[] | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    api<{ acts: ActCoverage[] }>('/api/acts/coverage')
      .then((r) => setActs(r.acts))
      .catch((e: unknown) => setError(errorText(e)));
  }, []);
  return (
    <section className="acts-coverage" aria-label={t('coverageTitle')}>
      <h1>{t('coverageTitle')}</h1>
      {error && <p role="alert">{error}</p>}
      {acts?.length === 0 && <p role="status">{t('noActs')}</p>}
      {acts?.map((act) => (
        <details key={act.act} data-testid={`act-${act.act}`}>
          <summary>
            {act.doc}: {t('counts', { ...act.counts })}
          </summary>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('paragraph')}</th>
                <th scope="col">{t('status')}</th>
                <th scope="col">{t('detail')}</th>
              </tr>
            </thead>
            <tbody>
              {act.paragraphs.map((p) => (
                <tr key={p.id} className={p.status}>
                  <td>{p.id}</td>
                  <td>{t(`status_${p.status}`)}</td>
                  <td>
                    {p.status === 'encoded'
                      ? p.citedBy.map((c) => `${c.kind}/${c.id}${c.path}`).join(', ')
                      : p.status === 'not-applicable'
                        ? resolveLabel(p.reason, lang)
                        : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ))}
    </section>
  );
}
