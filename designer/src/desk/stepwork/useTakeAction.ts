import { useState } from 'react';
import { ApiError, api, errorText } from '../../shared/api';
import { toErrorSchema, type ErrorTree } from '../../shared/errorSchema';
import type { ActionView, StepForm } from '../caseTypes';
import { actionBody } from '../stepWork';

interface TakeAsk {
  caseId: string;
  stepForms: StepForm[];
  sentForms: Record<string, unknown>;
  input: Record<string, unknown>;
  /** the action was taken: the case changed */
  onChanged: () => void;
  /** the message shown under the actions ('' clears it); shared with the forms' loading */
  setError: (message: string) => void;
}

/**
 * Taking an action: the action waiting for its reason (a refusal asks for one), the reason, whether a request is
 * under way, and what the server refused (the message to `setError`, and per form the fields it named).
 */
export function useTakeAction({ caseId, stepForms, sentForms, input, onChanged, setError }: TakeAsk) {
  const [pending, setPending] = useState<ActionView | null>(null);
  const [reason, setReason] = useState('');
  const [formErrors, setFormErrors] = useState<Record<string, ErrorTree>>({});
  const [busy, setBusy] = useState(false);

  const take = async (action: ActionView) => {
    setError('');
    setBusy(true);
    try {
      await api(`/api/cases/${encodeURIComponent(caseId)}/actions/${encodeURIComponent(action.id)}`, {
        method: 'POST',
        body: actionBody(sentForms, input, action.requiresReason ? reason : ''),
      });
      setPending(null);
      setReason('');
      setFormErrors({});
      onChanged();
    } catch (e) {
      if (e instanceof ApiError && e.status === 422) setFormErrors(errorsByForm(e, stepForms));
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return { pending, setPending, reason, setReason, formErrors, busy, take };
}

/** The server's refusal split by form (its pointers start /forms/<id>), each as the form view's error tree. */
function errorsByForm(e: ApiError, stepForms: StepForm[]): Record<string, ErrorTree> {
  const byForm: Record<string, ErrorTree> = {};
  for (const f of stepForms) {
    const prefix = `/forms/${f.id}`;
    const mine = e.details.filter((d) => d.path.startsWith(prefix));
    if (mine.length) byForm[f.id] = toErrorSchema(mine, prefix);
  }
  return byForm;
}
