import { useEffect, useState } from 'react';
import type { Calendar, Form, Process, Service } from '../../../runtime/definitions/types';
import { loadPublished } from '../shared/definitionsApi';
import { resolveDictionaries } from '../shared/resolveDictionaries';
import type { CaseView } from './caseTypes';

export interface CaseDefinitions {
  service: Service | null;
  form: Form | null;
  survey: Form | null;
  process: Process | null;
  calendar: Calendar | null;
}

const empty: CaseDefinitions = { service: null, form: null, survey: null, process: null, calendar: null };

/** The definitions a case is judged by: the versions it pinned when it started. */
export function useCaseDefinitions(c: CaseView | null): CaseDefinitions {
  const [defs, setDefs] = useState<CaseDefinitions>(empty);
  const key = c ? `${c.service}@${c.serviceVersion}:${c.channel}` : '';
  useEffect(() => {
    if (!c) return;
    let live = true;
    void (async () => {
      const service = (await loadPublished('service', c.service, c.serviceVersion)) as Service | null;
      const formPin = c.pins?.form;
      const calendarPin = c.pins?.calendar;
      const processId = service?.channels.find((ch) => ch.id === c.channel)?.process;
      const [form, survey, process, calendar] = await Promise.all([
        service ? loadPublished('form', formPin?.id ?? service.form, formPin?.version) : null,
        // the survey version the case pinned, as the server checks the answers against it
        service?.survey
          ? loadPublished('form', service.survey, c.pins?.forms?.find((p) => p.id === service.survey)?.version)
          : null,
        processId ? loadPublished('process', processId) : null,
        service ? loadPublished('calendar', calendarPin?.id ?? service.calendar, calendarPin?.version) : null,
      ]);
      // dictionary choices filled from the versions the case pinned, as the server checks them
      const resolve = (f: unknown) => (f ? resolveDictionaries(f as Form, c.pins?.dictionaries) : null);
      const [resolvedForm, resolvedSurvey] = await Promise.all([resolve(form), resolve(survey)]);
      if (live)
        setDefs({
          service,
          form: resolvedForm,
          survey: resolvedSurvey,
          process: process as Process | null,
          calendar: calendar as Calendar | null,
        });
    })().catch(() => undefined);
    return () => {
      live = false;
    };
  }, [key]); // the key names everything the definitions depend on
  return defs;
}
