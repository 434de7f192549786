import { useTranslation } from 'react-i18next';
import type { DefinitionError, Field, FieldType, Form } from '../../../runtime/definitions/types';
import { FIELD_TYPES } from '../shared/runtime';
import { CheckField, ErrorsAt, LocalizedInput, SelectField, TextField } from '../shared/widgets';
import { conditionTargets, fieldPointer, retype, type FieldPath } from './formBuilderState';
import { SourceInput } from './SourceInput';
import { VisibleWhenEditor } from './VisibleWhenEditor';
import { useDefinitionList } from '../shared/useDefinitionIds';
import { ComputedEditor } from './FormLogicEditors';
import { defaultText, optionKind, parseAs, parseDefault, retypeOptions, type ValueKind } from './fieldValues';
import { LIST_ITEM_TYPES } from '../../../runtime/definitions/form';
import { fieldTypeAllows } from '../../../runtime/definitions/shape';

const withoutKeys = (field: Field, keys: readonly (keyof Field)[]): Field =>
  Object.fromEntries(Object.entries(field).filter(([k]) => !keys.includes(k as keyof Field))) as Field;

const num = (text: string) => (text.trim() === '' ? undefined : Number(text));

/** The properties of one field; only those its type allows. */
export function FieldEditor({
  field,
  path,
  form,
  errors,
  onChange,
  onReplace,
}: {
  field: Field;
  path: FieldPath;
  form: Form;
  errors: readonly DefinitionError[];
  onChange: (patch: Partial<Field>) => void;
  onReplace: (field: Field) => void;
}) {
  const { t } = useTranslation('design');
  const { t: tl } = useTranslation('language');
  const { t: tf } = useTranslation('formLanguage');
  const at = fieldPointer(path);
  const isList = field.type === 'list';
  const isNumber =
    field.type === 'number' ||
    field.type === 'integer' ||
    (isList && ['number', 'integer'].includes(field.itemType ?? ''));
  const isText = field.type === 'text' || field.type === 'textarea' || (isList && field.itemType === 'text');
  const targets = conditionTargets(form.fields).filter((t) => t.field !== field);
  const dictionaries = useDefinitionList('dictionary');
  return (
    <div className="field-editor" aria-label={`Field ${field.key}`}>
      <h2>
        {t('s.field')} <code>{field.key}</code>
      </h2>
      <ErrorsAt errors={errors} at={at} />
      <TextField
        label={t('s.key_data_name')}
        value={field.key}
        onChange={(key) => onChange({ key })}
        errors={errors}
        at={`${at}/key`}
      />
      <SelectField
        label={t('s.type')}
        value={field.type}
        options={FIELD_TYPES.map((ft) => ({ value: ft, label: t(`fieldType.${ft}`) }))}
        onChange={(ft: FieldType) => onReplace(retype(field, ft))}
        errors={errors}
        at={`${at}/type`}
      />
      <LocalizedInput
        label={t('s.label')}
        value={field.label}
        onChange={(label) => onChange({ label })}
        errors={errors}
        at={`${at}/label`}
      />
      <LocalizedInput
        label={t('s.help')}
        value={field.help}
        onChange={(help) => onChange({ help: Object.keys(help).length ? help : undefined })}
        errors={errors}
        at={`${at}/help`}
      />
      {field.type !== 'info' && field.type !== 'section' && (
        <CheckField
          label={t('s.required')}
          checked={Boolean(field.required)}
          onChange={(required) => onChange({ required: required || undefined })}
          at={`${at}/required`}
        />
      )}
      {isNumber && (
        <div className="row">
          <TextField
            label={t('s.minimum')}
            type="number"
            value={field.min}
            onChange={(v) => onChange({ min: num(v) })}
            errors={errors}
            at={`${at}/min`}
          />
          <TextField
            label={t('s.maximum')}
            type="number"
            value={field.max}
            onChange={(v) => onChange({ max: num(v) })}
            errors={errors}
            at={`${at}/max`}
          />
        </div>
      )}
      {fieldTypeAllows(field.type, 'placeholder') && (
        <LocalizedInput
          label={tf('field.placeholder')}
          value={field.placeholder}
          onChange={(placeholder) => onChange({ placeholder })}
          errors={errors}
          at={`${at}/placeholder`}
        />
      )}
      {fieldTypeAllows(field.type, 'unit') && (
        <LocalizedInput
          label={tf('field.unit')}
          value={field.unit}
          onChange={(unit) => onChange({ unit })}
          errors={errors}
          at={`${at}/unit`}
        />
      )}
      {fieldTypeAllows(field.type, 'pattern') && (
        <TextField
          label={tf('field.pattern')}
          value={field.pattern}
          onChange={(v) => onChange({ pattern: v || undefined })}
          errors={errors}
          at={`${at}/pattern`}
        />
      )}
      {isText && (
        <div className="row">
          <TextField
            label={t('s.min_length')}
            type="number"
            value={field.minLength}
            onChange={(v) => onChange({ minLength: num(v) })}
            errors={errors}
            at={`${at}/minLength`}
          />
          <TextField
            label={t('s.max_length')}
            type="number"
            value={field.maxLength}
            onChange={(v) => onChange({ maxLength: num(v) })}
            errors={errors}
            at={`${at}/maxLength`}
          />
        </div>
      )}
      {isList && (
        <>
          <SelectField
            label={tl('list.itemType')}
            value={field.itemType ?? 'text'}
            options={LIST_ITEM_TYPES.map((type) => ({ value: type, label: t(`fieldType.${type}`) }))}
            onChange={(itemType) => onChange({ itemType })}
            errors={errors}
            at={`${at}/itemType`}
          />
          <div className="row">
            <TextField
              label={tl('list.minItems')}
              type="number"
              value={field.minItems}
              onChange={(v) => onChange({ minItems: num(v) })}
              errors={errors}
              at={`${at}/minItems`}
            />
            <TextField
              label={tl('list.maxItems')}
              type="number"
              value={field.maxItems}
              onChange={(v) => onChange({ maxItems: num(v) })}
              errors={errors}
              at={`${at}/maxItems`}
            />
          </div>
        </>
      )}
      {field.type === 'table' && (
        <div className="row">
          <TextField
            label={t('s.min_rows')}
            type="number"
            value={field.minRows}
            onChange={(v) => onChange({ minRows: num(v) })}
            errors={errors}
            at={`${at}/minRows`}
          />
          <TextField
            label={t('s.max_rows')}
            type="number"
            value={field.maxRows}
            onChange={(v) => onChange({ maxRows: num(v) })}
            errors={errors}
            at={`${at}/maxRows`}
          />
        </div>
      )}
      {field.type === 'file' && (
        <TextField
          label={t('s.accepted_types_comma_separated')}
          value={(field.accept ?? []).join(', ')}
          onChange={(v) => onChange({ accept: v.trim() ? v.split(',').map((s) => s.trim()) : undefined })}
          errors={errors}
          at={`${at}/accept`}
        />
      )}
      {field.type === 'boolean-details' && (
        <>
          <LocalizedInput
            label={t('s.details_label')}
            value={field.details?.label}
            onChange={(label) => onChange({ details: { ...field.details, label } })}
            errors={errors}
            at={`${at}/details/label`}
          />
          <SelectField
            label={t('s.details_required_when_the_answer_is')}
            value={field.details?.requiredWhen === false ? 'no' : 'yes'}
            options={['yes', 'no'] as const}
            onChange={(v) =>
              onChange({ details: { label: field.details?.label ?? { en: 'Details' }, requiredWhen: v === 'yes' } })
            }
            errors={errors}
            at={`${at}/details/requiredWhen`}
          />
        </>
      )}
      {(field.type === 'choice' || field.type === 'multi-choice') && (
        <SelectField
          label={tl('dictionary.field')}
          value={field.dictionary ?? ''}
          options={[
            { value: '', label: tl('dictionary.none') },
            ...[...new Set([...(field.dictionary ? [field.dictionary] : []), ...dictionaries.map((d) => d.id)])].map(
              (id) => ({ value: id, label: id }),
            ),
          ]}
          onChange={(id) =>
            onReplace(
              id
                ? { ...withoutKeys(field, ['options']), dictionary: id }
                : { ...withoutKeys(field, ['dictionary']), options: retype(field, field.type).options },
            )
          }
          errors={errors}
          at={`${at}/dictionary`}
        />
      )}
      {(field.type === 'choice' || field.type === 'multi-choice') && !field.dictionary && (
        <OptionsEditor field={field} at={at} errors={errors} onChange={(options) => onChange({ options })} />
      )}
      {(field.type === 'number' || field.type === 'integer' || field.type === 'date') && (
        <ComputedEditor
          field={field}
          form={form}
          at={at}
          errors={errors}
          onChange={(computed) => onChange({ computed })}
        />
      )}
      {fieldTypeAllows(field.type, 'default') && !field.computed && (
        <TextField
          label={tl(field.type === 'multi-choice' || isList ? 'default.labelMany' : 'default.label')}
          value={defaultText(field)}
          onChange={(v) => onChange({ default: parseDefault(field, v) })}
          errors={errors}
          at={`${at}/default`}
        />
      )}
      <VisibleWhenEditor
        value={field.visibleWhen}
        targets={targets}
        onChange={(visibleWhen) => onChange({ visibleWhen })}
        errors={errors}
        at={`${at}/visibleWhen`}
      />
      <SourceInput
        value={field.source}
        onChange={(source) => onChange({ source })}
        errors={errors}
        at={`${at}/source`}
      />
    </div>
  );
}

function OptionsEditor({
  field,
  at,
  errors,
  onChange,
}: {
  field: Field;
  at: string;
  errors: readonly DefinitionError[];
  onChange: (options: NonNullable<Field['options']>) => void;
}) {
  const { t } = useTranslation('design');
  const { t: tl } = useTranslation('language');
  const options = field.options ?? [];
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
