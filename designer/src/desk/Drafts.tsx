import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, errorText } from '../shared/api';
import { useAuth } from '../shared/auth';
import { formatInstant } from '../shared/format';
import { GridTable } from '../shared/GridTable';
import { useLang } from '../shared/lang';
import { resolveLabel } from '../shared/runtime';
import type { CaseSummary } from './caseTypes';
import { DiscardDraftButton } from './DiscardDraftButton';
import { useServiceCatalog } from './useServiceCatalog';

/**
 * Cases that were never submitted, apart from the work queue: a clerk finds and discards the ones they gave up;
 * an administrator sees everyone's and cleans them up. Untouched longest first: those are the ones nobody will finish.
 */
export function Drafts() {
  const { t } = useTranslation('desk');
  const { lang } = useLang();
  const { user } = useAuth();
  const catalog = useServiceCatalog();
  const [cases, setCases] = useState<CaseSummary[] | null>(null);
  const [error, setError] = useState('');
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    api<{ cases: CaseSummary[] }>('/api/cases?status=draft&sort=updatedAt&order=asc&limit=100')
      .then((body) => live && setCases(body.cases))
      .catch((e: unknown) => live && setError(errorText(e)));
    return () => {
      live = false;
    };
  }, [version]);

  const mayDiscard = (c: CaseSummary) => user?.role === 'admin' || c.createdBy === user?.username;
  const serviceTitle = (id: string) => resolveLabel(catalog?.find((s) => s.id === id)?.title as never, lang) || id;

  return (
    <section className="desk-drafts" aria-labelledby="drafts-title">
      <h1 id="drafts-title">{t('drafts.title')}</h1>
      <p className="muted">{t('drafts.hint')}</p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="table-scroll" tabIndex={0}>
        <GridTable
          headings={[
            t('drafts.lastChanged'),
            t('drafts.by'),
            t('drafts.service'),
            t('drafts.applicant'),
            t('drafts.actions'),
          ]}
          rows={cases}
          empty={t('drafts.none')}
          row={(c) => (
            <tr key={c.id} data-case={c.id}>
              <td>
                <Link to={`/desk/cases/${c.id}`}>{formatInstant(c.updatedAt)}</Link>
              </td>
              <td>{c.createdBy}</td>
              <td>{serviceTitle(c.service)}</td>
              <td>{c.applicantName ?? '—'}</td>
              <td>
                {mayDiscard(c) && <DiscardDraftButton caseId={c.id} onDiscarded={() => setVersion((v) => v + 1)} />}
              </td>
            </tr>
          )}
        />
      </div>
    </section>
  );
}
