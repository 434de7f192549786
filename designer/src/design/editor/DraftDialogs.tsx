import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { Definition } from '../../../../runtime/definitions/types';
import { DeleteDraftDialog } from '../DeleteDraftDialog';
import type { DraftState } from '../draftState';
import { PublishDialog } from '../PublishDialog';

export type Dialog = 'delete' | 'publish' | null;

/**
 * The dialog open over the editor: deleting the draft (back to the library when nothing was ever published) or
 * publishing it (its unsaved edits saved first); either ends with a message saying what became of it.
 */
export function DraftDialogs({
  dialog,
  definition,
  kind,
  id,
  backTo,
  state,
  flush,
  onClose,
  onSettled,
}: {
  dialog: Dialog;
  definition: Definition;
  kind: string;
  id: string;
  backTo: string;
  state: DraftState;
  flush: () => Promise<unknown>;
  onClose: () => void;
  onSettled: (message: string) => void;
}) {
  const navigate = useNavigate();
  const { t } = useTranslation('design');
  const { t: tr } = useTranslation('rulesets');
  if (dialog === 'delete')
    return (
      <DeleteDraftDialog
        kind={kind}
        id={id}
        revision={state.revision}
        onClose={onClose}
        onDeleted={({ latestVersion }) => {
          onClose();
          if (latestVersion === null) {
            void navigate(`${backTo}?kind=${kind}`);
            return;
          }
          onSettled(tr('draft.deleted', { version: latestVersion }));
        }}
      />
    );
  if (dialog === 'publish')
    return (
      <PublishDialog
        draft={definition}
        revision={state.revision}
        beforePublish={async () => {
          if (state.edits > state.savedEdits) await flush();
        }}
        onClose={onClose}
        onPublished={(version) => {
          onClose();
          onSettled(version ? t('editor.publishedAs', { version }) : t('editor.publishedPlain'));
        }}
      />
    );
  return null;
}
