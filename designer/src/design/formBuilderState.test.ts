import { describe, expect, it } from 'vitest';
import { validate } from '../../../runtime/definitions';
import type { Field } from '../../../runtime/definitions/types';
import { FIELD_TYPES } from '../../../runtime/definitions';
import {
  conditionTargets,
  fieldAt,
  fieldPointer,
  formBuilderReducer,
  newField,
  retype,
  type FormBuilderState,
} from './formBuilderState';
import { childFields, optionsOf, type FieldDraft } from '../../../runtime/definitions/fieldGuards';

const field = (key: string, type: Field['type'] = 'text', fields?: Field[]): Field =>
  ({ key, type, label: { en: key }, ...(fields ? { fields } : {}) }) as FieldDraft as Field;
const start = (fields: Field[]): FormBuilderState => ({ fields, selected: null });
const keys = (fields: readonly Field[]): string[] => fields.map((f) => f.key);

describe('newField()', () => {
  it.each(FIELD_TYPES.map((t) => [t]))('makes a %s field that validate() accepts', (type) => {
    const form = { kind: 'form', id: 'f', title: { en: 'F' }, fields: [newField(type, [])] };
    expect(validate(form)).toEqual([]);
  });
  it('picks a key the siblings do not use', () => {
    expect(newField('text', [field('text1'), field('text2')]).key).toBe('text3');
  });
});

describe('formBuilderReducer()', () => {
  it('adds a field at the end and selects it', () => {
    const next = formBuilderReducer(start([field('a')]), { type: 'add', fieldType: 'date' });
    expect(next.fields.map((f) => f.type)).toEqual(['text', 'date']);
    expect(next.selected).toEqual([1]);
  });

  it('adds a field inside a section', () => {
    const next = formBuilderReducer(start([field('s', 'section', [field('x')])]), {
      type: 'add',
      fieldType: 'number',
      parent: [0],
    });
    expect(keys(childFields(next.fields[0]))).toEqual(['x', 'number2']);
    expect(next.selected).toEqual([0, 1]);
  });

  it('refuses to nest into a field that is not a container', () => {
    const state = start([field('a')]);
    expect(formBuilderReducer(state, { type: 'add', fieldType: 'text', parent: [0] })).toBe(state);
  });

  it('removes a nested field and clears the selection inside it', () => {
    const state: FormBuilderState = { fields: [field('s', 'section', [field('x'), field('y')])], selected: [0, 1] };
    const next = formBuilderReducer(state, { type: 'remove', path: [0, 1] });
    expect(keys(childFields(next.fields[0]))).toEqual(['x']);
    expect(next.selected).toBeNull();
  });

  it('shifts a field down and up with the keyboard', () => {
    const down = formBuilderReducer(start([field('a'), field('b'), field('c')]), { type: 'shift', path: [0], by: 1 });
    expect(keys(down.fields)).toEqual(['b', 'a', 'c']);
    expect(down.selected).toEqual([1]);
    const top = formBuilderReducer(down, { type: 'shift', path: [0], by: -1 });
    expect(top).toBe(down);
  });

  it('moves a field later in the same list (drop before "d")', () => {
    const next = formBuilderReducer(start([field('a'), field('b'), field('c'), field('d')]), {
      type: 'move',
      from: [0],
      parent: [],
      index: 3,
    });
    expect(keys(next.fields)).toEqual(['b', 'c', 'a', 'd']);
    expect(next.selected).toEqual([2]);
  });

  it('moves a top-level field into a later section, whose index shifts', () => {
    const next = formBuilderReducer(start([field('a'), field('s', 'section', [field('x')])]), {
      type: 'move',
      from: [0],
      parent: [1],
      index: 0,
    });
    expect(keys(next.fields)).toEqual(['s']);
    expect(keys(childFields(next.fields[0]))).toEqual(['a', 'x']);
    expect(next.selected).toEqual([0, 0]);
  });

  it('moves a field out of a section to the top level', () => {
    const next = formBuilderReducer(start([field('s', 'section', [field('x'), field('y')])]), {
      type: 'move',
      from: [0, 1],
      parent: [],
      index: 0,
    });
    expect(keys(next.fields)).toEqual(['y', 's']);
  });

  it('will not move a section into itself', () => {
    const state = start([field('s', 'section', [field('x', 'section', [field('z')])])]);
    expect(formBuilderReducer(state, { type: 'move', from: [0], parent: [0, 0], index: 0 })).toBe(state);
  });

  it('updates a field and drops properties set to undefined', () => {
    const state = start([{ ...field('a'), required: true }]);
    const next = formBuilderReducer(state, {
      type: 'update',
      path: [0],
      patch: { required: undefined, label: { kk: 'А' } },
    });
    expect(next.fields[0]).toEqual({ key: 'a', type: 'text', label: { kk: 'А' } });
  });
});

describe('retype()', () => {
  it('keeps the key, label and condition and adds what the new type needs', () => {
    const before: Field = {
      key: 'q',
      type: 'text',
      label: { en: 'Q' },
      visibleWhen: { field: 'a', equals: true },
      maxLength: 5,
    };
    const after = retype(before, 'choice');
    expect(after.key).toBe('q');
    expect(after.visibleWhen).toEqual({ field: 'a', equals: true });
    expect(optionsOf(after).length).toBe(2);
    expect((after as FieldDraft).maxLength).toBeUndefined();
  });
});

describe('fieldPointer() / fieldAt() / conditionTargets()', () => {
  const fields = [field('a'), field('s', 'section', [field('x'), field('t', 'table', [field('col')])])];
  it('names nested fields with the pointer validate() reports', () => {
    expect(fieldPointer([1, 0])).toBe('/fields/1/fields/0');
    expect(fieldAt(fields, [1, 1, 0])?.key).toBe('col');
  });
  it('lists dot paths through sections but not into tables', () => {
    expect(conditionTargets(fields).map((t) => t.path)).toEqual(['a', 's.x']);
  });
});
