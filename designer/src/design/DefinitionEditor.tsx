import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { Definition } from '../../../runtime/definitions/types';
import { isKind } from '../../../runtime/definitions/kinds';
import { mayEdit, mayPublish, useAuth } from '../shared/auth';
import { ErrorSummary } from '../shared/widgets';
import { canPublish, saveStatus } from './draftState';
import { JsonView } from './JsonView';
import { KindEditor } from './KindEditor';
import { PublishDialog } from './PublishDialog';
import { useDraft } from './useDraft';
import { VersionHistory } from './VersionHistory';

type Tab = 'edit' | 'json' | 'history';

/** Edits one definition: its kind's editor, the JSON, the history; autosaves and publishes. */
export function DefinitionEditor({
  kind: fixedKind,
  backTo = '/design',
  extra,
}: {
  kind?: string;
  backTo?: string;
  extra?: (definition: Definition) => ReactNode;
}) {
  const params = useParams();
  const kind = fixedKind ?? params.kind ?? '';
  const id = params.id ?? '';
  const { user } = useAuth();
  const readOnly = !mayEdit(user, kind);
  // four eyes: an analyst drafts a ruleset, an administrator publishes it
  const publishable = mayPublish(user, kind);
  const { state, errors, edit, flush, reload, loadError } = useDraft(kind, id, readOnly);
  const [tab, setTab] = useState<Tab>('edit');
  const [publishing, setPublishing] = useState(false);
  const [published, setPublished] = useState<string>('');
  const [refresh, setRefresh] = useState(0);

  if (!isKind(kind)) return <p className="error">Unknown kind "{kind}".</p>;
  if (loadError)
    return (
      <p className="error" role="alert">
        {loadError}
      </p>
    );
  if (!state.definition)
    return (
      <p>
        Loading {kind} {id}…
      </p>
    );
  const definition = state.definition;

  return (
    <section className="editor">
      <header className="editor-head">
        <Link to={`${backTo}?kind=${kind}`}>← Library</Link>
        <h1>
          {kind} <code>{id}</code>
        </h1>
        <span className="save-status" role="status" aria-live="polite" data-testid="save-status">
          {readOnly
            ? `Read-only for the ${user?.role} role: try changes here, an administrator publishes them`
            : saveStatus(state, errors.length)}
        </span>
        <span className={`badge ${errors.length ? 'invalid' : 'valid'}`} data-testid="validity">
          {errors.length ? `${errors.length} problem${errors.length > 1 ? 's' : ''}` : 'valid'}
        </span>
        {state.conflict && (
          <button type="button" onClick={reload}>
            Reload
          </button>
        )}
        {!readOnly && !publishable && (
          <span className="muted" data-testid="publish-note">
            an administrator publishes {kind}s
          </span>
        )}
        {publishable && (
          <button
            type="button"
            className="primary"
            disabled={errors.length > 0 || state.saving || !canPublish(state)}
            onClick={() => setPublishing(true)}
          >
            Publish…
          </button>
        )}
      </header>
      {published && (
        <p role="status" className="notice">
          {published}
        </p>
      )}
      <div role="tablist" className="tabs" aria-label="Views">
        {(['edit', 'json', 'history'] as Tab[]).map((t) => (
          <button key={t} type="button" role="tab" aria-selected={tab === t} onClick={() => setTab(t)}>
            {t === 'edit' ? 'Editor' : t === 'json' ? 'JSON' : 'History'}
          </button>
        ))}
      </div>
      {tab === 'edit' && <KindEditor definition={definition} onChange={edit} errors={errors} />}
      {tab === 'json' && <JsonView definition={definition} onChange={edit} errors={errors} />}
      {tab === 'history' && <VersionHistory kind={kind} id={id} refresh={refresh} />}
      {tab === 'edit' && <ErrorSummary errors={errors} title="All problems" />}
      {extra?.(definition)}
      {publishing && (
        <PublishDialog
          draft={definition}
          revision={state.revision}
          beforePublish={async () => {
            if (state.edits > state.savedEdits) await flush();
          }}
          onClose={() => setPublishing(false)}
          onPublished={(version) => {
            setPublishing(false);
            setPublished(version ? `Published as v${version}.` : 'Published.');
            setRefresh((n) => n + 1);
            reload();
          }}
        />
      )}
    </section>
  );
}
