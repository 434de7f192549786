import type { TFunction } from 'i18next';
import { i18next } from '../i18n';
import type { Definition, DefinitionError } from '../../../runtime/definitions/types';

/**
 * The editing session of one definition: what the analyst sees, the revision the
 * server last confirmed, and whether a save is due, running or refused.
 */
export interface DraftState {
  definition: Definition | null;
  revision?: string;
  /** bumped on each edit; a save remembers the edit it carried */
  edits: number;
  savedEdits: number;
  /** the edit a save last failed with: do not retry it until the analyst edits again */
  failedEdits: number;
  saving: boolean;
  error: string | null;
  /** the server holds a newer revision than ours (409/412): stop saving until reloaded */
  conflict: boolean;
  /** the store holds an unpublished draft (loaded as one, or saved since): publishing has something to publish */
  hasDraft: boolean;
  /** what the server found wrong with the last save (422 details), shown until a save succeeds */
  serverErrors: DefinitionError[];
}

export type DraftAction =
  | { type: 'loaded'; definition: Definition; revision?: string; draft?: boolean }
  | { type: 'edit'; definition: Definition }
  | { type: 'saveStarted' }
  | { type: 'saved'; edits: number; revision?: string }
  | { type: 'saveFailed'; edits: number; message: string; conflict?: boolean; details?: DefinitionError[] };

export const initialDraft: DraftState = {
  definition: null,
  edits: 0,
  savedEdits: 0,
  failedEdits: 0,
  saving: false,
  error: null,
  conflict: false,
  serverErrors: [],
  hasDraft: false,
};

export function draftReducer(state: DraftState, action: DraftAction): DraftState {
  switch (action.type) {
    case 'loaded':
      return {
        ...initialDraft,
        definition: action.definition,
        revision: action.revision,
        hasDraft: Boolean(action.draft),
      };
    case 'edit':
      return { ...state, definition: action.definition, edits: state.edits + 1 };
    case 'saveStarted':
      return { ...state, saving: true, error: null };
    case 'saved':
      return {
        ...state,
        saving: false,
        savedEdits: Math.max(state.savedEdits, action.edits),
        revision: action.revision ?? state.revision,
        error: null,
        serverErrors: [],
        hasDraft: true,
      };
    case 'saveFailed':
      return {
        ...state,
        saving: false,
        error: action.message,
        failedEdits: action.edits,
        conflict: state.conflict || Boolean(action.conflict),
        serverErrors: action.details ?? [],
      };
  }
}

/** A save is due when there are unsaved edits, none is running and no conflict blocks it. */
export function needsSave(state: DraftState): boolean {
  return (
    state.definition !== null &&
    state.edits > state.savedEdits &&
    state.edits > state.failedEdits &&
    !state.saving &&
    !state.conflict
  );
}

/** What the editor says about saving; `problems` are the validation errors that hold a save back. */
/** What the editor says about saving, in the interface language (`t` of the design namespace; English unless given). */
export function saveStatus(state: DraftState, problems = 0, t: TFunction = i18next.getFixedT('en', 'design')): string {
  if (state.conflict) return t('save.conflict');
  if (problems > 0 && state.edits > state.savedEdits) return t('save.fixFirst', { count: problems });
  if (state.saving) return t('save.saving');
  if (state.error) return t('save.failed', { error: state.error });
  if (state.edits > state.savedEdits) return t('save.unsaved');
  return state.edits > 0 ? t('save.saved') : t('save.none');
}

/** Publishing needs a draft: one saved, or edits about to be saved. */
export function canPublish(state: DraftState): boolean {
  return state.hasDraft || state.edits > state.savedEdits;
}
