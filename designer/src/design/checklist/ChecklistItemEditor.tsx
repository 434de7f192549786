import { useTranslation } from 'react-i18next';
import type { Checklist, DefinitionError } from '../../../../runtime/definitions/types';
import { useLang } from '../../shared/lang';
import { resolveLabel } from '../../shared/runtime';
import { LocalizedInput, SelectField, TextField } from '../../shared/widgets';
import { AskedWhenEditor } from '../AskedWhenEditor';
import { fieldProps } from '../fieldProps';
import { ListEditor } from '../ListEditor';
import { SourceInput } from '../SourceInput';

const ANSWER_TYPES = ['boolean', 'boolean-details', 'choice', 'number', 'text'] as const;
type Item = Checklist['items'][number];
type Props = { item: Item; put: (item: Item) => void; at: string; errors: readonly DefinitionError[] };

/** One question of a checklist: how it is answered, which answer is favourable and earns its weight, when it is asked. */
export function ChecklistItemEditor({ items, index, ...props }: Props & { items: readonly Item[]; index: number }) {
  const { t } = useTranslation('design');
  const { item, put, at, errors } = props;
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
        <Favourable {...props} />
      </div>
      <LocalizedInput label={t('s.question')} {...field('question')} multiline />
      {(item.answer === 'choice' || item.options) && <Options {...props} />}
      <Parts {...props} />
      <AskedWhenEditor
        items={items}
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
}

/** The answer that means the service already does well here: yes/no, one of the options, or a value typed. */
function Favourable({ item, put, at, errors }: Props) {
  const { t: tx } = useTranslation('designerEdit');
  const label = tx('checklist.favourable');
  const none = { value: '(none)', label: tx('checklist.noFavourable') };
  const setFavourable = (favourable: Item['favourable']) => {
    const { favourable: _, ...rest } = item;
    put(favourable === undefined ? rest : { ...rest, favourable });
  };
  if (item.answer === 'boolean' || item.answer === 'boolean-details' || item.answer === 'choice') {
    const options =
      item.answer === 'choice'
        ? (item.options ?? []).map((o) => ({ value: o.value, label: o.value }))
        : [
            { value: 'true', label: tx('checklist.yes') },
            { value: 'false', label: tx('checklist.no') },
          ];
    return (
      <SelectField
        label={label}
        value={item.favourable === undefined ? '(none)' : String(item.favourable)}
        options={[none, ...options]}
        onChange={(v) => setFavourable(v === '(none)' ? undefined : item.answer === 'choice' ? v : v === 'true')}
        errors={errors}
        at={`${at}/favourable`}
      />
    );
  }
  return (
    <TextField
      label={label}
      type={item.answer === 'number' ? 'number' : 'text'}
      value={item.favourable === undefined ? '' : String(item.favourable)}
      onChange={(v) => setFavourable(v === '' ? undefined : item.answer === 'number' ? Number(v) : v)}
      errors={errors}
      at={`${at}/favourable`}
    />
  );
}

/** The options of a choice question: the value the answer fact takes, and its label. */
function Options({ item, put, at, errors }: Props) {
  const { t } = useTranslation('design');
  const { t: tx } = useTranslation('designerEdit');
  const { lang } = useLang();
  return (
    <ListEditor
      title={tx('checklist.options')}
      items={item.options ?? []}
      at={`${at}/options`}
      errors={errors}
      onChange={(options) => put({ ...item, options: options.length ? options : undefined })}
      make={(list) => ({ value: `option${list.length + 1}`, label: { en: `Option ${list.length + 1}` } })}
      name={(o) => `${o.value} — ${resolveLabel(o.label, lang)}`}
      render={(o, putOption, oAt) => {
        const field = fieldProps(o, putOption, errors, oAt);
        return (
          <>
            <TextField label={tx('checklist.value')} {...field('value')} />
            <LocalizedInput label={t('s.label')} {...field('label')} />
          </>
        );
      }}
    />
  );
}

/** An answer given in named parts (a term reduced "from" and "to"): each part's key, label and unit. */
function Parts({ item, put, at, errors }: Props) {
  const { t } = useTranslation('design');
  const { t: tx } = useTranslation('designerEdit');
  const { lang } = useLang();
  return (
    <ListEditor
      title={tx('checklist.parts')}
      items={item.parts ?? []}
      at={`${at}/parts`}
      errors={errors}
      onChange={(parts) => put({ ...item, parts: parts.length ? parts : undefined })}
      make={(list) => ({ key: `part${list.length + 1}`, label: { en: `Part ${list.length + 1}` } })}
      name={(p) => `${p.key} — ${resolveLabel(p.label, lang)}`}
      render={(p, putPart, pAt) => {
        const field = fieldProps(p, putPart, errors, pAt);
        return (
          <>
            <TextField label={tx('checklist.key')} {...field('key')} />
            <LocalizedInput label={t('s.label')} {...field('label')} />
            <LocalizedInput
              label={tx('checklist.unit')}
              value={p.unit}
              onChange={(unit) => putPart({ ...p, unit: Object.values(unit).some(Boolean) ? unit : undefined })}
              errors={errors}
              at={`${pAt}/unit`}
            />
          </>
        );
      }}
    />
  );
}
