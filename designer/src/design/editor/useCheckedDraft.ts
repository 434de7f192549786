import { useMemo } from 'react';
import { useCrossCheck } from '../useCrossCheck';
import { useDraft } from '../useDraft';

/**
 * The draft being edited with every problem found in it: its own (the schema's, the server's) and what publishing
 * would find, references to definitions that do not exist (saving is not held back by those).
 */
export function useCheckedDraft(kind: string, id: string, readOnly: boolean) {
  const draft = useDraft(kind, id, readOnly);
  const own = draft.errors;
  const cross = useCrossCheck(draft.state.definition);
  const errors = useMemo(
    () => [...own, ...cross.errors.filter((c) => !own.some((o) => o.path === c.path && o.message === c.message))],
    [own, cross.errors],
  );
  return { ...draft, errors, checking: cross.pending };
}
