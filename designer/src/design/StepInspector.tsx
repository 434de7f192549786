import { useTranslation } from 'react-i18next';
import type { DefinitionError, Process, Step } from '../../../runtime/definitions/types';
import { DURATION_UNITS, OUTCOMES, STEP_TYPES } from '../shared/runtime';
import { ErrorsAt, LocalizedInput, SelectField, TextField } from '../shared/widgets';
import { fieldProps } from './fieldProps';
import { StepActions } from './process/StepActions';
import { StepForms, StepTransitions } from './process/StepParts';
import { SourceInput } from './SourceInput';
import { useRulesetVocabulary } from './useRulesetVocabulary';

/** One step's properties: actor, time limit, its actions (task) or transitions (auto) with conditions. */
export function StepInspector({
  process,
  index,
  errors,
  onChange,
  onRemove,
}: {
  process: Process;
  index: number;
  errors: readonly DefinitionError[];
  onChange: (s: Step) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation('design');
  const { t: tx } = useTranslation('designerEdit');
  const s = process.steps[index] as Step;
  const at = `/steps/${index}`;
  const stepIds = process.steps.map((x) => x.id);
  // what the published rulesets declare: conditions pick facts and events, they are not typed
  const { facts, events } = useRulesetVocabulary();
  const vocabulary = { stepIds, facts, events, errors };
  const stepField = fieldProps(s, onChange, errors, at);
  return (
    <div className="step-inspector" aria-label={`Step ${s.id}`}>
      <ErrorsAt errors={errors} at={at} />
      <div className="row">
        <TextField label={t('s.id')} {...stepField('id')} />
        <TextField
          label={t('s.number_in_the_act')}
          value={s.number}
          onChange={(number) => onChange({ ...s, number: number || undefined })}
          errors={errors}
          at={`${at}/number`}
        />
        <SelectField label={t('s.type')} {...stepField('type')} options={STEP_TYPES} />
      </div>
      <LocalizedInput label={t('s.label')} {...stepField('label')} />
      <LocalizedInput
        label={tx('step.output')}
        value={s.output}
        onChange={(output) => onChange({ ...s, output: Object.values(output).some(Boolean) ? output : undefined })}
        errors={errors}
        at={`${at}/output`}
      />
      {s.type !== 'end' && (
        <SelectField
          label={t('s.actor')}
          value={s.actor ?? '(none)'}
          options={['(none)', ...process.actors.map((a) => a.id)]}
          onChange={(actor) => onChange({ ...s, actor: actor === '(none)' ? undefined : actor })}
          errors={errors}
          at={`${at}/actor`}
        />
      )}
      {s.type !== 'end' && (
        <div className="row">
          <TextField
            label={t('s.time_limit')}
            type="number"
            value={s.limit?.amount}
            onChange={(v) =>
              onChange({
                ...s,
                limit: v === '' ? undefined : { amount: Math.trunc(Number(v)), unit: s.limit?.unit ?? 'working-days' },
              })
            }
            errors={errors}
            at={`${at}/limit/amount`}
          />
          <SelectField
            label={t('s.unit')}
            value={s.limit?.unit}
            options={DURATION_UNITS}
            onChange={(unit) => onChange({ ...s, limit: { amount: s.limit?.amount ?? 1, unit } })}
            errors={errors}
            at={`${at}/limit/unit`}
          />
        </div>
      )}
      {(s.type === 'end' || s.outcome) && (
        <SelectField label={t('s.outcome')} {...stepField('outcome')} options={OUTCOMES} />
      )}
      {(s.type === 'task' || s.forms) && <StepForms s={s} at={at} onChange={onChange} errors={errors} />}
      {(s.type === 'task' || s.actions) && <StepActions s={s} at={at} onChange={onChange} {...vocabulary} />}
      {(s.type === 'auto' || s.next) && <StepTransitions s={s} at={at} onChange={onChange} {...vocabulary} />}
      <SourceInput {...stepField('source')} />
      <button type="button" onClick={onRemove}>
        {tx('step.remove', { id: s.id })}
      </button>
    </div>
  );
}
