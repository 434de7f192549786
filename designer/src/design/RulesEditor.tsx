import { useTranslation } from 'react-i18next';
import type { Ruleset } from '../../../runtime/definitions/types';
import { BUILTIN_FACTS } from '../shared/runtime';
import { LocalizedInput } from '../shared/widgets';
import type { EditorProps } from './editorProps';
import { fieldProps } from './fieldProps';
import { NamedConditions } from './NamedConditions';
import { RuleTestBench } from './RuleTestBench';
import { EventsList } from './rules/EventsList';
import { FactsList } from './rules/FactsList';
import { RulesList } from './rules/RulesList';
import { SourceInput } from './SourceInput';

/** A json-rules-engine ruleset: declared facts, events, rules built over them, and a bench to try them. */
export function RulesEditor({ definition: r, onChange, errors }: EditorProps<Ruleset>) {
  const { t } = useTranslation('design');
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
        <FactsList facts={r.facts} errors={errors} onChange={(v) => set('facts', v)} />
        <EventsList events={r.events} errors={errors} onChange={(v) => set('events', v)} />
        <NamedConditions ruleset={r} onChange={onChange} errors={errors} facts={facts} />
        <RulesList ruleset={r} facts={facts} errors={errors} onChange={(v) => set('rules', v)} />
      </div>
      <RuleTestBench ruleset={r} />
    </div>
  );
}
