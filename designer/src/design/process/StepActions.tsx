import { useTranslation } from 'react-i18next';
import type { DefinitionError, Step } from '../../../../runtime/definitions/types';
import { DURATION_UNITS } from '../../shared/runtime';
import { CheckField, LocalizedInput, SelectField, TextField } from '../../shared/widgets';
import { ConditionBuilder, type FactChoice } from '../ConditionBuilder';
import { fieldProps } from '../fieldProps';
import { ListEditor } from '../ListEditor';
import { listText, parseList } from '../service/pointerLists';
import { SourceInput } from '../SourceInput';
import type { EventChoice } from '../useRulesetVocabulary';

type Action = NonNullable<Step['actions']>[number];
export interface Vocabulary {
  stepIds: string[];
  facts: FactChoice[];
  events: EventChoice[];
  errors: readonly DefinitionError[];
}

/** The actions staff take at a task step: where each leads, when it is allowed, what it asks. */
export function StepActions({
  s,
  at,
  onChange,
  ...vocabulary
}: { s: Step; at: string; onChange: (s: Step) => void } & Vocabulary) {
  const { t } = useTranslation('design');
  return (
    <ListEditor
      title={t('s.actions')}
      items={s.actions ?? []}
      at={`${at}/actions`}
      errors={vocabulary.errors}
      onChange={(actions) => onChange({ ...s, actions })}
      make={(items) => ({ id: `action${items.length + 1}`, label: { en: 'Action' }, to: vocabulary.stepIds[0] ?? '' })}
      name={(a) => `${a.id} → ${a.to}`}
      render={(a, put, aAt) => <ActionItem a={a} put={put} at={aAt} {...vocabulary} />}
    />
  );
}

function ActionItem({
  a,
  put,
  at,
  stepIds,
  facts,
  events,
  errors,
}: { a: Action; put: (a: Action) => void; at: string } & Vocabulary) {
  const { t } = useTranslation('design');
  const { t: tx } = useTranslation('designerEdit');
  const field = fieldProps(a, put, errors, at);
  const inputFacts = facts.filter((f) => !a.inputs?.includes(f.id)).map((f) => f.id);
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
        at={`${at}/requiresReason`}
      />
      <TextField
        label={tx('action.inputs')}
        value={listText(a.inputs)}
        list={`${at}-facts`}
        onChange={(v) => put({ ...a, inputs: parseList(v) })}
        errors={errors}
        at={`${at}/inputs`}
      />
      <datalist id={`${at}-facts`}>
        {inputFacts.map((id) => (
          <option key={id} value={[...(a.inputs ?? []), id].join(', ')} />
        ))}
      </datalist>
      <NotBefore a={a} put={put} at={at} errors={errors} />
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
          events={events}
          errors={errors}
          at={`${at}/when`}
        />
      )}
      <SourceInput {...field('source')} />
    </>
  );
}

/** "Not before": the action waits this term from entering the step (002 p.8), with the paragraph that says so. */
function NotBefore({
  a,
  put,
  at,
  errors,
}: {
  a: Action;
  put: (a: Action) => void;
  at: string;
  errors: readonly DefinitionError[];
}) {
  const { t } = useTranslation('design');
  const { t: tx } = useTranslation('designerEdit');
  const nb = a.notBefore;
  return (
    <>
      <div className="row">
        <TextField
          label={tx('action.notBefore')}
          type="number"
          value={nb?.amount}
          onChange={(v) =>
            put({
              ...a,
              notBefore: v.trim() === '' ? undefined : { unit: 'working-days', ...nb, amount: Math.trunc(Number(v)) },
            })
          }
          errors={errors}
          at={`${at}/notBefore/amount`}
        />
        {nb && (
          <SelectField
            label={t('s.unit')}
            value={nb.unit}
            options={DURATION_UNITS}
            onChange={(unit) => put({ ...a, notBefore: { ...nb, unit } })}
            errors={errors}
            at={`${at}/notBefore/unit`}
          />
        )}
      </div>
      {nb && (
        <SourceInput
          value={nb.source}
          onChange={(source) => put({ ...a, notBefore: { ...nb, source } })}
          errors={errors}
          at={`${at}/notBefore/source`}
        />
      )}
    </>
  );
}
