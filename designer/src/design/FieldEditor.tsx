import { useTranslation } from 'react-i18next';
import { isChoiceField } from '../../../runtime/definitions/fieldGuards';
import type { DefinitionError, Field, FieldType, Form } from '../../../runtime/definitions/types';
import { FIELD_TYPES } from '../shared/runtime';
import { CheckField, ErrorsAt, LocalizedInput, SelectField, TextField } from '../shared/widgets';
import { conditionTargets, fieldPointer, retype, type FieldPatch, type FieldPath } from './formBuilderState';
import { SourceInput } from './SourceInput';
import { VisibleWhenEditor } from './VisibleWhenEditor';
import {
  ChoiceEditor,
  ComputedFieldEditor,
  DefaultEditor,
  DetailsEditor,
  FileEditor,
  ListEditor,
  TableEditor,
  ValueLimitsEditor,
  type TypeEditorProps,
} from './FieldTypeEditors';

/** The editors of a field type's own properties, those its type takes. */
function TypeEditors(props: TypeEditorProps & { form: Form; onReplace: (field: Field) => void }) {
  const { field } = props;
  return (
    <>
      <ValueLimitsEditor {...props} />
      {field.type === 'list' && <ListEditor {...props} />}
      {field.type === 'table' && <TableEditor {...props} />}
      {field.type === 'file' && <FileEditor {...props} />}
      {field.type === 'boolean-details' && <DetailsEditor {...props} />}
      {isChoiceField(field) && <ChoiceEditor {...props} />}
      {(field.type === 'number' || field.type === 'integer' || field.type === 'date') && (
        <ComputedFieldEditor {...props} />
      )}
    </>
  );
}

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
  onChange: (patch: FieldPatch) => void;
  onReplace: (field: Field) => void;
}) {
  const { t } = useTranslation('design');
  const at = fieldPointer(path);
  const targets = conditionTargets(form.fields).filter((t) => t.field !== field);
  const props: TypeEditorProps = { field, at, errors, onChange };
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
      <TypeEditors {...props} form={form} onReplace={onReplace} />
      <DefaultEditor {...props} />
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
