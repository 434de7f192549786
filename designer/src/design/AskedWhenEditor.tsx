import { useTranslation } from 'react-i18next';
import type { ChecklistItem, DefinitionError } from '../../../runtime/definitions/types';
import { useLang } from '../shared/lang';
import { resolveLabel } from '../shared/runtime';
import { ErrorsAt, SelectField, TextField } from '../shared/widgets';
import { answerChoices, defaultCondition, earlierItems, typedAnswer, type AskedWhen } from './askedWhen';

const ALWAYS = '(always)';

/**
 * "Ask this question only when an earlier one was answered so": a picker of the earlier questions
 * and of the answer, never free text, so the condition cannot name a question that does not exist.
 */
export function AskedWhenEditor({
  items,
  index,
  value,
  onChange,
  errors,
  at,
}: {
  items: readonly ChecklistItem[];
  index: number;
  value: AskedWhen | undefined;
  onChange: (value: AskedWhen | undefined) => void;
  errors: readonly DefinitionError[];
  at: string;
}) {
  const { t } = useTranslation('checklistConditions');
  const { lang } = useLang();
  const earlier = earlierItems(items, index);
  const target = earlier.find((item) => item.id === value?.item);
  const choices = answerChoices(target);
  const name = (item: ChecklistItem) => `${item.number ?? item.id} — ${resolveLabel(item.question, lang)}`;
  return (
    <fieldset className="asked-when" data-pointer={at}>
      <legend>{t('legend')}</legend>
      <SelectField
        label={t('question')}
        value={value?.item ?? ALWAYS}
        options={[
          { value: ALWAYS, label: t('always') },
          // a condition on a question that is no longer earlier stays visible, so it can be changed
          ...(value && !target ? [{ value: value.item, label: t('notEarlier', { item: value.item }) }] : []),
          ...earlier.map((item) => ({ value: item.id, label: name(item) })),
        ]}
        onChange={(id) => {
          const picked = earlier.find((item) => item.id === id);
          onChange(picked ? defaultCondition(picked) : undefined);
        }}
        errors={errors}
        at={`${at}/item`}
      />
      {value && target && choices && (
        <SelectField
          label={t('answer')}
          value={String(value.equals)}
          options={choices.map((c) => ({
            value: c.key,
            label:
              c.key === 'true' && typeof c.value === 'boolean'
                ? t('yes')
                : c.key === 'false' && typeof c.value === 'boolean'
                  ? t('no')
                  : resolveLabel(target.options?.find((o) => o.value === c.key)?.label ?? { en: c.key }, lang),
          }))}
          onChange={(key) => onChange({ item: value.item, equals: choices.find((c) => c.key === key)!.value })}
          errors={errors}
          at={`${at}/equals`}
        />
      )}
      {value && target && !choices && (
        <TextField
          label={t('answer')}
          type={target.answer === 'number' ? 'number' : 'text'}
          value={String(value.equals)}
          onChange={(text) => onChange({ item: value.item, equals: typedAnswer(target, text) })}
          errors={errors}
          at={`${at}/equals`}
        />
      )}
      {!value && earlier.length === 0 && <p className="hint">{t('firstQuestion')}</p>}
      <ErrorsAt errors={errors} at={at} />
    </fieldset>
  );
}
