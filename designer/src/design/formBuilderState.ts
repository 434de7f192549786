import { i18next } from '../i18n';
import type { Field, FieldType } from '../../../runtime/definitions/types';
import {
  childFields,
  isChoiceField,
  isContainerField,
  type FieldDraft,
} from '../../../runtime/definitions/fieldGuards';

/** Where a field sits: its index in the form, then in each enclosing section or table. */
export type FieldPath = readonly number[];

export interface FormBuilderState {
  fields: Field[];
  selected: FieldPath | null;
}

export type FormBuilderAction =
  | { type: 'add'; fieldType: FieldType; parent?: FieldPath; index?: number }
  | { type: 'remove'; path: FieldPath }
  | { type: 'move'; from: FieldPath; parent: FieldPath; index: number }
  | { type: 'shift'; path: FieldPath; by: -1 | 1 }
  | { type: 'update'; path: FieldPath; patch: FieldPatch }
  | { type: 'select'; path: FieldPath | null }
  | { type: 'replace'; fields: Field[] };

/** A change to some of a field's properties, any that its type takes (undefined removes one). */
export type FieldPatch = Partial<FieldDraft>;

export const CONTAINER_TYPES: readonly FieldType[] = ['section', 'table'];

/**
 * The field with the patch applied. The editor offers only the properties the field's type takes
 * (fieldTypeAllows), and retype() starts a new type afresh, so the result is a member of the union;
 * validate() judges the whole form before it is saved.
 */
export function patchField(field: Field, patch: FieldPatch): Field {
  const next: FieldDraft = { ...field, ...patch };
  for (const [k, v] of Object.entries(patch)) if (v === undefined) delete next[k as keyof FieldPatch];
  return next as Field;
}

export function fieldPointer(path: FieldPath): string {
  return path.map((i) => `/fields/${i}`).join('');
}

export function fieldAt(fields: readonly Field[], path: FieldPath): Field | undefined {
  let list: readonly Field[] | undefined = fields;
  let found: Field | undefined;
  for (const index of path) {
    found = list?.[index];
    list = found && childFields(found);
  }
  return found;
}

/** A key not yet used among the siblings: text1, text2… */
export function freshKey(siblings: readonly Field[], fieldType: FieldType): string {
  const stem = fieldType.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  let n = siblings.length + 1;
  while (siblings.some((f) => f.key === `${stem}${n}`)) n++;
  return `${stem}${n}`;
}

/** A new field of the type that validate() already accepts: containers get a first column, choices two options. */
export function newField(fieldType: FieldType, siblings: readonly Field[]): Field {
  const key = freshKey(siblings, fieldType);
  // the type's name in each language, as a first label the analyst overwrites
  const label = {
    kk: i18next.t(`design:fieldType.${fieldType}`, { lng: 'kk' }),
    ru: i18next.t(`design:fieldType.${fieldType}`, { lng: 'ru' }),
    en: i18next.t(`design:fieldType.${fieldType}`, { lng: 'en' }),
  };
  const field: FieldDraft = { key, type: fieldType, label };
  if (fieldType === 'choice' || fieldType === 'multi-choice') {
    field.options = [
      { value: 'a', label: { en: 'Option A' } },
      { value: 'b', label: { en: 'Option B' } },
    ];
  }
  if (fieldType === 'list') field.itemType = 'text';
  if (fieldType === 'boolean-details') field.details = { label: { en: 'Details' }, requiredWhen: true };
  if (CONTAINER_TYPES.includes(fieldType)) field.fields = [newField('text', [])];
  // each type above got what it needs, and nothing another type takes
  return field as Field;
}

/** Applies `change` to the list of fields that `parent` holds (the form's own list for []). */
function editList(fields: Field[], parent: FieldPath, change: (list: Field[]) => Field[]): Field[] {
  if (parent.length === 0) return change([...fields]);
  const [head, ...rest] = parent as number[];
  return fields.map((field, i) =>
    i === head && isContainerField(field) ? { ...field, fields: editList(field.fields, rest, change) } : field,
  );
}

function isInside(path: FieldPath, ancestor: FieldPath): boolean {
  return ancestor.length <= path.length && ancestor.every((v, i) => path[i] === v);
}

