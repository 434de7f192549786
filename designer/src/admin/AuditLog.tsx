import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntryView, AuditList } from '../../../runtime/api/admin';
import { api, errorText } from '../shared/api';
import { formatInstant } from '../shared/format';
import { GridTable } from '../shared/GridTable';

type Entry = AuditEntryView;

const FILTERS = ['actor', 'action', 'entity', 'entityId'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

/** Who did what, when, to which record; filtered on the server. */
export function AuditLog() {
  const [filters, setFilters] = useState<Filters>({ actor: '', action: '', entity: '', entityId: '' });
  const [applied, setApplied] = useState<Filters>(filters);
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [error, setError] = useState('');
  const { t } = useTranslation('admin');

  useEffect(() => {
    const query = new URLSearchParams({ limit: '200' });
    for (const key of FILTERS) if (applied[key]) query.set(key, applied[key]);
    api<AuditList>(`/api/audit?${query}`)
      .then((b) => setEntries(b.entries))
      .catch((e: unknown) => setError(errorText(e)));
  }, [applied]);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setApplied(filters);
  };

  return (
    <section className="audit">
      <h1>{t('audit.title')}</h1>
      <form className="row filters" onSubmit={apply} aria-label={t('audit.filters')}>
        {FILTERS.map((key) => (
          <label key={key}>
            {t(`audit.filter.${key}`)}
            <input value={filters[key]} onChange={(e) => setFilters({ ...filters, [key]: e.target.value })} />
          </label>
        ))}
        <button type="submit">{t('audit.apply')}</button>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <GridTable
        headings={[t('audit.when'), t('audit.who'), t('audit.action'), t('audit.record')]}
        rows={entries}
        empty={t('audit.empty')}
        row={(e) => (
          <tr key={e.id}>
            <td>{formatInstant(e.at)}</td>
            <td>{e.actor}</td>
            <td>{t(`audit.actions.${e.action.replace(/\./g, '~')}`, { defaultValue: e.action })}</td>
            <td>
              {t(`common:kind.${e.entity}`, { defaultValue: t(`common:enum.${e.entity}`, { defaultValue: e.entity }) })}{' '}
              {e.entityId}
            </td>
          </tr>
        )}
      />
    </section>
  );
}
