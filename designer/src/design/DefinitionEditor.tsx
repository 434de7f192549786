import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { Definition } from '../../../runtime/definitions/types';
import { isKind } from '../../../runtime/definitions/kinds';
import { mayEdit, mayPublish, useAuth } from '../shared/auth';
import { ErrorSummary } from '../shared/widgets';
import { DeleteDraftDialog } from './DeleteDraftDialog';
import { FormInterchange } from './FormInterchange';
import { canPublish, saveStatus } from './draftState';
import { useCrossCheck } from './useCrossCheck';
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
  const { state, errors: own, edit, flush, reload, loadError } = useDraft(kind, id, readOnly);
  // what publishing would find: references to definitions that do not exist (saving is not held back by them)
  const cross = useCrossCheck(state.definition);
  const errors = useMemo(
    () => [...own, ...cross.errors.filter((c) => !own.some((o) => o.path === c.path && o.message === c.message))],
    [own, cross.errors],
  );
  const [tab, setTab] = useState<Tab>('edit');
  const [publishing, setPublishing] = useState(false);
  const [published, setPublished] = useState<string>('');
  const [refresh, setRefresh] = useState(0);
  const [deleting, setDeleting] = useState(false);
  const navigate = useNavigate();
  const { t } = useTranslation('design');
  const { t: tr } = useTranslation('rulesets');
  const kindName = t(`common:kind.${kind}`);

  if (!isKind(kind)) return <p className="error">{t('editor.unknownKind', { kind })}</p>;
  if (loadError)
    return (
      <p className="error" role="alert">
        {loadError}
      </p>
    );
  if (!state.definition) return <p>{t('editor.loading', { kind: kindName, id })}</p>;
  const definition = state.definition;

  return (
    <section className="editor">
      <header className="editor-head">
        <Link to={`${backTo}?kind=${kind}`}>{t('editor.back')}</Link>
        <h1>
          {kindName} <code>{id}</code>
        </h1>
        <span className="save-status" role="status" aria-live="polite" data-testid="save-status">
          {readOnly
            ? t('editor.readOnly', { role: user ? t(`common:role.${user.role}`) : '' })
            : saveStatus(state, errors.length, t)}
        </span>
        <span className={`badge ${errors.length ? 'invalid' : cross.pending ? '' : 'valid'}`} data-testid="validity">
          {errors.length
            ? t('editor.problems', { count: errors.length })
            : cross.pending
              ? tr('cross.checking')
              : t('editor.valid')}
        </span>
        {state.conflict && (
          <button type="button" onClick={reload}>
            {t('editor.reload')}
          </button>
        )}
        {!readOnly && !publishable && (
          <span className="muted" data-testid="publish-note">
            {t('editor.adminPublishes', { kind: kindName })}
          </span>
        )}
        {!readOnly && state.hasDraft && (
          <button type="button" disabled={state.saving} onClick={() => setDeleting(true)}>
            {tr('draft.delete')}
          </button>
        )}
        {publishable && (
          <button
            type="button"
            className="primary"
            disabled={errors.length > 0 || cross.pending || state.saving || !canPublish(state)}
            onClick={() => setPublishing(true)}
          >
            {t('editor.publish')}
          </button>
        )}
      </header>
      {published && (
        <p role="status" className="notice">
          {published}
        </p>
      )}
      <div role="tablist" className="tabs" aria-label={t('editor.views')}>
        {(['edit', 'json', 'history'] as Tab[]).map((view) => (
          <button key={view} type="button" role="tab" aria-selected={tab === view} onClick={() => setTab(view)}>
            {t(`editor.tab.${view}`)}
          </button>
        ))}
      </div>
      {tab === 'edit' && definition.kind === 'form' && (
        <FormInterchange form={definition} onChange={edit} readOnly={readOnly} />
      )}
      {tab === 'edit' && <KindEditor definition={definition} onChange={edit} errors={errors} />}
      {tab === 'json' && <JsonView definition={definition} onChange={edit} errors={errors} />}
      {tab === 'history' && <VersionHistory kind={kind} id={id} refresh={refresh} />}
      {tab === 'edit' && <ErrorSummary errors={errors} title={t('editor.allProblems')} />}
      {extra?.(definition)}
      {deleting && (
        <DeleteDraftDialog
          kind={kind}
          id={id}
          revision={state.revision}
          onClose={() => setDeleting(false)}
          onDeleted={({ latestVersion }) => {
            setDeleting(false);
            if (latestVersion === null) {
              void navigate(`${backTo}?kind=${kind}`);
              return;
            }
            setPublished(tr('draft.deleted', { version: latestVersion }));
            setRefresh((n) => n + 1);
            reload();
          }}
        />
      )}
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
            setPublished(version ? t('editor.publishedAs', { version }) : t('editor.publishedPlain'));
            setRefresh((n) => n + 1);
            reload();
          }}
        />
      )}
    </section>
  );
}
