import { useEffect, useState } from 'react';
import type { Form } from '../../../../runtime/definitions/types';
import { errorText } from '../../shared/api';
import { loadPublished } from '../../shared/definitionsApi';
import type { StepForm } from '../caseTypes';

/**
 * The published forms the step asks staff to fill, at the versions the case pinned: undefined while loading,
 * null for one not published. A failed load is handed to `onError`.
 */
export function useStepForms(stepForms: StepForm[], onError: (message: string) => void) {
  const [forms, setForms] = useState<Record<string, Form | null>>({});
  const formKey = stepForms.map((f) => `${f.id}@${f.version ?? ''}`).join(',');
  useEffect(() => {
    let live = true;
    void Promise.all(stepForms.map(async (f) => [f.id, await loadPublished('form', f.id, f.version)] as const))
      .then((loaded) => live && setForms(Object.fromEntries(loaded) as Record<string, Form | null>))
      .catch((e: unknown) => live && onError(errorText(e)));
    return () => {
      live = false;
    };
  }, [formKey]); // the key names the forms and versions
  return forms;
}
