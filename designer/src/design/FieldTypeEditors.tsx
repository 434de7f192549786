import { useTranslation } from 'react-i18next';
import type { DefinitionError, Field, Form } from '../../../runtime/definitions/types';
import {
  computedOf,
  isChoiceField,
  isListField,
  isNumberField,
  isTextField,
  optionsOf,
  type FieldDraft,
} from '../../../runtime/definitions/fieldGuards';
import { LIST_ITEM_TYPES } from '../../../runtime/definitions/form';
import { fieldTypeAllows } from '../../../runtime/forms/fieldTypes';
import { ErrorsAt, LocalizedInput, SelectField, TextField } from '../shared/widgets';
import { useDefinitionList } from '../shared/useDefinitionIds';
import { patchField, retype, type FieldPatch } from './formBuilderState';
import { ComputedEditor } from './FormLogicEditors';
import { defaultText, optionKind, parseAs, parseDefault, retypeOptions, type ValueKind } from './fieldValues';
import { num } from './service/shared';

/**
 * What every editor of a field type's own properties is given. An editor that only reads takes the field as a
 * FieldDraft (any property, undefined where its type has none); a Field is one.
 */
export interface TypeEditorProps<F extends FieldDraft = Field> {
  field: F;
  at: string;
  errors: readonly DefinitionError[];
  onChange: (patch: FieldPatch) => void;
}

/** Two number boxes side by side: a lower and an upper limit. */
function Limits({
  names,
  labels,
  field,
  at,
  errors,
  onChange,
}: TypeEditorProps<FieldDraft> & {
  names: readonly ['min' | 'minLength' | 'minItems' | 'minRows', 'max' | 'maxLength' | 'maxItems' | 'maxRows'];
  labels: readonly [string, string];
}) {
  return (
    <div className="row">
      {names.map((name, i) => (
        <TextField
          key={name}
          label={labels[i] ?? name}
          type="number"
          value={field[name]}
          onChange={(v) => onChange({ [name]: num(v) })}
          errors={errors}
          at={`${at}/${name}`}
        />
      ))}
    </div>
  );
}

/** The limits and hints of a typed value: number range, placeholder, unit, pattern, length. */
export function ValueLimitsEditor(props: TypeEditorProps) {
  const { t } = useTranslation('design');
  const { t: tf } = useTranslation('formLanguage');
  const { field, at, errors, onChange } = props;
  const isNumber = isNumberField(field) || (isListField(field) && /integer|number/.test(field.itemType ?? ''));
  const isText = isTextField(field) || (isListField(field) && field.itemType === 'text');
  const draft: FieldDraft = field; // placeholder, unit, pattern: shown where fieldTypeAllows them
  const texts = [
    ['placeholder', draft.placeholder],
    ['unit', draft.unit],
  ] as const;
  return (
    <>
      {isNumber && <Limits {...props} names={['min', 'max']} labels={[t('s.minimum'), t('s.maximum')]} />}
      {texts.map(
        ([name, value]) =>
          fieldTypeAllows(field.type, name) && (
            <LocalizedInput
              key={name}
              label={tf(`field.${name}`)}
              value={value}
              onChange={(text) => onChange({ [name]: text })}
              errors={errors}
              at={`${at}/${name}`}
            />
          ),
      )}
      {fieldTypeAllows(field.type, 'pattern') && (
        <TextField
          label={tf('field.pattern')}
          value={draft.pattern}
          onChange={(v) => onChange({ pattern: v || undefined })}
          errors={errors}
          at={`${at}/pattern`}
        />
      )}
      {isText && (
        <Limits {...props} names={['minLength', 'maxLength']} labels={[t('s.min_length'), t('s.max_length')]} />
      )}
    </>
  );
}

/** A list's item type and how many values it takes. */
export function ListEditor(props: TypeEditorProps<FieldDraft>) {
  const { t } = useTranslation('design');
  const { t: tl } = useTranslation('language');
  const { field, at, errors, onChange } = props;
  return (
    <>
      <SelectField
        label={tl('list.itemType')}
        value={field.itemType ?? 'text'}
        options={LIST_ITEM_TYPES.map((type) => ({ value: type, label: t(`fieldType.${type}`) }))}
        onChange={(itemType) => onChange({ itemType })}
        errors={errors}
        at={`${at}/itemType`}
      />
      <Limits {...props} names={['minItems', 'maxItems']} labels={[tl('list.minItems'), tl('list.maxItems')]} />
    </>
  );
}

/** How many rows a table takes. */
export function TableEditor(props: TypeEditorProps<FieldDraft>) {
  const { t } = useTranslation('design');
  return <Limits {...props} names={['minRows', 'maxRows']} labels={[t('s.min_rows'), t('s.max_rows')]} />;
}

/** The media types a file field accepts. */
export function FileEditor({ field, at, errors, onChange }: TypeEditorProps<FieldDraft>) {
  const { t } = useTranslation('design');
  return (
    <TextField
      label={t('s.accepted_types_comma_separated')}
      value={(field.accept ?? []).join(', ')}
      onChange={(v) => onChange({ accept: v.trim() ? v.split(',').map((s) => s.trim()) : undefined })}
      errors={errors}
      at={`${at}/accept`}
    />
  );
}

