import { useTranslation } from 'react-i18next';
import type { DefinitionError, Field } from '../../../runtime/definitions/types';
import { ErrorsAt, SelectField, TextField } from '../shared/widgets';

type VisibleWhen = NonNullable<Field['visibleWhen']>;
type Mode = 'equals' | 'in' | 'notEmpty';

const parse = (text: string): string | number | boolean => {
  if (text === 'true') return true;
  if (text === 'false') return false;
  return text.trim() !== '' && !Number.isNaN(Number(text)) ? Number(text) : text;
};

/** "Show this field only when …": another field, and the value it must have. */
export function VisibleWhenEditor({
  value,
  targets,
  onChange,
  errors,
  at,
}: {
  value: VisibleWhen | undefined;
  targets: { path: string; field: Field }[];
  onChange: (v: VisibleWhen | undefined) => void;
  errors: readonly DefinitionError[];
  at: string;
}) {
  const { t } = useTranslation('design');
  const mode: Mode = value?.in ? 'in' : value?.notEmpty ? 'notEmpty' : 'equals';
  const target = targets.find((t) => t.path === value?.field)?.field;
  const choices = target?.options?.map((o) => String(o.value));
  // a choice's option keeps its own type: "3" stays text when the option is text, 3 a number when a number
  const choiceValue = (text: string) => target?.options?.find((o) => String(o.value) === text)?.value ?? parse(text);
  const setMode = (next: Mode) => {
    if (!value) return;
    const base = { field: value.field };
    if (next === 'equals')
      onChange({
        ...base,
        equals:
          target?.type === 'boolean' || target?.type === 'boolean-details' ? true : (target?.options?.[0]?.value ?? ''),
      });
    if (next === 'in') onChange({ ...base, in: target?.options?.slice(0, 1).map((o) => o.value) ?? [] });
    if (next === 'notEmpty') onChange({ ...base, notEmpty: true });
  };
  return (
    <fieldset className="visible-when" data-pointer={at}>
      <legend>Condition (visible when)</legend>
      <SelectField
        label={t('s.show_only_when_field')}
        value={value?.field ?? '(always)'}
        options={['(always)', ...targets.map((t) => t.path)]}
        onChange={(field) => {
          if (field === '(always)') return onChange(undefined);
          const t = targets.find((x) => x.path === field)?.field;
          onChange({
            field,
            equals: t?.type === 'boolean' || t?.type === 'boolean-details' ? true : (t?.options?.[0]?.value ?? ''),
          });
        }}
        errors={errors}
        at={`${at}/field`}
      />
      {value && (
        <>
          <SelectField
            label={t('s.test')}
            value={mode}
            options={[
              { value: 'equals', label: 'equals' },
              { value: 'in', label: 'is one of' },
              { value: 'notEmpty', label: 'is filled in' },
            ]}
            onChange={setMode}
          />
          {mode === 'equals' &&
            (choices || target?.type === 'boolean' || target?.type === 'boolean-details' ? (
              <SelectField
                label={t('s.value')}
                value={String(value.equals)}
                options={choices ?? ['true', 'false']}
                onChange={(v) => onChange({ field: value.field, equals: choiceValue(v) })}
                errors={errors}
                at={`${at}/equals`}
              />
            ) : (
              <TextField
                label={t('s.value')}
                value={String(value.equals ?? '')}
                onChange={(v) => onChange({ field: value.field, equals: parse(v) })}
                errors={errors}
                at={`${at}/equals`}
              />
            ))}
          {mode === 'in' && (
            <TextField
              label={t('s.values_comma_separated')}
              value={(value.in ?? []).join(', ')}
              onChange={(v) =>
                onChange({
                  field: value.field,
                  in: v
                    .split(',')
                    .map((s) => s.trim())
                    .filter(Boolean)
                    .map((s) => choiceValue(s)),
                })
              }
              errors={errors}
              at={`${at}/in`}
            />
          )}
        </>
      )}
      <ErrorsAt errors={errors} at={at} />
    </fieldset>
  );
}
