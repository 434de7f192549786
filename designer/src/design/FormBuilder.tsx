import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Field, FieldType, Form } from '../../../runtime/definitions/types';
import { FIELD_TYPES } from '../shared/runtime';
import { LocalizedInput } from '../shared/widgets';
import type { EditorProps } from './editorProps';
import { FieldEditor } from './FieldEditor';
import { ChecksEditor } from './FormLogicEditors';
import { FieldTree } from './FieldTree';
import { ItemSourceInput } from './SourceInput';
import { FormPreview } from './FormPreview';
import { PrefillSection } from '../connectors/PrefillSection';
import { fieldAt, formBuilderReducer, type FieldPath, type FormBuilderAction } from './formBuilderState';

/** The visual form builder: the field tree, the chosen field's properties, and the live preview. */
export function FormBuilder({ definition, onChange, errors }: EditorProps<Form>) {
  // the first field's properties are open from the start: a form opens on something to edit
  const [selected, setSelected] = useState<FieldPath | null>(() => (definition.fields.length ? [0] : null));
  const [newType, setNewType] = useState<FieldType>('text');
  const { t } = useTranslation('design');

  const dispatch = (action: FormBuilderAction) => {
    const next = formBuilderReducer({ fields: definition.fields, selected }, action);
    setSelected(next.selected);
    if (next.fields !== definition.fields) onChange({ ...definition, fields: next.fields });
  };
  const current = selected ? fieldAt(definition.fields, selected) : undefined;
  const container = current && (current.type === 'section' || current.type === 'table') ? selected : null;

  return (
    <div className="form-builder">
      <div className="fb-structure">
        <LocalizedInput
          label={t('form.title')}
          value={definition.title}
          onChange={(title) => onChange({ ...definition, title })}
          errors={errors}
          at="/title"
        />
        <ItemSourceInput item={definition} put={onChange} errors={errors} at="" />
        <div className="palette" role="group" aria-label={t('form.addAField')}>
          <label>
            {t('form.fieldType')}
            <select value={newType} onChange={(e) => setNewType(e.target.value as FieldType)} name="new-field-type">
              {FIELD_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`fieldType.${type}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => dispatch({ type: 'add', fieldType: newType })}>
            {t('form.addField')}
          </button>
          {container && (
            <button type="button" onClick={() => dispatch({ type: 'add', fieldType: newType, parent: container })}>
              {t('form.addInside', { key: current?.key })}
            </button>
          )}
        </div>
        <FieldTree fields={definition.fields} selected={selected} errors={errors} dispatch={dispatch} />
        <p className="hint">{t('form.dragHint')}</p>
        <ChecksEditor form={definition} errors={errors} onChange={(checks) => onChange({ ...definition, checks })} />
        <PrefillSection
          form={definition}
          errors={errors}
          onChange={(prefill) => onChange({ ...definition, prefill })}
        />
      </div>
      <div className="fb-properties">
        {current && selected ? (
          <FieldEditor
            key={selected.join('.')}
            field={current}
            path={selected}
            form={definition}
            errors={errors}
            onChange={(patch: Partial<Field>) => dispatch({ type: 'update', path: selected, patch })}
            onReplace={(field: Field) =>
              dispatch({
                type: 'update',
                path: selected,
                patch: { ...Object.fromEntries(Object.keys(current).map((k) => [k, undefined])), ...field },
              })
            }
          />
        ) : (
          <p className="hint">{t('form.chooseField')}</p>
        )}
      </div>
      <div className="fb-preview">
        <FormPreview form={definition} />
      </div>
    </div>
  );
}