/** A yes/no's details: their label, and the answer that requires them. */
export function DetailsEditor({ field, at, errors, onChange }: TypeEditorProps<FieldDraft>) {
  const { t } = useTranslation('design');
  const label = field.details?.label ?? { en: 'Details' };
  return (
    <>
      <LocalizedInput
        label={t('s.details_label')}
        value={field.details?.label}
        onChange={(next) => onChange({ details: { ...field.details, label: next } })}
        errors={errors}
        at={`${at}/details/label`}
      />
      <SelectField
        label={t('s.details_required_when_the_answer_is')}
        value={field.details?.requiredWhen === false ? 'no' : 'yes'}
        options={['yes', 'no'] as const}
        onChange={(v) => onChange({ details: { label, requiredWhen: v === 'yes' } })}
        errors={errors}
        at={`${at}/details/requiredWhen`}
      />
    </>
  );
}

/** A choice's values: a dictionary's codes, or options of its own. */
export function ChoiceEditor(props: TypeEditorProps & { onReplace: (field: Field) => void }) {
  const { t: tl } = useTranslation('language');
  const { field, at, errors, onChange, onReplace } = props;
  const dictionaries = useDefinitionList('dictionary');
  const dictionary = isChoiceField(field) ? field.dictionary : undefined;
  const ids = [...new Set([...(dictionary ? [dictionary] : []), ...dictionaries.map((d) => d.id)])];
  return (
    <>
      <SelectField
        label={tl('dictionary.field')}
        value={dictionary ?? ''}
        options={[{ value: '', label: tl('dictionary.none') }, ...ids.map((id) => ({ value: id, label: id }))]}
        onChange={(id) =>
          onReplace(
            id
              ? patchField(field, { options: undefined, dictionary: id })
              : patchField(field, { dictionary: undefined, options: [...optionsOf(retype(field, field.type))] }),
          )
        }
        errors={errors}
        at={`${at}/dictionary`}
      />
      {!dictionary && (
        <OptionsEditor field={field} at={at} errors={errors} onChange={(options) => onChange({ options })} />
      )}
    </>
  );
}

/** How a number or a date is computed, where its type may be. */
export function ComputedFieldEditor({ field, at, errors, onChange, form }: TypeEditorProps & { form: Form }) {
  return (
    <ComputedEditor field={field} form={form} at={at} errors={errors} onChange={(computed) => onChange({ computed })} />
  );
}

/** The value a field starts with, typed as the analyst writes it. */
export function DefaultEditor({ field, at, errors, onChange }: TypeEditorProps) {
  const { t: tl } = useTranslation('language');
  if (!fieldTypeAllows(field.type, 'default') || computedOf(field)) return null;
  const many = field.type === 'multi-choice' || field.type === 'list';
  return (
    <TextField
      label={tl(many ? 'default.labelMany' : 'default.label')}
      value={defaultText(field)}
      onChange={(v) => onChange({ default: parseDefault(field, v) })}
      errors={errors}
      at={`${at}/default`}
    />
  );
}

type Options = NonNullable<FieldDraft['options']>;

function OptionsEditor({
  field,
  at,
  errors,
  onChange,
}: {
  field: Field;
  at: string;
  errors: readonly DefinitionError[];
  onChange: (options: Options) => void;
}) {
  const { t } = useTranslation('design');
  const { t: tl } = useTranslation('language');
  const options: Options = [...optionsOf(field)];
  const kind = optionKind(field);
  return (
    <fieldset className="options">
      <legend>{t('s.options')}</legend>
      <SelectField
        label={tl('options.valueKind')}
        value={kind}
        options={(['text', 'number', 'yes-no'] as const).map((k) => ({ value: k, label: tl(`options.kind.${k}`) }))}
        onChange={(next: ValueKind) => onChange(retypeOptions(field, next))}
      />
      {options.map((option, i) => (
        <div key={i} className="option-row">
          <TextField
            label={`Value ${i + 1}`}
            value={String(option.value)}
            onChange={(text) => onChange(options.map((o, j) => (j === i ? { ...o, value: parseAs(kind, text) } : o)))}
            errors={errors}
            at={`${at}/options/${i}/value`}
          />
          <LocalizedInput
            label={`Option ${i + 1} label`}
            value={option.label}
            onChange={(label) => onChange(options.map((o, j) => (j === i ? { ...o, label } : o)))}
            errors={errors}
            at={`${at}/options/${i}/label`}
          />
          <button
            type="button"
            aria-label={`Remove option ${i + 1}`}
            onClick={() => onChange(options.filter((_, j) => j !== i))}
          >
            ✕
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() =>
          onChange([
            ...options,
            {
              value: kind === 'number' ? options.length + 1 : `option${options.length + 1}`,
              label: { en: `Option ${options.length + 1}` },
            },
          ])
        }
      >
        {t('s.add_option')}
      </button>
      <ErrorsAt errors={errors} at={`${at}/options`} />
    </fieldset>
  );
}
