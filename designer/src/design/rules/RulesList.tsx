import { useTranslation } from 'react-i18next';
import type { DefinitionError, Ruleset } from '../../../../runtime/definitions/types';
import { LocalizedInput, SelectField, TextField } from '../../shared/widgets';
import { ConditionBuilder, type FactChoice } from '../ConditionBuilder';
import { fieldProps } from '../fieldProps';
import { ListEditor } from '../ListEditor';
import { nextId } from '../service/shared';
import { SourceInput } from '../SourceInput';
import { ParamsInput } from './ParamsInput';

type Rule = Ruleset['rules'][number];

/** The rules: each a condition over the facts raising one of the ruleset's events, with a priority and parameters. */
export function RulesList({
  ruleset: r,
  facts,
  errors,
  onChange,
}: {
  ruleset: Ruleset;
  facts: readonly FactChoice[];
  errors: readonly DefinitionError[];
  onChange: (rules: Rule[]) => void;
}) {
  const { t } = useTranslation('design');
  return (
    <ListEditor
      title={t('s.rules')}
      items={r.rules}
      at="/rules"
      errors={errors}
      onChange={onChange}
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
  );
}
