import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { KINDS, type Kind } from '../../../runtime/definitions/kinds';
import { errorText } from '../shared/api';
import { mayEdit, useAuth } from '../shared/auth';
import { listDefinitions, saveDraft, type DefinitionSummary } from '../shared/definitionsApi';
import { DefinitionTable } from './library/DefinitionTable';
import { NewDefinitionForm } from './library/NewDefinitionForm';
import { startingDraft } from './library/startingDraft';

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
      await saveDraft(await startingDraft(kind, newId, copying));
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
          <NewDefinitionForm
            kindName={kindName(kind)}
            copying={copying}
            newId={newId}
            onNewId={setNewId}
            onCancelCopy={() => setCopying(null)}
            onSubmit={(e) => void create(e)}
          />
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
        <DefinitionTable
          rows={shown}
          kind={kind}
          basePath={basePath}
          editable={editable}
          onDuplicate={(id) => {
            setCopying(id);
            setNewId(`${id}-copy`);
          }}
        />
      )}
    </section>
  );
}
