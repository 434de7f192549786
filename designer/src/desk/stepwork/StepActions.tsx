import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../shared/format';
import { useLang } from '../../shared/lang';
import type { ActionView } from '../caseTypes';
import { labelOr } from '../labels';
import { actionEnabled } from '../stepWork';

interface ActionsProps {
  actions: ActionView[];
  /** the action waiting for its reason */
  pending: ActionView | null;
  busy: boolean;
  /** which actions the data entered would open (null: no preview, the buttons stay as listed) */
  preview: ReadonlySet<string> | null;
  timeZone: string;
  onPick: (action: ActionView) => void;
}

// an action with a 'not before' term waits for it: the server refuses it before then
const notYet = (a: ActionView) => Boolean(a.possibleFrom && Date.parse(a.possibleFrom) > Date.now());

/** The step's actions as buttons; one that must wait says from when it is possible. */
export function StepActions({ actions, pending, busy, preview, timeZone, onPick }: ActionsProps) {
  const { t } = useTranslation('desk');
  const { lang } = useLang();
  return (
    <div className="row-actions">
      {actions.map((a) => (
        <span key={a.id} className="action">
          <button
            type="button"
            data-action={a.id}
            className={pending?.id === a.id ? 'primary' : ''}
            disabled={busy || !actionEnabled(a, preview) || notYet(a)}
            onClick={() => onPick(a)}
          >
            {labelOr(t, a.label, lang)}
          </button>
          {notYet(a) && (
            <span className="muted" data-testid={`possible-from-${a.id}`}>
              {' '}
              {t('work.possibleFrom', { at: formatInstant(a.possibleFrom, timeZone) })}
            </span>
          )}
        </span>
      ))}
    </div>
  );
}

interface ReasonProps {
  pending: ActionView;
  reason: string;
  onReason: (reason: string) => void;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** The reason an action (a refusal) asks for, sent with it when confirmed. */
export function ReasonForm({ pending, reason, onReason, busy, onConfirm, onCancel }: ReasonProps) {
  const { t } = useTranslation('desk');
  const { lang } = useLang();
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onConfirm();
      }}
      aria-label={t('work.reasonFor', { action: labelOr(t, pending.label, lang) })}
    >
      <label>
        {t('work.reason')}
        <textarea value={reason} onChange={(e) => onReason(e.target.value)} required rows={3} />
      </label>
      <div className="row-actions">
        <button type="submit" className="primary" disabled={busy || !reason.trim()}>
          {t('work.confirm')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('work.cancel')}
        </button>
      </div>
    </form>
  );
}
