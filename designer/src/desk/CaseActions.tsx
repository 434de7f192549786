import { useState } from 'react';
import { api, errorText } from '../shared/api';
import { useLang } from '../shared/lang';
import { resolveLabel } from '../shared/runtime';
import type { CaseView } from './caseTypes';

/** The actions this user may take now; one that requires a reason (a refusal) asks for it. */
export function CaseActions({ caseView, onChanged }: { caseView: CaseView; onChanged: () => void }) {
  const { lang } = useLang();
  const [pending, setPending] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const actions = caseView.actions ?? [];

  const take = async (id: string) => {
    setError('');
    try {
      await api(`/api/cases/${caseView.id}/actions/${encodeURIComponent(id)}`, {
        method: 'POST',
        body: reason ? { reason } : {},
      });
      setPending(null);
      setReason('');
      onChanged();
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <section className="panel" aria-label="Actions">
      <h2>Actions</h2>
      {actions.length === 0 && <p>No action is open to you at this step.</p>}
      <div className="row-actions">
        {actions.map((a) => (
          <button
            key={a.id}
            type="button"
            data-action={a.id}
            className={pending === a.id ? 'primary' : ''}
            onClick={() => (a.requiresReason ? setPending(a.id) : void take(a.id))}
          >
            {resolveLabel(a.label, lang) || a.id}
          </button>
        ))}
      </div>
      {pending && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void take(pending);
          }}
        >
          <label>
            Reason (required)
            <textarea value={reason} onChange={(e) => setReason(e.target.value)} required rows={3} />
          </label>
          <button type="submit" className="primary">
            Confirm
          </button>
          <button type="button" onClick={() => setPending(null)}>
            Cancel
          </button>
        </form>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {(caseView.events?.length ?? 0) > 0 && (
        <details>
          <summary>History ({caseView.events?.length})</summary>
          <ol className="history">
            {caseView.events?.map((e) => (
              <li key={e.id}>
                {new Date(e.at).toLocaleString()} — {e.actor}: {e.type}
                {e.action ? ` ${e.action}` : ''}
                {e.toStep ? ` → ${e.toStep}` : ''}
                {e.reason ? ` (${e.reason})` : ''}
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
