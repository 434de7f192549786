import type { Kind } from '../../../../runtime/definitions/kinds';
import type { Definition } from '../../../../runtime/definitions/types';
import { loadForEditing } from '../../shared/definitionsApi';
import { NATIONAL_CALENDAR_ID } from '../../shared/nationalCalendar';
import { duplicate, newCalendar, skeleton } from '../skeletons';

/**
 * The first draft of a new definition: a copy of the one being duplicated, a calendar started from the national one
 * (its holidays are law, not the analyst's to retype), or the kind's skeleton.
 */
export async function startingDraft(kind: Kind, newId: string, copying: string | null): Promise<Definition> {
  if (copying) return duplicate((await loadForEditing(kind, copying)).definition, newId);
  if (kind === 'calendar')
    return newCalendar((await loadForEditing('calendar', NATIONAL_CALENDAR_ID)).definition, newId);
  return skeleton(kind, newId);
}
