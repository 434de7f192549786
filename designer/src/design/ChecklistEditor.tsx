import { useTranslation } from 'react-i18next';
import type { Checklist } from '../../../runtime/definitions/types';
import { useLang } from '../shared/lang';
import { DURATION_UNITS, resolveLabel } from '../shared/runtime';
import { useDefinitionList } from '../shared/useDefinitionIds';
import { LocalizedInput, Panel, SelectField, TextField } from '../shared/widgets';
import { AskedWhenEditor } from './AskedWhenEditor';
import type { EditorProps } from './editorProps';
import { fieldProps } from './fieldProps';
import { ListEditor } from './ListEditor';
import { SourceInput } from './SourceInput';

const ANSWER_TYPES = ['boolean', 'boolean-details', 'choice', 'number', 'text'] as const;

/** A checklist: its questions, how answers score, the ruleset that recommends, and the roadmap. */
export function ChecklistEditor({ definition: c, onChange, errors }: EditorProps<Checklist>) {
  const { t } = useTranslation('design');
  const { lang } = useLang();
  const rulesets = useDefinitionList('ruleset');
  const set = <K extends keyof Checklist>(key: K, value: Checklist[K]) => onChange({ ...c, [key]: value });
  const checklistField = fieldProps(c, onChange, errors, '');
  const vocabulary = (which: 'actions' | 'goals') => (
    <ListEditor
      title={which === 'actions' ? 'Actions' : 'Goals'}
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
        items={c.items}
        at="/items"
        errors={errors}
        onChange={(v) => set('items', v)}
        make={(items) => ({
          id: `q${items.length + 1}`,
          question: { en: 'Question' },
          answer: 'boolean',
          favourable: true,
          weight: 1,
        })}
        name={(item) => `${item.number ?? item.id} — ${resolveLabel(item.question, lang)}`}
        render={(item, put, at, index) => {
          const field = fieldProps(item, put, errors, at);
          return (
            <>
              <div className="row">
                <TextField label={t('s.id')} {...field('id')} />
                <TextField
                  label={t('s.number')}
                  value={item.number}
                  onChange={(number) => put({ ...item, number: number || undefined })}
                  errors={errors}
                  at={`${at}/number`}
                />
                <SelectField label={t('s.answer')} {...field('answer')} options={ANSWER_TYPES} />
                <TextField
                  label={t('s.weight')}
                  type="number"
                  value={item.weight}
                  onChange={(v) => put({ ...item, weight: v === '' ? undefined : Number(v) })}
                  errors={errors}
                  at={`${at}/weight`}
                />
                <TextField
                  label={t('s.fact')}
                  value={item.fact}
                  onChange={(fact) => put({ ...item, fact: fact || undefined })}
                  errors={errors}
                  at={`${at}/fact`}
                />
              </div>
              <LocalizedInput label={t('s.question')} {...field('question')} multiline />
              <AskedWhenEditor
                items={c.items}
                index={index}
                value={item.askedWhen}
                onChange={(askedWhen) => {
                  const { askedWhen: _, ...rest } = item;
                  put(askedWhen ? { ...rest, askedWhen } : rest);
                }}
                errors={errors}
                at={`${at}/askedWhen`}
              />
              <SourceInput {...field('source')} />
            </>
          );
        }}
      />
      {vocabulary('actions')}
      {vocabulary('goals')}
      <Panel title={t('s.roadmap')}>
        <div className="row">
          <TextField
            label={t('s.counted_from_event')}
            value={c.roadmap.from}
            onChange={(from) => set('roadmap', { ...c.roadmap, from })}
            errors={errors}
            at="/roadmap/from"
          />
          <TextField
            label={t('s.default_term')}
            type="number"
            value={c.roadmap.defaultTerm.amount}
            onChange={(v) =>
              set('roadmap', { ...c.roadmap, defaultTerm: { ...c.roadmap.defaultTerm, amount: Math.trunc(Number(v)) } })
            }
            errors={errors}
            at="/roadmap/defaultTerm/amount"
          />
          <SelectField
            label={t('s.unit')}
            value={c.roadmap.defaultTerm.unit}
            options={DURATION_UNITS}
            onChange={(unit) => set('roadmap', { ...c.roadmap, defaultTerm: { ...c.roadmap.defaultTerm, unit } })}
          />
          <TextField
            label={t('s.calendar')}
            value={c.roadmap.calendar}
            onChange={(calendar) => set('roadmap', { ...c.roadmap, calendar })}
            errors={errors}
            at="/roadmap/calendar"
          />
        </div>
      </Panel>
    </div>
  );
}