export function formBuilderReducer(state: FormBuilderState, action: FormBuilderAction): FormBuilderState {
  switch (action.type) {
    case 'add': {
      const parent = action.parent ?? [];
      const container = parent.length ? fieldAt(state.fields, parent) : undefined;
      if (parent.length && !isContainerField(container)) return state;
      const siblings = container ? childFields(container) : state.fields;
      const index = Math.min(action.index ?? siblings.length, siblings.length);
      const fields = editList(state.fields, parent, (list) => {
        list.splice(index, 0, newField(action.fieldType, siblings));
        return list;
      });
      return { fields, selected: [...parent, index] };
    }
    case 'remove': {
      const parent = action.path.slice(0, -1);
      const index = action.path[action.path.length - 1] as number;
      const fields = editList(state.fields, parent, (list) => list.filter((_, i) => i !== index));
      const selected = state.selected && isInside(state.selected, action.path) ? null : state.selected;
      return { fields, selected };
    }
    case 'move': {
      const moving = fieldAt(state.fields, action.from);
      if (!moving || isInside(action.parent, action.from)) return state;
      const target = action.parent.length ? fieldAt(state.fields, action.parent) : undefined;
      if (action.parent.length && !isContainerField(target)) return state;
      if (moving.type === 'section' && target?.type === 'table') return state;
      const fromParent = action.from.slice(0, -1);
      const fromIndex = action.from[action.from.length - 1] as number;
      let index = action.index;
      // Removing first shifts later siblings of the same list one place up.
      const sameList = fromParent.length === action.parent.length && fromParent.every((v, i) => action.parent[i] === v);
      if (sameList && fromIndex < index) index -= 1;
      // Removing an earlier sibling of an ancestor shifts the target container's own index.
      const parent = [...action.parent];
      if (!sameList && fromParent.length < parent.length && isInside(parent, fromParent)) {
        const depth = fromParent.length;
        if ((parent[depth] as number) > fromIndex) parent[depth] = (parent[depth] as number) - 1;
      }
      let fields = editList(state.fields, fromParent, (list) => list.filter((_, i) => i !== fromIndex));
      fields = editList(fields, parent, (list) => {
        list.splice(Math.max(0, Math.min(index, list.length)), 0, moving);
        return list;
      });
      const list = parent.length ? childFields(fieldAt(fields, parent)) : fields;
      const landed = [...parent, Math.max(0, Math.min(index, list.length - 1))];
      return { fields, selected: landed };
    }
    case 'shift': {
      const parent = action.path.slice(0, -1);
      const index = action.path[action.path.length - 1] as number;
      const siblings = parent.length ? childFields(fieldAt(state.fields, parent)) : state.fields;
      const to = index + action.by;
      if (to < 0 || to >= siblings.length) return state;
      const fields = editList(state.fields, parent, (list) => {
        const [field] = list.splice(index, 1);
        list.splice(to, 0, field as Field);
        return list;
      });
      return { fields, selected: [...parent, to] };
    }
    case 'update': {
      const parent = action.path.slice(0, -1);
      const index = action.path[action.path.length - 1] as number;
      const fields = editList(state.fields, parent, (list) =>
        list.map((field, i) => (i === index ? patchField(field, action.patch) : field)),
      );
      return { ...state, fields };
    }
    case 'select':
      return { ...state, selected: action.path };
    case 'replace':
      return {
        fields: action.fields,
        selected: state.selected && fieldAt(action.fields, state.selected) ? state.selected : null,
      };
  }
}

/**
 * Changing a field's type keeps what still applies (key, label, help, required, visibleWhen)
 * and adds what the new type needs, so the field stays valid.
 */
export function retype(field: Field, fieldType: FieldType): Field {
  const fresh = newField(fieldType, []);
  const kept: FieldDraft = { ...fresh, key: field.key, label: field.label };
  if (field.help) kept.help = field.help;
  if (field.required !== undefined) kept.required = field.required;
  if (field.visibleWhen) kept.visibleWhen = field.visibleWhen;
  if (field.source) kept.source = field.source;
  if (isChoiceField(field) && field.options && (fieldType === 'choice' || fieldType === 'multi-choice'))
    kept.options = field.options;
  if (isContainerField(field) && CONTAINER_TYPES.includes(fieldType)) kept.fields = field.fields;
  // the fresh field of the new type, with only the properties every type takes carried over
  return kept as Field;
}

/** Every field as a dot path usable in visibleWhen (sections open up, tables do not). */
export function conditionTargets(fields: readonly Field[], prefix = ''): { path: string; field: Field }[] {
  return fields.flatMap((field) => {
    const path = prefix + field.key;
    if (field.type === 'section') return conditionTargets(field.fields, `${path}.`);
    if (field.type === 'table' || field.type === 'info' || field.type === 'file') return [];
    return [{ path, field }];
  });
}
