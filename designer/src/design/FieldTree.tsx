import { useTranslation } from 'react-i18next';
import { useState, type DragEvent, type KeyboardEvent } from 'react';
import type { DefinitionError, Field } from '../../../runtime/definitions/types';
import { childFields } from '../../../runtime/definitions/fieldGuards';
import { errorsUnder } from '../shared/pointer';
import { fieldPointer, type FieldPath, type FormBuilderAction } from './formBuilderState';

const DRAG_TYPE = 'application/x-qagida-field';

interface TreeProps {
  fields: readonly Field[];
  selected: FieldPath | null;
  errors: readonly DefinitionError[];
  dispatch: (action: FormBuilderAction) => void;
}

/** The fields as a nested list: drag and drop, or the keyboard, to reorder and nest. */
export function FieldTree(props: TreeProps) {
  const [dragging, setDragging] = useState<FieldPath | null>(null);
  return (
    <div className="field-tree" aria-label="Fields" role="tree">
      <FieldList {...props} parent={[]} dragging={dragging} setDragging={setDragging} />
    </div>
  );
}

function FieldList({
  fields,
  parent,
  selected,
  errors,
  dispatch,
  dragging,
  setDragging,
}: TreeProps & { parent: FieldPath; dragging: FieldPath | null; setDragging: (p: FieldPath | null) => void }) {
  const [over, setOver] = useState<number | null>(null);
  const { t } = useTranslation('design');

  const drop = (event: DragEvent, index: number) => {
    event.preventDefault();
    event.stopPropagation();
    setOver(null);
    const raw = event.dataTransfer.getData(DRAG_TYPE);
    const from = raw ? (JSON.parse(raw) as number[]) : dragging;
    setDragging(null);
    if (from) dispatch({ type: 'move', from, parent, index });
  };
  const allow = (event: DragEvent, index: number) => {
    event.preventDefault();
    event.stopPropagation();
    event.dataTransfer.dropEffect = 'move';
    setOver(index);
  };

  return (
    <ul className="field-list" role="group">
      {fields.map((field, index) => {
        const path = [...parent, index];
        const isSelected = selected?.join('.') === path.join('.');
        return (
          <li
            key={`${field.key}-${index}`}
            className={`field-item${isSelected ? ' selected' : ''}${over === index ? ' drop-before' : ''}`}
            role="treeitem"
            aria-selected={isSelected}
            onDragOver={(e) => allow(e, index)}
            onDragLeave={() => setOver(null)}
            onDrop={(e) => drop(e, index)}
          >
            <FieldRow field={field} path={path} errors={errors} dispatch={dispatch} setDragging={setDragging} />
            {(field.type === 'section' || field.type === 'table') && (
              <FieldList
                fields={childFields(field)}
                parent={path}
                selected={selected}
                errors={errors}
                dispatch={dispatch}
                dragging={dragging}
                setDragging={setDragging}
              />
            )}
          </li>
        );
      })}
      <li
        className={`drop-end${over === fields.length ? ' drop-before' : ''}`}
        aria-hidden="true"
        onDragOver={(e) => allow(e, fields.length)}
        onDragLeave={() => setOver(null)}
        onDrop={(e) => drop(e, fields.length)}
      >
        {parent.length ? t('tree.dropHere') : ''}
      </li>
    </ul>
  );
}

/** Alt+↑/↓ moves the field among its siblings, Delete removes it, Enter or space opens it. */
function keyDownFor(path: FieldPath, dispatch: (action: FormBuilderAction) => void) {
  return (event: KeyboardEvent) => {
    if (event.target !== event.currentTarget) return;
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      dispatch({ type: 'shift', path, by: event.key === 'ArrowUp' ? -1 : 1 });
      requestAnimationFrame(() =>
        (document.querySelector('.field-item.selected > .field-row') as HTMLElement | null)?.focus(),
      );
    } else if (event.key === 'Delete') {
      event.preventDefault();
      dispatch({ type: 'remove', path });
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      dispatch({ type: 'select', path });
    }
  };
}

/** One field's row: its key, type, marks and problems, dragged by itself, with move and remove buttons. */
function FieldRow({
  field,
  path,
  errors,
  dispatch,
  setDragging,
}: {
  field: Field;
  path: FieldPath;
  errors: readonly DefinitionError[];
  dispatch: (action: FormBuilderAction) => void;
  setDragging: (p: FieldPath | null) => void;
}) {
  const { t } = useTranslation('design');
  const problems = errorsUnder(errors, fieldPointer(path)).length;
  const typeName = t(`fieldType.${field.type}`);
  return (
    <div
      className="field-row"
      tabIndex={0}
      draggable
      data-field-key={field.key}
      onDragStart={(e) => {
        e.stopPropagation();
        e.dataTransfer.setData(DRAG_TYPE, JSON.stringify(path));
        e.dataTransfer.effectAllowed = 'move';
        setDragging(path);
      }}
      onDragEnd={() => setDragging(null)}
      onClick={() => dispatch({ type: 'select', path })}
      onKeyDown={keyDownFor(path, dispatch)}
      aria-label={
        problems
          ? t('tree.rowProblems', { key: field.key, type: typeName, count: problems })
          : t('tree.row', { key: field.key, type: typeName })
      }
    >
      <span className="drag-handle" aria-hidden="true">
        ⠿
      </span>
      <span className="field-key">{field.key}</span>
      <span className="field-type">{typeName}</span>
      {field.required && <span title={t('tree.required')}>*</span>}
      {field.visibleWhen && (
        <span className="badge" title={t('tree.visibleWhen', { field: field.visibleWhen.field })}>
          {t('tree.if')}
        </span>
      )}
      {problems > 0 && <span className="badge invalid">{problems}</span>}
      <RowActions fieldKey={field.key} path={path} dispatch={dispatch} />
    </div>
  );
}

/** Move up, move down, remove: buttons for those who do not drag. */
function RowActions({
  fieldKey: key,
  path,
  dispatch,
}: {
  fieldKey: string;
  path: FieldPath;
  dispatch: (action: FormBuilderAction) => void;
}) {
  const { t } = useTranslation('design');
  return (
    <span className="row-actions">
      <button
        type="button"
        aria-label={t('tree.up', { key })}
        onClick={(e) => (e.stopPropagation(), dispatch({ type: 'shift', path, by: -1 }))}
      >
        ↑
      </button>
      <button
        type="button"
        aria-label={t('tree.down', { key })}
        onClick={(e) => (e.stopPropagation(), dispatch({ type: 'shift', path, by: 1 }))}
      >
        ↓
      </button>
      <button
        type="button"
        aria-label={t('tree.remove', { key })}
        onClick={(e) => (e.stopPropagation(), dispatch({ type: 'remove', path }))}
      >
        ✕
      </button>
    </span>
  );
}
