import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { User } from '../../shared/auth';
import { canPublish, saveStatus, type DraftState } from '../draftState';

/**
 * The editor's header: the way back, the definition's name, whether it is saved and valid, and what this user may
 * do with it (reload after a conflict, delete the draft, publish, or learn that an administrator publishes).
 */
export function EditorHead({
  kind,
  kindName,
  id,
  backTo,
  user,
  readOnly,
  publishable,
  state,
  problems,
  checking,
  onReload,
  onDelete,
  onPublish,
}: {
  kind: string;
  kindName: string;
  id: string;
  backTo: string;
  user: User | null;
  readOnly: boolean;
  publishable: boolean;
  state: DraftState;
  /** the problems found, by the schema and by the cross-check */
  problems: number;
  /** the cross-check is still looking */
  checking: boolean;
  onReload: () => void;
  onDelete: () => void;
  onPublish: () => void;
}) {
  const { t } = useTranslation('design');
  const { t: tr } = useTranslation('rulesets');
  return (
    <header className="editor-head">
      <Link to={`${backTo}?kind=${kind}`}>{t('editor.back')}</Link>
      <h1>
        {kindName} <code>{id}</code>
      </h1>
      <span className="save-status" role="status" aria-live="polite" data-testid="save-status">
        {readOnly
          ? t('editor.readOnly', { role: user ? t(`common:role.${user.role}`) : '' })
          : saveStatus(state, problems, t)}
      </span>
      <span className={`badge ${problems ? 'invalid' : checking ? '' : 'valid'}`} data-testid="validity">
        {problems ? t('editor.problems', { count: problems }) : checking ? tr('cross.checking') : t('editor.valid')}
      </span>
      {state.conflict && (
        <button type="button" onClick={onReload}>
          {t('editor.reload')}
        </button>
      )}
      {!readOnly && !publishable && (
        <span className="muted" data-testid="publish-note">
          {t('editor.adminPublishes', { kind: kindName })}
        </span>
      )}
      {!readOnly && state.hasDraft && (
        <button type="button" disabled={state.saving} onClick={onDelete}>
          {tr('draft.delete')}
        </button>
      )}
      {publishable && (
        <button
          type="button"
          className="primary"
          disabled={problems > 0 || checking || state.saving || !canPublish(state)}
          onClick={onPublish}
        >
          {t('editor.publish')}
        </button>
      )}
    </header>
  );
}
