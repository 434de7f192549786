import { useTranslation } from 'react-i18next';
import type { DefinitionError, Field } from '../../../runtime/definitions/types';
import { ErrorsAt, SelectField, TextField } from '../shared/widgets';
import { isBooleanField, isChoiceField, optionsOf } from '../../../runtime/definitions/fieldGuards';

type VisibleWhen = NonNullable<Field['visibleWhen']>;
type Mode = 'equals' | 'in' | 'notEmpty' | 'between';
// no field path starts with a parenthesis, so this value cannot be taken for one
const ALWAYS = '(always)';

const parse = (text: string): string | number | boolean => {
  if (text === 'true') return true;
  if (text === 'false') return false;
  return text.trim() !== '' && !Number.isNaN(Number(text)) ? Number(text) : text;
};

/** The value a new test starts with: yes for a yes/no, a choice's first option, else nothing yet. */
function firstValue(target: Field | undefined): string | number | boolean {
  return isBooleanField(target) ? true : (optionsOf(target)[0]?.value ?? '');
}

/** A test of this kind on `field`, started with a value the target field takes. */
function startTest(mode: Mode, field: string, target: Field | undefined): VisibleWhen {
  if (mode === 'in')
    return {
      field,
      in: optionsOf(target)
        .slice(0, 1)
        .map((o) => o.value),
    };
  if (mode === 'notEmpty') return { field, notEmpty: true };
  if (mode === 'between') return { field, between: { min: 0 } };
  return { field, equals: firstValue(target) };
}

/** A range's bound: a number when it reads as one, else text (an ISO date or time); empty means none. */
const bound = (text: string) =>
  text.trim() === '' ? undefined : /^-?\d+(\.\d+)?$/.test(text.trim()) ? Number(text) : text.trim();

interface PartProps {
  value: VisibleWhen;
  onChange: (v: VisibleWhen | undefined) => void;
  errors: readonly DefinitionError[];
  at: string;
}

/** "lies between": the least and the greatest value (inclusive), either may be left open. */
function RangeInputs({ value, onChange, errors, at }: PartProps) {
  const { t: tf } = useTranslation('formLanguage');
  return (
    <div className="row">
      <TextField
        label={tf('condition.min')}
        value={String(value.between?.min ?? '')}
        onChange={(v) => onChange({ field: value.field, between: { ...value.between, min: bound(v) } })}
        errors={errors}
        at={`${at}/between/min`}
      />
      <TextField
        label={tf('condition.max')}
        value={String(value.between?.max ?? '')}
        onChange={(v) => onChange({ field: value.field, between: { ...value.between, max: bound(v) } })}
        errors={errors}
        at={`${at}/between/max`}
      />
    </div>
  );
}

/** The `or` alternatives: each a test of its own, any of which makes the condition hold. */
function Alternatives({
  value,
  targets,
  onChange,
  errors,
  at,
}: PartProps & { targets: { path: string; field: Field }[] }) {
  const { t: tf } = useTranslation('formLanguage');
  return (
    <div className="condition-or" data-pointer={`${at}/or`}>
      {(value.or ?? []).map((alt, j) => (
        <VisibleWhenEditor
          key={j}
          alternative
          value={alt}
          targets={targets}
          errors={errors}
          at={`${at}/or/${j}`}
          onChange={(next) => {
            const or = (value.or ?? []).flatMap((a, k) => (k === j ? (next ? [next] : []) : [a]));
            onChange({ ...value, or: or.length ? or : undefined });
          }}
        />
      ))}
      <button
        type="button"
        onClick={() => onChange({ ...value, or: [...(value.or ?? []), { field: value.field, notEmpty: true }] })}
      >
        {tf('condition.addOr')}
      </button>
    </div>
  );
}

/** "Show this field only when …": another field, and the value it must have. */
export function VisibleWhenEditor({
  value,
  targets,
  onChange: change,
  errors,
  at,
  alternative = false,
  legend,
}: {
  value: VisibleWhen | undefined;
  targets: { path: string; field: Field }[];
  onChange: (v: VisibleWhen | undefined) => void;
  errors: readonly DefinitionError[];
  at: string;
  /** one of the `or` alternatives: it has no alternatives of its own */
  alternative?: boolean;
  /** what the condition decides, when not a field's visibility (a check's "applies when") */
  legend?: string;
}) {
  const { t } = useTranslation('design');
  const { t: tf } = useTranslation('formLanguage');
  // a change of this test keeps the alternatives ("or") already stated
  const onChange = (next: VisibleWhen | undefined) =>
    change(next && value?.or && !alternative ? { ...next, or: value.or } : next);
  const mode: Mode = value?.in ? 'in' : value?.notEmpty ? 'notEmpty' : value?.between ? 'between' : 'equals';
  const target = targets.find((t) => t.path === value?.field)?.field;
  const targetOptions = isChoiceField(target) ? target.options : undefined;
  const choices = targetOptions?.map((o) => String(o.value));
  // a choice's option keeps its own type: "3" stays text when the option is text, 3 a number when a number
  const choiceValue = (text: string) => targetOptions?.find((o) => String(o.value) === text)?.value ?? parse(text);
  const setMode = (next: Mode) => value && onChange(startTest(next, value.field, target));
  return (
    <fieldset className="visible-when" data-pointer={at}>
      <legend>{alternative ? tf('condition.or') : (legend ?? t('s.condition_visible_when'))}</legend>
      <SelectField
        label={t('s.show_only_when_field')}
        value={value?.field ?? ALWAYS}
        options={[{ value: ALWAYS, label: t('s.always_shown') }, ...targets.map((t) => t.path)]}
        onChange={(field) => {
          if (field === ALWAYS) return onChange(undefined);
          const t = targets.find((x) => x.path === field)?.field;
          onChange({ field, equals: firstValue(t) });
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
              { value: 'between', label: tf('condition.between') },
            ]}
            onChange={setMode}
          />
          {mode === 'equals' &&
            (choices || isBooleanField(target) ? (
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
          {mode === 'between' && <RangeInputs value={value} onChange={onChange} errors={errors} at={at} />}
          {!alternative && <Alternatives value={value} targets={targets} onChange={change} errors={errors} at={at} />}
        </>
      )}
      <ErrorsAt errors={errors} at={at} />
    </fieldset>
  );
}
