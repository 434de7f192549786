import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import type { Definition } from '../../../runtime/definitions/types';
import { isKind } from '../../../runtime/definitions/kinds';
import { mayEdit, mayPublish, useAuth } from '../shared/auth';
import { ErrorSummary } from '../shared/widgets';
import { FormInterchange } from './FormInterchange';
import { JsonView } from './JsonView';
import { KindEditor } from './KindEditor';
import { VersionHistory } from './VersionHistory';
import { DraftDialogs, type Dialog } from './editor/DraftDialogs';
import { EditorHead } from './editor/EditorHead';
import { EditorTabs, type Tab } from './editor/EditorTabs';
import { useCheckedDraft } from './editor/useCheckedDraft';

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
  const { state, errors, checking, edit, flush, reload, loadError } = useCheckedDraft(kind, id, readOnly);
  const [tab, setTab] = useState<Tab>('edit');
  const [dialog, setDialog] = useState<Dialog>(null);
  const [published, setPublished] = useState<string>('');
  const [refresh, setRefresh] = useState(0);
  const { t } = useTranslation('design');
  const kindName = t(`common:kind.${kind}`);
  // after a publish or a deleted draft: say so, reload the draft and the history
  const settled = (message: string) => {
    setPublished(message);
    setRefresh((n) => n + 1);
    reload();
  };

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
      <EditorHead
        kind={kind}
        kindName={kindName}
        id={id}
        backTo={backTo}
        user={user}
        readOnly={readOnly}
        publishable={publishable}
        state={state}
        problems={errors.length}
        checking={checking}
        onReload={reload}
        onDelete={() => setDialog('delete')}
        onPublish={() => setDialog('publish')}
      />
      {published && (
        <p role="status" className="notice">
          {published}
        </p>
      )}
      <EditorTabs tab={tab} onChange={setTab} />
      {tab === 'edit' && definition.kind === 'form' && (
        <FormInterchange form={definition} onChange={edit} readOnly={readOnly} />
      )}
      {tab === 'edit' && <KindEditor definition={definition} onChange={edit} errors={errors} />}
      {tab === 'json' && <JsonView definition={definition} onChange={edit} errors={errors} />}
      {tab === 'history' && <VersionHistory kind={kind} id={id} refresh={refresh} />}
      {tab === 'edit' && <ErrorSummary errors={errors} title={t('editor.allProblems')} />}
      {extra?.(definition)}
      <DraftDialogs
        dialog={dialog}
        definition={definition}
        kind={kind}
        id={id}
        backTo={backTo}
        state={state}
        flush={flush}
        onClose={() => setDialog(null)}
        onSettled={settled}
      />
    </section>
  );
}
