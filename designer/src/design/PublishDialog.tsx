import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Definition } from '../../../runtime/definitions/types';
import { ApiError, errorText, type ErrorDetail } from '../shared/api';
import { listDefinitions, loadPublished, publish } from '../shared/definitionsApi';
import { ChangeList } from './ChangeList';
import { jsonDiff, type Change } from '../../../runtime/api/jsonDiff';
import { changeSummary, type ChangeSummary } from './changeSummary';
import { ChangeSummaryView } from './ChangeSummaryView';

const withoutVersion = (d: Definition | null) => {
  if (!d) return undefined;
  const { version: _v, ...rest } = d;
  return rest;
};

/** Shows what publishing changes against the last published version, then publishes. */
export function PublishDialog({
  draft,
  revision,
  beforePublish,
  onClose,
  onPublished,
}: {
  draft: Definition;
  revision?: string;
  beforePublish: () => Promise<void>;
  onClose: () => void;
  onPublished: (version: number | undefined) => void;
}) {
  const [changes, setChanges] = useState<Change[] | null>(null);
  const [summary, setSummary] = useState<ChangeSummary | null>(null);
  const [base, setBase] = useState<number | undefined>();
  const [error, setError] = useState('');
  const [details, setDetails] = useState<ErrorDetail[]>([]);
  const [busy, setBusy] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const { t } = useTranslation('design');
  const { t: te } = useTranslation('editors');

  useEffect(() => {
    dialog.current?.showModal();
    // ask the library whether a published version exists, so a first publication makes no failing request
    listDefinitions(draft.kind)
      .then((rows) => (rows.find((r) => r.id === draft.id)?.version ? loadPublished(draft.kind, draft.id) : null))
      .then((published) => {
        setBase(published?.version);
        setChanges(jsonDiff(withoutVersion(published), withoutVersion(draft)));
        setSummary(changeSummary(withoutVersion(published), withoutVersion(draft)));
      })
      .catch((e: unknown) => setError(errorText(e)));
  }, [draft]);

  const confirm = async () => {
    setBusy(true);
    setError('');
    try {
      await beforePublish();
      onPublished(await publish(draft.kind, draft.id, revision));
    } catch (e) {
      setError(errorText(e));
      setDetails(e instanceof ApiError ? e.details : []);
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialog} className="publish-dialog" aria-labelledby="publish-title" onClose={onClose}>
      <h2 id="publish-title">{t('publish.title', { kind: t(`common:kind.${draft.kind}`), id: draft.id })}</h2>
      <p>{base ? t('publish.against', { version: base }) : t('publish.first')}</p>
      {summary && <ChangeSummaryView summary={summary} />}
      {changes ? (
        // the raw diff, one click away: the summary above is what a person reads first
        <details className="raw-diff">
          <summary>{te('publish.rawDiff')}</summary>
          <ChangeList changes={base ? changes : changes.slice(0, 40)} />
        </details>
      ) : (
        <p>{t('publish.comparing')}</p>
      )}
      {error && (
        <div role="alert" className="error">
          <p>{t('publish.failed', { error })}</p>
          <ul>
            {details.map((d, i) => (
              <li key={i}>
                <code>{d.path}</code> {d.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('common:cancel')}
        </button>
        <button type="button" className="primary" disabled={busy || !changes} onClick={() => void confirm()}>
          {t('publish.now')}
        </button>
      </div>
    </dialog>
  );
}
