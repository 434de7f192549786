import { useTranslation } from 'react-i18next';
import type { Ruleset } from '../../../runtime/definitions/types';
import { useLang } from '../shared/lang';
import { BUILTIN_FACTS, resolveLabel } from '../shared/runtime';
import { useDefinitionList } from '../shared/useDefinitionIds';
import { LocalizedInput, SelectField, TextField } from '../shared/widgets';
import { ConditionBuilder } from './ConditionBuilder';
import type { EditorProps } from './editorProps';
import { fieldProps } from './fieldProps';
import { ListEditor } from './ListEditor';
import { NamedConditions } from './NamedConditions';
import { RuleTestBench } from './RuleTestBench';
import { ids } from './service/shared';
import { SourceInput } from './SourceInput';
import { FactConnectorField } from '../connectors/FactConnectorField';

const FACT_TYPES = ['string', 'number', 'boolean', 'date', 'array', 'object'] as const;
const FACT_ORIGINS = ['data', 'case', 'answers', 'deadline', 'count', 'input', 'now'] as const;
const nextId = (stem: string, taken: readonly string[]) => {
  let n = taken.length + 1;
  while (taken.includes(`${stem}${n}`)) n++;
  return `${stem}${n}`;
};

/** A json-rules-engine ruleset: declared facts, events, rules built over them, and a bench to try them. */
export function RulesEditor({ definition: r, onChange, errors }: EditorProps<Ruleset>) {
  const { t } = useTranslation('design');
  const { t: tx } = useTranslation('designerEdit');
  const { lang } = useLang();
  const forms = useDefinitionList('form');
  const set = <K extends keyof Ruleset>(key: K, value: Ruleset[K]) => onChange({ ...r, [key]: value });
  const rulesetField = fieldProps(r, onChange, errors, '');
  const facts = [
    ...r.facts.map((f) => ({ id: f.id, type: f.type })),
    ...BUILTIN_FACTS.map((id) => ({ id, type: id === 'events' ? 'array' : 'string' })),
  ];
  return (
    <div className="rules-editor">
      <div className="rules-main">
        <LocalizedInput label={t('s.title')} {...rulesetField('title')} />
        <SourceInput {...rulesetField('source')} />
        <ListEditor
          title={t('s.facts')}
          items={r.facts}
          at="/facts"
          errors={errors}
          onChange={(v) => set('facts', v)}
          make={(items) => ({
            id: nextId(
              'fact',
              items.map((f) => f.id),
            ),
            type: 'string',
            from: 'input',
          })}
          name={(f) => `${f.id} (${f.type}, from ${f.from}${f.path ? ' ' + f.path : ''})`}
          render={(f, put, at) => {
            const field = fieldProps(f, put, errors, at);
            return (
              <>
                <div className="row">
                  <TextField label={t('s.name')} {...field('id')} />
                  <SelectField label={t('s.type')} {...field('type')} options={FACT_TYPES} />
                  <SelectField label={t('s.from')} {...field('from')} options={FACT_ORIGINS} />
                  <TextField
                    label={t('s.path_json_pointer')}
                    value={f.path}
                    onChange={(path) => put({ ...f, path: path || undefined })}
                    errors={errors}
                    at={`${at}/path`}
                    placeholder="/applicant/age"
                  />
                  {(f.from === 'deadline' || f.deadline !== undefined) && (
                    <TextField label={t('s.deadline')} {...field('deadline')} />
                  )}
                  {(f.from === 'data' || f.form !== undefined) && (
                    <SelectField
                      label={tx('fact.form')}
                      value={f.form ?? '(main)'}
                      options={[
                        { value: '(main)', label: tx('fact.mainForm') },
                        ...ids(forms, f.form).map((id) => ({ value: id, label: id })),
                      ]}
                      onChange={(form) => put({ ...f, form: form === '(main)' ? undefined : form })}
                      errors={errors}
                      at={`${at}/form`}
                    />
                  )}
                </div>
                <LocalizedInput label={t('s.label')} {...field('label')} />
                {(f.from === 'input' || f.connector) && (
                  <FactConnectorField
                    value={f.connector}
                    onChange={(connector) => put({ ...f, connector })}
                    errors={errors}
                    at={`${at}/connector`}
                  />
                )}
                <SourceInput {...field('source')} />
              </>
            );
          }}
        />
        <ListEditor
          title={t('s.events')}
          items={r.events}
          at="/events"
          errors={errors}
          onChange={(v) => set('events', v)}
          make={(items) => ({
            type: nextId(
              'event',
              items.map((e) => e.type),
            ),
            label: { en: 'Event' },
          })}
          name={(e) => `${e.type} — ${resolveLabel(e.label, lang)}`}
          render={(e, put, at) => {
            const field = fieldProps(e, put, errors, at);
            return (
              <>
                <TextField label={t('s.type')} {...field('type')} />
                <LocalizedInput label={t('s.label')} {...field('label')} />
                <SourceInput {...field('source')} />
              </>
            );
          }}
        />
        <NamedConditions ruleset={r} onChange={onChange} errors={errors} facts={facts} />
        <ListEditor
          title={t('s.rules')}
          items={r.rules}
          at="/rules"
          errors={errors}
          onChange={(v) => set('rules', v)}
          make={(items) => ({
            id: nextId(
              'rule',
              items.map((x) => x.id),
            ),
            conditions: { all: r.facts[0] ? [{ fact: r.facts[0].id, operator: 'equal', value: true }] : [] },
            event: { type: r.events[0]?.type ?? 'event' },
          })}
          name={(rule) => `${rule.id} → ${rule.event.type}`}
          render={(rule, put, at) => {
            const field = fieldProps(rule, put, errors, at);
            return (
              <>
                <div className="row">
                  <TextField label={t('s.rule_id')} {...field('id')} />
                  <TextField
                    label={t('s.priority')}
                    type="number"
                    value={rule.priority}
                    onChange={(v) => put({ ...rule, priority: v ? Number(v) : undefined })}
                    errors={errors}
                    at={`${at}/priority`}
                  />
                  <SelectField
                    label={t('s.event')}
                    value={rule.event.type}
                    options={[...new Set([rule.event.type, ...r.events.map((e) => e.type)])]}
                    onChange={(type) => put({ ...rule, event: { ...rule.event, type } })}
                    errors={errors}
                    at={`${at}/event/type`}
                  />
                </div>
                <ConditionBuilder
                  {...field('conditions')}
                  facts={facts}
                  label={t('cond.of', { rule: rule.id })}
                  names={Object.keys(r.conditions ?? {})}
                />
                <ParamsInput
                  value={rule.event.params}
                  onChange={(params) => put({ ...rule, event: { ...rule.event, params } })}
                  at={`${at}/event/params`}
                />
                <LocalizedInput label={t('s.label')} {...field('label')} />
                <SourceInput {...field('source')} />
              </>
            );
          }}
        />
      </div>
      <RuleTestBench ruleset={r} />
    </div>
  );
}

function ParamsInput({
  value,
  onChange,
  at,
}: {
  value: Record<string, unknown> | undefined;
  onChange: (v: Record<string, unknown> | undefined) => void;
  at: string;
}) {
  const { t } = useTranslation('design');
  return (
    <label className="params">
      {t('s.event_parameters_json')}
      <input
        key={JSON.stringify(value ?? {})}
        data-pointer={at}
        defaultValue={value ? JSON.stringify(value) : ''}
        onBlur={(e) => {
          try {
            const parsed: unknown = e.target.value.trim() ? JSON.parse(e.target.value) : undefined;
            if (parsed === undefined || (parsed && typeof parsed === 'object' && !Array.isArray(parsed)))
              onChange(parsed as Record<string, unknown> | undefined);
          } catch {
            e.target.setCustomValidity('not valid JSON');
            e.target.reportValidity();
          }
        }}
        onInput={(e) => (e.target as HTMLInputElement).setCustomValidity('')}
      />
    </label>
  );
}
