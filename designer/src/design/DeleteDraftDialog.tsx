import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, request } from '../shared/api';
import type { DeletedDraft } from '../../../runtime/api/definitions';
import { listDefinitions } from '../shared/definitionsApi';

/** what the server answers: the revision deleted and the latest published version, which stays (null: none) */
export type { DeletedDraft };

/** DELETE …/draft at the revision shown: a draft saved since then answers 409 and is kept. */
export async function deleteDraft(kind: string, id: string, revision?: string): Promise<DeletedDraft> {
  const { body } = await request<DeletedDraft>(
    `/api/definitions/${encodeURIComponent(kind)}/${encodeURIComponent(id)}/draft`,
    { method: 'DELETE', headers: revision ? { 'If-Match': revision } : {} },
  );
  return body;
}

/** Asks before deleting a draft, saying what stays (the published version) or that nothing does. */
export function DeleteDraftDialog({
  kind,
  id,
  revision,
  onClose,
  onDeleted,
}: {
  kind: string;
  id: string;
  revision?: string;
  onClose: () => void;
  onDeleted: (deleted: DeletedDraft) => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  /** the published version that stays, null when there is none; undefined while asking the library */
  const [published, setPublished] = useState<number | null | undefined>();
  const { t } = useTranslation('rulesets');
  useEffect(() => {
    dialog.current?.showModal();
    listDefinitions(kind)
      .then((rows) => setPublished(rows.find((r) => r.id === id)?.version ?? null))
      .catch((e: unknown) => setError(errorText(e)));
  }, [kind, id]);

  const confirm = async () => {
    setBusy(true);
    setError('');
    try {
      onDeleted(await deleteDraft(kind, id, revision));
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialog} className="publish-dialog" aria-labelledby="delete-draft-title" onClose={onClose}>
      <h2 id="delete-draft-title">{t('draft.deleteTitle', { kind: t(`common:kind.${kind}`), id })}</h2>
      {published !== undefined && <p>{published ? t('draft.publishedStays') : t('draft.nothingStays')}</p>}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('draft.keep')}
        </button>
        <button
          type="button"
          className="danger"
          disabled={busy || published === undefined}
          onClick={() => void confirm()}
        >
          {t('draft.confirmDelete')}
        </button>
      </div>
    </dialog>
  );
}
