import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { KINDS, type Kind } from '../../../runtime/definitions/kinds';
import { errorText } from '../shared/api';
import { mayEdit, useAuth } from '../shared/auth';
import { hasDraft, listDefinitions, loadForEditing, saveDraft, type DefinitionSummary } from '../shared/definitionsApi';
import { GridTable } from '../shared/GridTable';
import { useLang } from '../shared/lang';
import { resolveLabel } from '../shared/runtime';
import { duplicate, NATIONAL_CALENDAR, newCalendar, skeleton } from './skeletons';

const ID_PATTERN = /^[a-z0-9][a-z0-9._-]{0,79}$/;

/** Every definition of one kind, with its status; new and duplicate start drafts. */
export function Library({ basePath = '/design', kinds = KINDS }: { basePath?: string; kinds?: readonly Kind[] }) {
  const [params, setParams] = useSearchParams();
  const kind = (kinds.includes(params.get('kind') as Kind) ? params.get('kind') : kinds[0]) as Kind;
  const [rows, setRows] = useState<DefinitionSummary[] | null>(null);
  const [error, setError] = useState('');
  const [query, setQuery] = useState('');
  const [newId, setNewId] = useState('');
  const [copying, setCopying] = useState<string | null>(null);
  const { lang } = useLang();
  const { t } = useTranslation('design');
  const kindName = (k: Kind) => t(`common:kind.${k}`);
  const navigate = useNavigate();
  const { user } = useAuth();
  const editable = mayEdit(user, kind);

  useEffect(() => {
    setRows(null);
    listDefinitions(kind)
      .then(setRows)
      .catch((e: unknown) => setError(errorText(e)));
  }, [kind]);

  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return (rows ?? []).filter(
      (r) => !q || r.id.includes(q) || Object.values(r.title ?? {}).some((t) => t?.toLowerCase().includes(q)),
    );
  }, [rows, query]);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setError('');
    if (!ID_PATTERN.test(newId)) return setError(t('library.badId'));
    if (rows?.some((r) => r.id === newId)) return setError(t('library.exists', { id: newId }));
    try {
      const definition = copying
        ? duplicate((await loadForEditing(kind, copying)).definition, newId)
        : kind === 'calendar'
          ? newCalendar((await loadForEditing('calendar', NATIONAL_CALENDAR)).definition, newId)
          : skeleton(kind, newId);
      await saveDraft(definition);
      await navigate(`${basePath}/${kind}/${newId}`);
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <section className="library">
      <h1>{t('library.title')}</h1>
      <div role="tablist" aria-label={t('library.kinds')} className="tabs">
        {kinds.map((k) => (
          <button key={k} role="tab" type="button" aria-selected={k === kind} onClick={() => setParams({ kind: k })}>
            {kindName(k)}
          </button>
        ))}
      </div>
      <div className="library-bar">
        <label>
          {t('library.search')}
          <input
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder={t('library.searchHint')}
          />
        </label>
        {editable && (
          <form
            onSubmit={(e) => void create(e)}
            className="new-definition"
            aria-label={t('library.newForm', { kind: kindName(kind) })}
          >
            <label>
              {copying ? t('library.duplicateAs', { id: copying }) : t('library.newId', { kind: kindName(kind) })}
              <input
                name="new-id"
                value={newId}
                onChange={(e) => setNewId(e.target.value)}
                placeholder={t('library.idExample')}
              />
            </label>
            <button type="submit">{copying ? t('library.duplicate') : t('library.new')}</button>
            {copying && (
              <button type="button" onClick={() => setCopying(null)}>
                {t('common:cancel')}
              </button>
            )}
          </form>
        )}
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {rows === null ? (
        <p>{t('common:loading')}</p>
      ) : (
        <GridTable
          headings={[
            t('library.id'),
            t('library.titleColumn'),
            t('library.status'),
            <span className="sr-only">{t('common:actions')}</span>,
          ]}
          rows={shown}
          empty={t('library.empty')}
          row={(row) => (
            <tr key={row.id}>
              <td>
                <Link to={`${basePath}/${kind}/${row.id}`}>{row.id}</Link>
              </td>
              <td>{resolveLabel(row.title ?? undefined, lang)}</td>
              <td>
                {row.version ? (
                  <span className="badge published">{t('library.published', { version: row.version })}</span>
                ) : null}{' '}
                {hasDraft(row) || !row.version ? <span className="badge draft">{t('library.draft')}</span> : null}
              </td>
              <td>
                {editable && (
                  <button
                    type="button"
                    onClick={() => {
                      setCopying(row.id);
                      setNewId(`${row.id}-copy`);
                    }}
                  >
                    {t('library.duplicate')}
                    <span className="sr-only"> {row.id}</span>
                  </button>
                )}
              </td>
            </tr>
          )}
        />
      )}
    </section>
  );
}
