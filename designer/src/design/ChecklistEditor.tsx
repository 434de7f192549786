import { useTranslation } from 'react-i18next';
import type { Checklist } from '../../../runtime/definitions/types';
import { useLang } from '../shared/lang';
import { resolveLabel } from '../shared/runtime';
import { useDefinitionList } from '../shared/useDefinitionIds';
import { LocalizedInput, Panel, SelectField, TextField } from '../shared/widgets';
import { ChecklistItemEditor } from './checklist/ChecklistItemEditor';
import { RoadmapPanel } from './checklist/RoadmapPanel';
import type { EditorProps } from './editorProps';
import { fieldProps, listProps } from './fieldProps';
import { ListEditor } from './ListEditor';
import { SourceInput } from './SourceInput';

/** A checklist: its questions, how answers score, the ruleset that recommends, and the roadmap. */
export function ChecklistEditor({ definition: c, onChange, errors }: EditorProps<Checklist>) {
  const { t } = useTranslation('design');
  const { t: tx } = useTranslation('designerEdit');
  const { lang } = useLang();
  const rulesets = useDefinitionList('ruleset');
  const set = <K extends keyof Checklist>(key: K, value: Checklist[K]) => onChange({ ...c, [key]: value });
  const checklistField = fieldProps(c, onChange, errors, '');
  const vocabulary = (which: 'actions' | 'goals') => (
    <ListEditor
      title={tx(`checklist.${which}`)}
      items={c.vocabulary[which]}
      at={`/vocabulary/${which}`}
      errors={errors}
      onChange={(v) => set('vocabulary', { ...c.vocabulary, [which]: v })}
      make={(items) => ({ id: `${which.slice(0, -1)}${items.length + 1}`, label: { en: which } })}
      name={(e) => `${e.id} — ${resolveLabel(e.label, lang)}`}
      render={(e, put, at) => {
        const field = fieldProps(e, put, errors, at);
        return (
          <>
            <TextField label={t('s.id')} {...field('id')} />
            <LocalizedInput label={t('s.label')} {...field('label')} />
            <SourceInput {...field('source')} />
          </>
        );
      }}
    />
  );
  return (
    <div className="checklist-editor">
      <Panel title={t('s.checklist')}>
        <LocalizedInput label={t('s.title')} {...checklistField('title')} />
        <SelectField
          label={t('s.ruleset')}
          {...checklistField('ruleset')}
          options={[...new Set([c.ruleset, ...rulesets.map((r) => r.id)])]}
        />
        <SourceInput {...checklistField('source')} />
      </Panel>
      <ListEditor
        title={t('s.items')}
        {...listProps(c, set, errors)('items')}
        make={(items) => ({
          id: `q${items.length + 1}`,
          question: { en: 'Question' },
          answer: 'boolean',
          favourable: true,
          weight: 1,
        })}
        name={(item) => `${item.number ?? item.id} — ${resolveLabel(item.question, lang)}`}
        render={(item, put, at, index) => (
          <ChecklistItemEditor item={item} put={put} at={at} errors={errors} items={c.items} index={index} />
        )}
      />
      {vocabulary('actions')}
      {vocabulary('goals')}
      <RoadmapPanel roadmap={c.roadmap} onChange={(roadmap) => set('roadmap', roadmap)} errors={errors} />
    </div>
  );
}
