import { useMemo, useState } from 'react';
import type { Form } from '../../../../runtime/definitions/types';
import { validateFormData } from '../../../../runtime/forms';
import type { CaseView } from '../caseTypes';
import { hasContent, typedInput, type StepWork } from '../stepWork';

/**
 * What staff entered for the step: the forms' data (starting from the case's) and the inputs' values, and from them
 * what an action sends, whether anything was entered, and whether every form sent is complete.
 */
export function useStepData(caseView: CaseView, work: StepWork, forms: Record<string, Form | null>) {
  const [data, setData] = useState<Record<string, unknown>>(() => ({ ...(caseView.forms ?? {}) }));
  const [values, setValues] = useState<Record<string, string>>({});
  const sentForms = useMemo(
    // a form is sent when something was filled in it, or when the step requires it (the server then says what is missing)
    () =>
      Object.fromEntries(
        work.forms.filter((f) => f.required || hasContent(data[f.id])).map((f) => [f.id, data[f.id] ?? {}]),
      ),
    [work.forms, data],
  );
  const input = useMemo(() => typedInput(work.inputs, values), [work.inputs, values]);
  const touched = Object.keys(sentForms).length > 0 || Object.keys(input).length > 0;
  // the server previews complete data only (a form half filled answers 422): until then the buttons stay as listed
  const complete = Object.entries(sentForms).every(([id, d]) => {
    const form = forms[id];
    return Boolean(form) && validateFormData(form as Form, d).length === 0;
  });
  return { data, setData, values, setValues, sentForms, input, touched, complete };
}
