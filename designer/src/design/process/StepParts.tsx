import { useTranslation } from 'react-i18next';
import type { StepForm } from '../../../../runtime/definitions/process';
import type { DefinitionError, Step } from '../../../../runtime/definitions/types';
import { useDefinitionList } from '../../shared/useDefinitionIds';
import { CheckField, SelectField } from '../../shared/widgets';
import { ConditionBuilder } from '../ConditionBuilder';
import { fieldProps } from '../fieldProps';
import { ListEditor } from '../ListEditor';
import { SourceInput } from '../SourceInput';
import type { Vocabulary } from './StepActions';

type Part = { s: Step; at: string; onChange: (s: Step) => void; errors: readonly DefinitionError[] };

/** The service's extra forms staff fill at this step: the Desk shows them here and sends them with the action. */
export function StepForms({ s, at, onChange, errors }: Part) {
  const { t: te } = useTranslation('editors');
  const forms = useDefinitionList('form');
  return (
    <ListEditor
      title={te('step.forms')}
      items={s.forms ?? []}
      at={`${at}/forms`}
      errors={errors}
      onChange={(list) => onChange({ ...s, forms: list.length ? list : undefined })}
      make={(): StepForm => ({ id: forms[0]?.id ?? '' })}
      name={(f) => `${f.id}${f.required ? ` (${te('step.required')})` : ''}`}
      render={(f, put, fAt) => (
        <>
          <SelectField
            label={te('step.form')}
            value={f.id}
            options={[...new Set([f.id, ...forms.map((x) => x.id)])]}
            onChange={(id) => put({ ...f, id })}
            errors={errors}
            at={`${fAt}/id`}
          />
          <CheckField
            label={te('step.formRequired')}
            checked={Boolean(f.required)}
            onChange={(required) => put({ ...f, required: required || undefined })}
            at={`${fAt}/required`}
          />
          <SourceInput
            value={f.source}
            onChange={(source) => put({ ...f, source })}
            errors={errors}
            at={`${fAt}/source`}
          />
        </>
      )}
    />
  );
}

/** An automatic step's transitions, tried in order: the first whose condition holds is taken. */
export function StepTransitions({ s, at, onChange, stepIds, facts, events, errors }: Part & Vocabulary) {
  const { t } = useTranslation('design');
  return (
    <ListEditor
      title={t('s.transitions')}
      items={s.next ?? []}
      at={`${at}/next`}
      errors={errors}
      onChange={(next) => onChange({ ...s, next })}
      make={(): NonNullable<Step['next']>[number] => ({ to: stepIds[0] ?? '' })}
      name={(n, i) => `${i + 1}. → ${n.to}${n.when ? ' (conditional)' : ''}`}
      render={(n, put, nAt) => {
        const field = fieldProps(n, put, errors, nAt);
        return (
          <>
            <SelectField label={t('s.goes_to')} {...field('to')} options={stepIds} />
            <CheckField
              label={t('s.only_when_a_condition_holds')}
              checked={Boolean(n.when)}
              onChange={(on) => put({ ...n, when: on ? { all: [] } : undefined })}
            />
            {n.when && (
              <ConditionBuilder
                value={n.when}
                onChange={(when) => put({ ...n, when })}
                facts={facts}
                events={events}
                errors={errors}
                at={`${nAt}/when`}
              />
            )}
          </>
        );
      }}
    />
  );
}
