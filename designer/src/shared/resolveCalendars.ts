import { useEffect, useMemo, useState } from 'react';
import { calendarFor } from '../../../runtime/calendar/calendarCache';
import type { Calendar, Form } from '../../../runtime/definitions/types';
import { calendarIds, type DayCounter } from '../../../runtime/forms/computed';
import { loadPublished } from './definitionsApi';

/**
 * The working calendars a form's computed due dates count on, loaded once per set of names from the
 * published calendars: the preview and the Desk then run the same addWorkingDays the server runs on
 * submit (which uses the case's pinned calendar). A calendar that cannot be loaded leaves the due date empty.
 */
export function useFormCalendars(form: Form): (id: string) => DayCounter | undefined {
  const names = calendarIds(form).join(',');
  const [found, setFound] = useState<ReadonlyMap<string, DayCounter>>(new Map());
  useEffect(() => {
    if (!names) return;
    let live = true;
    void Promise.all(
      names.split(',').map((id) => loadPublished('calendar', id).catch(() => null) as Promise<Calendar | null>),
    ).then((loaded) => {
      if (!live) return;
      const calendars = new Map<string, DayCounter>();
      for (const definition of loaded) if (definition) calendars.set(definition.id, calendarFor(definition));
      setFound(calendars);
    });
    return () => {
      live = false;
    };
  }, [names]);
  return useMemo(() => (id: string) => found.get(id), [found]);
}
