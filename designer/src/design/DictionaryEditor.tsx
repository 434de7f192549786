import { useTranslation } from 'react-i18next';
import type { Dictionary, DictionaryOption } from '../../../runtime/definitions/types';
import { useLang } from '../shared/lang';
import { resolveLabel } from '../shared/runtime';
import { CheckField, LocalizedInput, Panel, SelectField, TextField } from '../shared/widgets';
import type { EditorProps } from './editorProps';
import { fieldProps } from './fieldProps';
import { ListEditor } from './ListEditor';
import { ItemSourceInput, SourceInput } from './SourceInput';

/** A shared option list: its citation, and each option's code, label in kk/ru/en and optional amount. */
export function DictionaryEditor({ definition: d, onChange, errors }: EditorProps<Dictionary>) {
  const { t } = useTranslation('language');
  const { t: td } = useTranslation('design');
  const { lang } = useLang();
  const field = fieldProps(d, onChange, errors, '');
  return (
    <div className="dictionary-editor">
      <Panel title={t('dictionary.title')}>
        <LocalizedInput label={td('s.title')} {...field('title')} />
        <SourceInput value={d.source} onChange={(source) => onChange({ ...d, source })} errors={errors} at="/source" />
        <p className="hint">{t('dictionary.hint')}</p>
      </Panel>
      <ListEditor<DictionaryOption>
        title={t('dictionary.options')}
        items={d.options}
        at="/options"
        errors={errors}
        onChange={(options) => onChange({ ...d, options })}
        make={(items) => ({ code: `code${items.length + 1}`, label: { en: `Option ${items.length + 1}` } })}
        name={(o) => `${o.code} — ${resolveLabel(o.label, lang)}`}
        render={(o, put, at) => {
          const option = fieldProps(o, put, errors, at);
          return (
            <>
              <TextField label={t('dictionary.code')} {...option('code')} />
              <LocalizedInput label={td('s.label')} {...option('label')} />
              <div className="row">
                <TextField
                  label={t('dictionary.amount')}
                  type="number"
                  value={o.amount?.amount}
                  onChange={(v) => {
                    const { amount: _drop, ...rest } = o;
                    put(
                      v.trim() === '' ? rest : { ...o, amount: { amount: Number(v), unit: o.amount?.unit ?? 'MRP' } },
                    );
                  }}
                  errors={errors}
                  at={`${at}/amount/amount`}
                />
                <SelectField
                  label={t('dictionary.unit')}
                  value={o.amount?.unit ?? 'MRP'}
                  options={[
                    { value: 'MRP', label: t('money.MRP') },
                    { value: 'KZT', label: t('money.KZT') },
                  ]}
                  onChange={(unit) => o.amount && put({ ...o, amount: { ...o.amount, unit } })}
                  errors={errors}
                  at={`${at}/amount/unit`}
                />
              </div>
              <CheckField
                label={t('dictionary.retired')}
                checked={Boolean(o.retired)}
                onChange={(retired) => {
                  const { retired: _drop, ...rest } = o;
                  put(retired ? { ...o, retired: true } : rest);
                }}
                at={`${at}/retired`}
              />
              <ItemSourceInput item={o} put={put} errors={errors} at={at} />
            </>
          );
        }}
      />
    </div>
  );
}
