import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CALENDAR_ZONE } from '../shared/format';
import type { CaseView } from './caseTypes';
import { stepWorkOf } from './stepWork';
import { ReasonForm, StepActions } from './stepwork/StepActions';
import { StepForms } from './stepwork/StepForms';
import { StepInputs } from './stepwork/StepInputs';
import { useActionsPreview } from './stepwork/useActionsPreview';
import { useStepData } from './stepwork/useStepData';
import { useStepForms } from './stepwork/useStepForms';
import { useTakeAction } from './stepwork/useTakeAction';

/**
 * The work of the current step: the forms it asks staff to fill, the inputs its actions' conditions read,
 * and its actions. Data entered here is previewed live (which actions it would open) and sent with the
 * action; a refusal asks for its reason, which goes with it.
 */
export function CaseStepWork({
  caseView,
  surveyId,
  timeZone = CALENDAR_ZONE,
  onChanged,
}: {
  caseView: CaseView;
  surveyId?: string;
  timeZone?: string;
  onChanged: () => void;
}) {
  const { t } = useTranslation('desk');
  const work = useMemo(() => stepWorkOf(caseView, surveyId), [caseView, surveyId]);
  const [error, setError] = useState('');
  const forms = useStepForms(work.forms, setError);
  const entered = useStepData(caseView, work, forms);
  const { sentForms, input } = entered;
  const preview = useActionsPreview({ caseId: caseView.id, ...entered });
  const action = useTakeAction({ caseId: caseView.id, stepForms: work.forms, sentForms, input, onChanged, setError });
  const { pending, busy, take } = action;

  return (
    <section className="panel step-work" aria-label={t('work.title')}>
      <h2>{t('work.title')}</h2>
      {work.actions.length === 0 && <p>{t('work.noAction')}</p>}
      <StepForms
        stepForms={work.forms}
        forms={forms}
        data={entered.data}
        onChange={(id, d) => entered.setData((all) => ({ ...all, [id]: d }))}
        formErrors={action.formErrors}
        busy={busy}
      />
      <StepInputs
        inputs={work.inputs}
        values={entered.values}
        onChange={(id, v) => entered.setValues((all) => ({ ...all, [id]: v }))}
      />
      <StepActions
        actions={work.actions}
        pending={pending}
        busy={busy}
        preview={preview}
        timeZone={timeZone}
        onPick={(a) => (a.requiresReason ? action.setPending(a) : void take(a))}
      />
      {pending && (
        <ReasonForm
          pending={pending}
          reason={action.reason}
          onReason={action.setReason}
          busy={busy}
          onConfirm={() => void take(pending)}
          onCancel={() => action.setPending(null)}
        />
      )}
      {error && (
        <p role="alert" className="error" data-testid="action-error">
          {error}
        </p>
      )}
    </section>
  );
}
