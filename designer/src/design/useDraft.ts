import { useCallback, useEffect, useMemo, useReducer } from 'react';
import type { Definition, DefinitionError } from '../../../runtime/definitions/types';
import { ApiError, errorText } from '../shared/api';
import { loadForEditing, saveDraft } from '../shared/definitionsApi';
import { validate } from '../shared/runtime';
import { draftReducer, initialDraft, needsSave } from './draftState';

const AUTOSAVE_DELAY_MS = 700;

/**
 * Loads a definition for editing and saves it as a draft a moment after each
 * edit (PUT …/draft with If-Match). Validation runs on every edit, in the
 * browser, with the runtime's validate(); an invalid draft is not sent.
 */
export function useDraft(kind: string, id: string, readOnly = false) {
  const [state, dispatch] = useReducer(draftReducer, initialDraft);
  const [loadError, setLoadError] = useReducerError();

  const reload = useCallback(() => {
    loadForEditing(kind, id)
      .then((loaded) =>
        dispatch({ type: 'loaded', definition: loaded.definition, revision: loaded.revision, draft: loaded.draft }),
      )
      .catch((e: unknown) => setLoadError(errorText(e)));
  }, [kind, id, setLoadError]);

  useEffect(reload, [reload]);

  const local: DefinitionError[] = useMemo(
    () => (state.definition ? validate(state.definition) : []),
    [state.definition],
  );
  // the server may find more (references to other definitions): its 422 details join the local ones
  const errors = useMemo(
    () => [
      ...local,
      ...state.serverErrors.filter((s) => !local.some((l) => l.path === s.path && l.message === s.message)),
    ],
    [local, state.serverErrors],
  );

  const flush = useCallback(async () => {
    if (!state.definition) return;
    const edits = state.edits;
    dispatch({ type: 'saveStarted' });
    try {
      const revision = await saveDraft(state.definition, state.revision);
      dispatch({ type: 'saved', edits, revision });
    } catch (e) {
      const conflict = e instanceof ApiError && (e.status === 409 || e.status === 412);
      const details = e instanceof ApiError && e.status === 422 ? e.details : undefined;
      dispatch({ type: 'saveFailed', edits, message: errorText(e), conflict, details });
    }
  }, [state.definition, state.edits, state.revision]);

  useEffect(() => {
    if (readOnly || !needsSave(state)) return;
    if (local.length) return;
    const timer = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [state, local, flush, readOnly]);

  const edit = useCallback((definition: Definition) => dispatch({ type: 'edit', definition }), []);
  return { state, errors, edit, flush, reload, loadError };
}

function useReducerError() {
  return useReducer((_: string, next: string) => next, '');
}
