import { useTranslation } from 'react-i18next';
import type { DefinitionError, Process, Step } from '../../../runtime/definitions/types';
import { DURATION_UNITS, OUTCOMES, STEP_TYPES } from '../shared/runtime';
import { CheckField, ErrorsAt, LocalizedInput, SelectField, TextField } from '../shared/widgets';
import { ConditionBuilder } from './ConditionBuilder';
import { fieldProps } from './fieldProps';
import { ListEditor } from './ListEditor';
import { SourceInput } from './SourceInput';

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
  const s = process.steps[index] as Step;
  const at = `/steps/${index}`;
  const stepIds = process.steps.map((x) => x.id);
  const facts: { id: string }[] = [{ id: 'channel' }, { id: 'now' }, { id: 'events' }];
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
          />
        </div>
      )}
      {s.type === 'end' && <SelectField label={t('s.outcome')} {...stepField('outcome')} options={OUTCOMES} />}
      {s.type === 'task' && (
        <ListEditor
          title={t('s.actions')}
          items={s.actions ?? []}
          at={`${at}/actions`}
          errors={errors}
          onChange={(actions) => onChange({ ...s, actions })}
          make={(items) => ({ id: `action${items.length + 1}`, label: { en: 'Action' }, to: stepIds[0] ?? '' })}
          name={(a) => `${a.id} → ${a.to}`}
          render={(a, put, aAt) => {
            const field = fieldProps(a, put, errors, aAt);
            return (
              <>
                <div className="row">
                  <TextField label={t('s.action_id')} {...field('id')} />
                  <SelectField label={t('s.goes_to')} {...field('to')} options={stepIds} />
                </div>
                <LocalizedInput label={t('s.label')} {...field('label')} />
                <CheckField
                  label={t('s.requires_a_reason')}
                  checked={Boolean(a.requiresReason)}
                  onChange={(r) => put({ ...a, requiresReason: r || undefined })}
                />
                <CheckField
                  label={t('s.only_when_a_condition_holds')}
                  checked={Boolean(a.when)}
                  onChange={(on) => put({ ...a, when: on ? { all: [] } : undefined })}
                />
                {a.when && (
                  <ConditionBuilder
                    value={a.when}
                    onChange={(when) => put({ ...a, when })}
                    facts={facts}
                    errors={errors}
                    at={`${aAt}/when`}
                  />
                )}
                <SourceInput {...field('source')} />
              </>
            );
          }}
        />
      )}
      {s.type === 'auto' && (
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
                    errors={errors}
                    at={`${nAt}/when`}
                  />
                )}
              </>
            );
          }}
        />
      )}
      <SourceInput {...stepField('source')} />
      <button type="button" onClick={onRemove}>
        Remove step {s.id}
      </button>
    </div>
  );
}
