import { useEffect, useState } from 'react';
import { api } from '../../shared/api';
import type { ActionView } from '../caseTypes';
import { actionBody } from '../stepWork';

interface PreviewAsk {
  caseId: string;
  sentForms: Record<string, unknown>;
  input: Record<string, unknown>;
  /** something was entered (otherwise the buttons stay as listed) */
  touched: boolean;
  /** every form sent is complete: the server previews complete data only (a form half filled answers 422) */
  complete: boolean;
}

/** Which actions the data entered would open: asked of the server (nothing stored); null while there is no answer. */
export function useActionsPreview({ caseId, sentForms, input, touched, complete }: PreviewAsk) {
  const [preview, setPreview] = useState<Set<string> | null>(null);
  useEffect(() => {
    if (!touched || !complete) {
      setPreview(null);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      api<{ actions: ActionView[] }>(`/api/cases/${encodeURIComponent(caseId)}/actions-preview`, {
        method: 'POST',
        body: actionBody(sentForms, input, ''),
      })
        .then(
          (answer) => live && setPreview(new Set(answer.actions.filter((a) => a.available !== false).map((a) => a.id))),
        )
        .catch(() => live && setPreview(null)); // without a preview the server still judges the action
    }, 300);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [caseId, sentForms, input, touched, complete]);
  return preview;
}
