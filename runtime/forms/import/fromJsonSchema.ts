import type { FieldDraft } from '../../definitions/fieldGuards';
import type { Field, Form, LocalizedText } from '../../definitions/types';
import type { ListItemType } from '../../definitions/form';
import type { Language } from '../../i18n';
import { defaultProblem } from '../defaults';
import { TIME_PATTERN } from '../toJsonSchema';

/**
 * Imports a form written as JSON Schema + uiSchema (as @rjsf/core users write them) as a Qagida
 * form. Every keyword of either document is carried over or reported in `dropped` with its pointer
 * and the reason: nothing is left out silently. Property names that are not Qagida field keys are
 * renamed and reported in `renamed` (the data key changes).
 */

export interface Dropped {
  /** "schema" or "uiSchema", and a JSON pointer into it */
  in: 'schema' | 'uiSchema';
  pointer: string;
  reason: string;
}

export interface Renamed {
  pointer: string;
  from: string;
  to: string;
}

export interface ImportResult {
  form: Form;
  dropped: Dropped[];
  renamed: Renamed[];
  /** every keyword carried over, as "schema:/pointer" or "uiSchema:/pointer" (for tests and the report) */
  carried: string[];
  /** full: nothing dropped; partly: some fields came over; not: none did */
  outcome: 'full' | 'partly' | 'not';
}

type Json = Record<string, unknown>;

/** The simple value a list's items hold, from their type and format; undefined when none fits. */
function listItemType(items: Json): ListItemType | undefined {
  const formats: Record<string, ListItemType> = { date: 'date', time: 'time', email: 'email' };
  if (items.type === 'number' || items.type === 'integer') return items.type;
  if (items.type !== 'string' || items.enum !== undefined) return undefined;
  if (typeof items.format === 'string') return formats[items.format];
  return 'text';
}

const isDefault = (value: unknown): value is NonNullable<FieldDraft['default']> =>
  ['string', 'number', 'boolean'].includes(typeof value) ||
  (Array.isArray(value) && value.every((v) => ['string', 'number', 'boolean'].includes(typeof v)));
const isObject = (x: unknown): x is Json => x !== null && typeof x === 'object' && !Array.isArray(x);
const objectIn = (x: Json, key: string): Json => (isObject(x[key]) ? x[key] : {});
const esc = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1');
const KEY = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/** Keywords that describe a schema document, not the data: carried by being read or harmless to lose. */
const DOCUMENT_KEYWORDS = new Set(['$schema', '$id', '$comment']);

/** One schema property being read into a field: where it is, and what has been carried from it. */
interface Reading {
  field: FieldDraft;
  schema: Json;
  sAt: string;
  ui: Json;
  uiAt: string;
  take: (k: string) => void;
  takeUi: (k: string) => void;
  handled: Set<string>;
  uiHandled: Set<string>;
  widget: string | undefined;
  prefix: string | undefined;
  key: string;
  type: unknown;
}

class Importer {
  readonly dropped: Dropped[] = [];
  readonly renamed: Renamed[] = [];
  readonly carried: string[] = [];
  private resolving: string[] = [];

  constructor(
    private readonly root: Json,
    private readonly lang: Language,
  ) {}

  text(value: string): LocalizedText {
    return { [this.lang]: value };
  }

  carry(where: 'schema' | 'uiSchema', pointer: string) {
    this.carried.push(`${where}:${pointer}`);
  }

  drop(where: 'schema' | 'uiSchema', pointer: string, reason: string) {
    this.dropped.push({ in: where, pointer, reason });
  }

  /**
   * Follows a local $ref (#/definitions/x, #/$defs/x); a loop or a remote reference is refused. As
   * rjsf does, a title or description beside the $ref overrides the target's. `refs` are the
   * references followed: the caller holds them while it reads inside, so that a loop is seen.
   */
  resolve(schema: Json, at: string): { schema: Json; at: string; refs: string[] } | undefined {
    const ref = schema.$ref;
    if (typeof ref !== 'string') return { schema, at, refs: [] };
    if (!ref.startsWith('#/')) {
      this.drop('schema', `${at}/$ref`, 'only references inside the document (#/…) can be followed');
      return undefined;
    }
    if (this.resolving.includes(ref)) {
      this.drop('schema', at, `a recursive reference (${ref}) has no end: Qagida forms are finite`);
      return undefined;
    }
    const target = ref
      .slice(2)
      .split('/')
      .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
      .reduce<unknown>((node, key) => (isObject(node) ? node[key] : undefined), this.root);
    if (!isObject(target)) {
      this.drop('schema', `${at}/$ref`, `${ref} points at nothing`);
      return undefined;
    }
    this.carry('schema', `${at}/$ref`);
    this.carry('schema', ref.slice(1));
    const overrides: Json = {};
    for (const key of Object.keys(schema)) {
      if (key === '$ref') continue;
      if ((key === 'title' || key === 'description') && typeof schema[key] === 'string') {
        overrides[key] = schema[key];
        this.carry('schema', `${at}/${key}`);
      } else this.drop('schema', `${at}/${esc(key)}`, 'beside $ref only a title and a description are kept');
    }
    this.resolving.push(ref);
    const resolved = this.resolve(target, ref.slice(1));
    this.resolving.pop();
    if (!resolved) return undefined;
    return { schema: { ...resolved.schema, ...overrides }, at: resolved.at, refs: [ref, ...resolved.refs] };
  }

  /** The fields of an object schema, in uiSchema order. */
  fields(schema: Json, at: string, ui: Json, uiAt: string, prefix: string | undefined): Field[] {
    const properties = isObject(schema.properties) ? schema.properties : {};
    if (schema.properties !== undefined) this.carry('schema', `${at}/properties`);
    const required = Array.isArray(schema.required) ? schema.required.filter((r) => typeof r === 'string') : [];
    if (schema.required !== undefined) this.carry('schema', `${at}/required`);
    const order = this.order(Object.keys(properties), ui, uiAt);
    const dependents = this.dependencies(schema, at, properties, prefix);
    const fields: Field[] = [];
    const keys = new Set<string>();
    const keyByName = new Map<string, string>();
    for (const name of order) {
      const field = this.field(
        name,
        properties[name],
        `${at}/properties/${esc(name)}`,
        objectIn(ui, name),
        `${uiAt}/${esc(name)}`,
        keys,
        prefix,
      );
      if (!field) continue;
      keyByName.set(name, field.key);
      if (required.includes(name)) field.required = true;
      fields.push(field);
    }
    // fields shown by a dependency: visible only when the field they depend on has the value(s)
    for (const dependent of dependents) {
      const onKey = keyByName.get(dependent.on);
      const field = this.field(
        dependent.name,
        dependent.schema,
        dependent.at,
        objectIn(ui, dependent.name),
        `${uiAt}/${esc(dependent.name)}`,
        keys,
        prefix,
      );
      if (!field) continue;
      if (onKey === undefined) {
        this.drop('schema', dependent.at, `the field "${dependent.on}" it depends on did not come over`);
        continue;
      }
      const path = `${prefix ?? ''}${onKey}`;
      field.visibleWhen = dependent.values
        ? { field: path, in: dependent.values as (string | number)[] }
        : { field: path, notEmpty: true };
      if (dependent.required) field.required = true;
      fields.push(field);
    }
    for (const key of Object.keys(ui)) {
      if (!key.startsWith('ui:') && !Object.hasOwn(properties, key) && !dependents.some((d) => d.name === key))
        this.drop('uiSchema', `${uiAt}/${esc(key)}`, `no property "${key}" in the schema`);
    }
    return fields;
  }

  order(names: string[], ui: Json, uiAt: string): string[] {
    const given = ui['ui:order'];
    if (!Array.isArray(given)) return names;
    this.carry('uiSchema', `${uiAt}/ui:order`);
    const listed = given.filter((n): n is string => typeof n === 'string');
    const star = listed.indexOf('*');
    const rest = names.filter((n) => !listed.includes(n));
    const ordered = star >= 0 ? [...listed.slice(0, star), ...rest, ...listed.slice(star + 1)] : [...listed, ...rest];
    return ordered.filter((n) => names.includes(n));
  }

  private keyOf(name: string): string {
    if (KEY.test(name)) return name;
    const words = name
      .replace(/[^A-Za-z0-9]+/g, ' ')
      .trim()
      .split(' ')
      .filter(Boolean);
    const camel = words
      .map((w, i) => (i === 0 ? w.toLowerCase() : w[0]?.toUpperCase() + w.slice(1).toLowerCase()))
      .join('');
    const key = /^[A-Za-z]/.test(camel) ? camel : `f${camel}`;
    return (key || 'field').slice(0, 64);
  }

  /** `prefix`: the dot path of the section holding the field ("" at the root); undefined inside a table row. */
  field(
    name: string,
    raw: unknown,
    at: string,
    ui: Json,
    uiAt: string,
    keys: Set<string>,
    prefix: string | undefined,
  ): Field | undefined {
    const lost = () => {
      if (Object.keys(ui).length) this.drop('uiSchema', uiAt, 'its field did not come over');
      return undefined;
    };
    if (!isObject(raw)) {
      this.drop('schema', at, 'a property schema that is not an object (true/false) cannot be a field');
      return lost();
    }
    const found = this.resolve(raw, at);
    if (!found) return lost();
    this.resolving.push(...found.refs);
    try {
      const field = this.fieldOf(name, found.schema, at, found.at, ui, uiAt, keys, prefix);
      if (field) return field;
      // the reason was given where it arose; what remains of the property goes with it
      for (const where of new Set([at, found.at])) {
        if (!this.dropped.some((d) => d.in === 'schema' && d.pointer === where))
          this.drop('schema', where, `the field "${name}" did not come over (see the reasons inside it)`);
      }
      return lost();
    } finally {
      this.resolving.length -= found.refs.length;
    }
  }

  private fieldOf(
    name: string,
    schema: Json,
    at: string,
    sAt: string,
    ui: Json,
    uiAt: string,
    keys: Set<string>,
    prefix: string | undefined,
  ): Field | undefined {
    this.carry('schema', at);
    if (Object.keys(ui).length) this.carry('uiSchema', uiAt);
    let key = this.keyOf(name);
    while (keys.has(key)) key = `${key}_`;
    keys.add(key);
    if (key !== name) this.renamed.push({ pointer: at, from: name, to: key });
    const handled = new Set<string>(DOCUMENT_KEYWORDS);
    const uiHandled = new Set<string>();
    const take = (k: string) => {
      handled.add(k);
      this.carry('schema', `${sAt}/${esc(k)}`);
    };
    const takeUi = (k: string) => {
      uiHandled.add(k);
      this.carry('uiSchema', `${uiAt}/${esc(k)}`);
    };
    const title =
      typeof ui['ui:title'] === 'string' ? ui['ui:title'] : typeof schema.title === 'string' ? schema.title : name;
    if (typeof ui['ui:title'] === 'string') takeUi('ui:title');
    if (typeof schema.title === 'string') take('title');
    const field: FieldDraft = { key, type: 'text', label: this.text(title) };
    const help = [schema.description, ui['ui:description'], ui['ui:help']].filter((h) => typeof h === 'string');
    if (help.length) field.help = this.text(help.join('\n\n'));
    if (typeof schema.description === 'string') take('description');
    if (typeof ui['ui:description'] === 'string') takeUi('ui:description');
    if (typeof ui['ui:help'] === 'string') takeUi('ui:help');
    const widget = typeof ui['ui:widget'] === 'string' ? ui['ui:widget'] : undefined;

    const type = Array.isArray(schema.type) ? undefined : schema.type;
    if (Array.isArray(schema.type))
      this.drop('schema', `${sAt}/type`, 'a list of types (such as a nullable value) has no field type');
    const choices = this.choices(schema, sAt, ui, uiAt, take, takeUi);
    const r: Reading = { field, schema, sAt, ui, uiAt, take, takeUi, handled, uiHandled, widget, prefix, key, type };

    if (type === 'object' || (type === undefined && isObject(schema.properties))) {
      if (!this.sectionOf(r)) return undefined;
    } else if (type === 'array') {
      if (!this.arrayOf(r)) return undefined;
    } else if (choices) {
      if (type) take('type');
      field.type = 'choice';
      field.options = choices;
      if (widget === 'radio' || widget === 'select') takeUi('ui:widget');
    } else if (type === 'string') {
      this.stringOf(r);
    } else if (type === 'number' || type === 'integer') {
      this.numberOf(r, type);
    } else if (type === 'boolean') {
      this.booleanOf(r);
    } else {
      this.drop(
        'schema',
        sAt,
        type === 'null' ? 'a null field holds no data (use an info field for text)' : 'no type Qagida can hold',
      );
      return undefined;
    }
    if (schema.default !== undefined && field.type !== 'section' && field.type !== 'table') {
      // carried when it fits the field as validate() judges a default; else dropped with the reason
      const problem = defaultProblem({ ...field, default: schema.default } as Field);
      if (problem === undefined && isDefault(schema.default)) {
        field.default = schema.default;
        take('default');
      } else this.drop('schema', `${sAt}/default`, `the default ${problem ?? 'is not a simple value'}`);
      handled.add('default');
    }
    this.rest(schema, sAt, handled);
    for (const k of Object.keys(ui)) {
      if (!uiHandled.has(k)) this.drop('uiSchema', `${uiAt}/${esc(k)}`, uiReason(k));
    }
    // each branch above set only the properties its type takes
    return field as Field;
  }

  /** An object: a section of the fields its properties make (none: dropped). */
  private sectionOf({ field, schema, sAt, ui, uiAt, take, handled, uiHandled, prefix, key, type }: Reading): boolean {
    if (type) take('type');
    field.type = 'section';
    field.fields = this.fields(schema, sAt, ui, uiAt, prefix === undefined ? undefined : `${prefix}${key}.`);
    handled.add('properties').add('required').add('dependencies');
    if (schema.additionalProperties === false) take('additionalProperties');
    for (const k of Object.keys(ui)) if (!k.startsWith('ui:')) uiHandled.add(k);
    if (ui['ui:order'] !== undefined) uiHandled.add('ui:order');
    if (!field.fields.length) {
      this.drop('schema', sAt, 'an object without properties has no fields to hold its data');
      return false;
    }
    return true;
  }

  /** An array: a multi-choice, a table of rows, or a list of simple values. */
  private arrayOf(r: Reading): boolean {
    const { field, schema, sAt, ui, uiAt, take, takeUi, handled, uiHandled, widget } = r;
    take('type');
    const items = isObject(schema.items) ? this.resolve(schema.items, `${sAt}/items`) : undefined;
    if (!items) {
      this.drop('schema', `${sAt}/items`, 'a list without one item schema (a tuple, or none) has no field type');
      return false;
    }
    handled.add('items');
    this.carry('schema', `${sAt}/items`);
    const itemUi = isObject(ui.items) ? ui.items : {};
    const itemChoices = this.choices(
      items.schema,
      items.at,
      {},
      `${uiAt}/items`,
      (k) => this.carry('schema', `${items.at}/${esc(k)}`),
      () => undefined,
    );
    if (itemChoices) {
      field.type = 'multi-choice';
      field.options = itemChoices;
      this.carry('schema', `${items.at}/type`);
      this.rest(
        items.schema,
        items.at,
        new Set(['type', 'enum', 'enumNames', 'oneOf', 'anyOf', 'title', ...DOCUMENT_KEYWORDS]),
      );
      if (schema.uniqueItems === true) take('uniqueItems');
      if (widget === 'checkboxes') takeUi('ui:widget');
      // at least one chosen is what "required" means for a Qagida multi-choice
      if (schema.minItems === 1) {
        field.required = true;
        take('minItems');
      }
    } else if (items.schema.type === 'object' || isObject(items.schema.properties)) {
      field.type = 'table';
      this.carry('schema', `${items.at}/type`);
      field.fields = this.fields(items.schema, items.at, itemUi, `${uiAt}/items`, undefined);
      if (items.schema.additionalProperties === false) this.carry('schema', `${items.at}/additionalProperties`);
      this.rest(
        items.schema,
        items.at,
        new Set([
          'type',
          'properties',
          'required',
          'dependencies',
          'title',
          'description',
          ...(items.schema.additionalProperties === false ? ['additionalProperties'] : []),
          ...DOCUMENT_KEYWORDS,
        ]),
      );
      if (ui.items !== undefined) {
        uiHandled.add('items');
        this.carry('uiSchema', `${uiAt}/items`);
      }
      // Qagida's tables keep their rows in the order given
      if (
        isObject(ui['ui:options']) &&
        Object.keys(ui['ui:options']).join() === 'orderable' &&
        ui['ui:options'].orderable === false
      )
        takeUi('ui:options');
      if (typeof schema.minItems === 'number') {
        field.minRows = schema.minItems;
        take('minItems');
      }
      if (typeof schema.maxItems === 'number' && schema.maxItems >= 1) {
        field.maxRows = schema.maxItems;
        take('maxItems');
      }
      if (!field.fields.length) return false;
    } else if (!this.listOf(r, items)) return false;
    return true;
  }

  /** An array of simple values: a list of the item type, with the items' limits and the list's length. */
  private listOf({ field, schema, sAt, take }: Reading, items: { schema: Json; at: string }): boolean {
    const itemType = listItemType(items.schema);
    if (!itemType) {
      this.drop('schema', sAt, 'a list of values that are not text, numbers, dates, times, e-mails or phones');
      return false;
    }
    field.type = 'list';
    field.itemType = itemType;
    const itemHandled = new Set(['type', 'title', ...DOCUMENT_KEYWORDS]);
    const itemTake = (k: string) => {
      itemHandled.add(k);
      this.carry('schema', `${items.at}/${esc(k)}`);
    };
    itemTake('type');
    if (typeof items.schema.format === 'string') itemTake('format');
    if (itemType === 'time' && items.schema.pattern === TIME_PATTERN) itemTake('pattern');
    const limits = [
      ['minimum', 'min'],
      ['maximum', 'max'],
      ['minLength', 'minLength'],
      ['maxLength', 'maxLength'],
    ] as const;
    for (const [keyword, property] of limits)
      if (typeof items.schema[keyword] === 'number') {
        field[property] = items.schema[keyword] as number;
        itemTake(keyword);
      }
    if (itemType === 'text' && typeof items.schema.pattern === 'string') {
      field.pattern = items.schema.pattern;
      itemTake('pattern');
    }
    this.rest(items.schema, items.at, itemHandled);
    if (typeof schema.minItems === 'number') {
      field.minItems = schema.minItems;
      take('minItems');
    }
    if (typeof schema.maxItems === 'number' && schema.maxItems >= 1) {
      field.maxItems = schema.maxItems;
      take('maxItems');
    }
    return true;
  }

  /** A string: a date, time, e-mail, file, IIN/BIN, phone, long text or text, with its limits. */
  private stringOf({ field, schema, ui, take, takeUi, widget }: Reading): boolean {
    take('type');
    const format = typeof schema.format === 'string' ? schema.format : undefined;
    const formats: Record<string, Field['type']> = {
      date: 'date',
      'date-time': 'datetime',
      time: 'time',
      email: 'email',
      'data-url': 'file',
      iin: 'iin',
      bin: 'bin',
      'iin-bin': 'iin-bin',
    };
    const options = isObject(ui['ui:options']) ? ui['ui:options'] : {};
    if (format && formats[format]) {
      field.type = formats[format];
      take('format');
      // the twelve digits of an IIN or BIN are the type's own check, and its numeric keyboard its own input
      // the hours-and-minutes shape Qagida's own export writes beside format time
      if (format === 'time' && schema.pattern === TIME_PATTERN) take('pattern');
      if (['iin', 'bin', 'iin-bin'].includes(format)) {
        if (schema.pattern === '^\\d{12}$') take('pattern');
        if (options.inputMode === 'numeric') takeUi('ui:options');
      }
      if (format === 'data-url' && typeof options.accept === 'string' && Object.keys(options).length === 1) {
        field.accept = options.accept
          .split(',')
          .map((a) => a.trim())
          .filter(Boolean);
        takeUi('ui:options');
      }
    } else if (options.inputType === 'tel' && Object.keys(options).length === 1) {
      // a telephone number: Qagida checks its shape itself
      field.type = 'phone';
      takeUi('ui:options');
      if (typeof schema.pattern === 'string') take('pattern');
    } else if (widget === 'textarea') {
      field.type = 'textarea';
      takeUi('ui:widget');
    } else if (widget === 'file' || widget === 'date' || widget === 'email') {
      field.type = widget === 'date' ? 'date' : widget;
      takeUi('ui:widget');
    }
    if (field.type === 'text' || field.type === 'textarea') {
      for (const k of ['minLength', 'maxLength'] as const) {
        if (typeof schema[k] === 'number' && (k === 'minLength' || (schema[k] as number) >= 1)) {
          field[k] = schema[k] as number;
          take(k);
        }
      }
      if (field.type === 'text' && typeof schema.pattern === 'string') {
        field.pattern = schema.pattern;
        take('pattern');
      }
    }
    if (typeof ui['ui:placeholder'] === 'string' && field.type !== 'date' && field.type !== 'file') {
      field.placeholder = this.text(ui['ui:placeholder']);
      takeUi('ui:placeholder');
    }
    return true;
  }

  /** A number or whole number, with its range and placeholder. */
  private numberOf({ field, schema, ui, take, takeUi }: Reading, type: 'number' | 'integer'): boolean {
    take('type');
    field.type = type;
    if (typeof schema.minimum === 'number') {
      field.min = schema.minimum;
      take('minimum');
    }
    if (typeof schema.maximum === 'number') {
      field.max = schema.maximum;
      take('maximum');
    }
    if (typeof ui['ui:placeholder'] === 'string') {
      field.placeholder = this.text(ui['ui:placeholder']);
      takeUi('ui:placeholder');
    }
    return true;
  }

  /** Yes or no. */
  private booleanOf({ field, ui, take, takeUi, widget }: Reading): boolean {
    take('type');
    field.type = 'boolean';
    // Qagida asks yes/no with two radio buttons: a checkbox, radio or select asks the same question
    if (widget === 'radio' || widget === 'checkbox' || widget === 'select') takeUi('ui:widget');
    // its yes/no words and inline radios are how Qagida asks it anyway
    if (Array.isArray(ui['ui:enumNames']) && ui['ui:enumNames'].length === 2) takeUi('ui:enumNames');
    if (isObject(ui['ui:options']) && Object.keys(ui['ui:options']).join() === 'inline') takeUi('ui:options');
    return true;
  }

  /** enum (with enumNames / ui:enumNames) or oneOf/anyOf of {const, title}: the options of a choice. */
  choices(
    schema: Json,
    at: string,
    ui: Json,
    uiAt: string,
    take: (k: string) => void,
    takeUi: (k: string) => void,
  ): FieldDraft['options'] | undefined {
    const list = Array.isArray(schema.enum)
      ? schema.enum.map((value, i) => ({ value, title: undefined as unknown, i }))
      : (['oneOf', 'anyOf'] as const)
          .map((k) => schema[k])
          .find((l): l is Json[] => Array.isArray(l) && l.length > 0 && l.every((o) => isObject(o) && 'const' in o))
          ?.map((o, i) => ({ value: o.const, title: o.title, i }));
    if (!list) return undefined;
    // text, numbers or yes/no, all of one kind (the stored value keeps its type); null is "left empty", not an option
    const kinds = new Set(list.map((o) => typeof o.value));
    const simple = list.every(
      (o) =>
        (typeof o.value === 'string' && o.value !== '') || typeof o.value === 'number' || typeof o.value === 'boolean',
    );
    if (!simple || kinds.size !== 1) {
      this.drop('schema', at, 'choice values must be all text, all numbers or all yes/no (null is not an option)');
      return undefined;
    }
    const names = Array.isArray(ui['ui:enumNames'])
      ? ui['ui:enumNames']
      : Array.isArray(schema.enumNames)
        ? schema.enumNames
        : [];
    if (Array.isArray(schema.enum)) take('enum');
    else take(Array.isArray(schema.oneOf) && schema.oneOf.length ? 'oneOf' : 'anyOf');
    if (Array.isArray(ui['ui:enumNames'])) takeUi('ui:enumNames');
    if (Array.isArray(schema.enumNames)) take('enumNames');
    return list.map((o) => ({
      value: o.value as string | number | boolean,
      label: this.text(
        typeof o.title === 'string'
          ? o.title
          : typeof names[o.i] === 'string'
            ? (names[o.i] as string)
            : String(o.value),
      ),
    }));
  }

  /** dependencies: a property that needs another ({a: ["b"]}) or a schema shown when a field is given or has a value. */
  dependencies(schema: Json, at: string, properties: Json, prefix: string | undefined) {
    const found: { name: string; on: string; schema: unknown; at: string; values?: unknown[]; required: boolean }[] =
      [];
    if (!isObject(schema.dependencies)) return found;
    if (prefix === undefined) {
      this.drop('schema', `${at}/dependencies`, 'dependencies inside the rows of a list are not carried');
      return found;
    }
    for (const [on, dep] of Object.entries(schema.dependencies)) {
      const dAt = `${at}/dependencies/${esc(on)}`;
      if (Array.isArray(dep)) {
        this.drop(
          'schema',
          dAt,
          'a property dependency ("b is required when a is given") is a cross-field check Qagida forms do not state yet',
        );
        continue;
      }
      if (!isObject(dep)) {
        this.drop('schema', dAt, 'not a schema');
        continue;
      }
      const branches = Array.isArray(dep.oneOf) ? dep.oneOf : [dep];
      let usable = true;
      const planned: typeof found = [];
      branches.forEach((branch, b) => {
        const bAt = Array.isArray(dep.oneOf) ? `${dAt}/oneOf/${b}` : dAt;
        if (!isObject(branch)) return (usable = false);
        const props = isObject(branch.properties) ? branch.properties : {};
        const onValue = props[on];
        const values = isObject(onValue) && Array.isArray(onValue.enum) ? onValue.enum : undefined;
        const req = Array.isArray(branch.required) ? branch.required : [];
        for (const [name, s] of Object.entries(props)) {
          if (name === on) continue;
          if (Object.hasOwn(properties, name)) return (usable = false);
          planned.push({
            name,
            on,
            schema: s,
            at: `${bAt}/properties/${esc(name)}`,
            values,
            required: req.includes(name),
          });
        }
        for (const k of Object.keys(branch))
          if (k !== 'properties' && k !== 'required')
            this.drop('schema', `${bAt}/${esc(k)}`, 'not carried inside a dependency');
        if (isObject(onValue))
          for (const k of Object.keys(onValue))
            if (k !== 'enum')
              this.drop('schema', `${bAt}/properties/${esc(on)}/${esc(k)}`, 'not carried inside a dependency');
        this.carry('schema', `${bAt}/properties`);
        if (branch.required !== undefined) this.carry('schema', `${bAt}/required`);
        if (values) this.carry('schema', `${bAt}/properties/${esc(on)}/enum`);
        return undefined;
      });
      if (!usable || (Array.isArray(dep.oneOf) && planned.some((p) => !p.values))) {
        this.drop('schema', dAt, 'only dependencies that show fields by the value of another field can be carried');
        continue;
      }
      // a field shown by several branches keeps the values of all of them
      for (const p of planned) {
        const same = found.find((f) => f.name === p.name);
        if (same && same.values && p.values) same.values = [...same.values, ...p.values];
        else if (!same) found.push(p);
      }
      this.carry('schema', dAt);
      if (Array.isArray(dep.oneOf)) this.carry('schema', `${dAt}/oneOf`);
      for (const k of Object.keys(dep))
        if (k !== 'oneOf' && k !== 'properties' && k !== 'required' && Array.isArray(dep.oneOf))
          this.drop('schema', `${dAt}/${esc(k)}`, 'not carried inside a dependency');
    }
    this.carry('schema', `${at}/dependencies`);
    return found;
  }

  /** Reports the keywords of a schema node nobody carried. */
  rest(schema: Json, at: string, handled: ReadonlySet<string>) {
    for (const key of Object.keys(schema)) {
      if (!handled.has(key) && !this.carried.includes(`schema:${at}/${esc(key)}`))
        this.drop('schema', `${at}/${esc(key)}`, schemaReason(key));
    }
  }
}

function schemaReason(keyword: string): string {
  const reasons: Record<string, string> = {
    default: 'a default is carried on a simple field that it fits, not on a section or a table',
    readOnly: 'a read-only field is not part of Qagida forms',
    const: 'a fixed value is not a question',
    examples: 'examples are not kept',
    format: 'this format has no Qagida field type',
    exclusiveMinimum: 'an exclusive bound is not kept (min and max are inclusive)',
    exclusiveMaximum: 'an exclusive bound is not kept (min and max are inclusive)',
    multipleOf: 'a step is not kept',
    additionalProperties: 'a form holds only its own fields',
    if: 'conditional schemas are not carried: state visibility with visibleWhen (a range or "or" included) and cross-field rules as checks',
    then: 'conditional schemas are not carried: state visibility with visibleWhen (a range or "or" included) and cross-field rules as checks',
    else: 'conditional schemas are not carried: state visibility with visibleWhen (a range or "or" included) and cross-field rules as checks',
    allOf: 'combined schemas are not carried',
    anyOf: 'alternative schemas are not carried',
    oneOf: 'alternative schemas are not carried',
    not: 'a negated schema is not carried',
    uniqueItems: 'not kept for this list',
    minItems: 'not kept for this list',
    maxItems: 'not kept for this list',
    definitions: 'followed where referenced; definitions themselves are not fields',
    $defs: 'followed where referenced; definitions themselves are not fields',
  };
  return reasons[keyword] ?? `"${keyword}" has no counterpart in a Qagida form`;
}

function uiReason(keyword: string): string {
  if (keyword === 'ui:widget') return 'this widget has no Qagida counterpart for the field type';
  if (keyword === 'ui:options') return 'widget options are not kept';
  if (keyword === 'ui:autofocus' || keyword === 'ui:classNames' || keyword === 'ui:emptyValue')
    return 'presentation details are not kept';
  return `"${keyword}" has no counterpart in a Qagida form`;
}

export function importJsonSchemaForm(input: {
  id: string;
  schema: unknown;
  uiSchema?: unknown;
  lang?: Language;
}): ImportResult {
  const lang = input.lang ?? 'en';
  const root = isObject(input.schema) ? input.schema : {};
  const ui = isObject(input.uiSchema) ? input.uiSchema : {};
  const importer = new Importer(root, lang);
  const title = typeof root.title === 'string' ? root.title : input.id;
  const form: Form = { kind: 'form', id: input.id, title: importer.text(title), fields: [] };
  if (!isObject(input.schema)) {
    importer.drop('schema', '', 'the schema is not an object');
  } else {
    const resolved = importer.resolve(root, '');
    if (resolved && (resolved.schema.type === 'object' || isObject(resolved.schema.properties))) {
      if (typeof root.title === 'string') importer.carry('schema', '/title');
      if (typeof resolved.schema.description === 'string') {
        form.description = importer.text(resolved.schema.description);
        importer.carry('schema', `${resolved.at}/description`);
      }
      if (resolved.schema.type !== undefined) importer.carry('schema', `${resolved.at}/type`);
      form.fields = importer.fields(resolved.schema, resolved.at, ui, '', '');
      if (resolved.schema.additionalProperties === false)
        importer.carry('schema', `${resolved.at}/additionalProperties`);
      const handled = new Set([
        ...(resolved.schema.additionalProperties === false ? ['additionalProperties'] : []),
        'type',
        'title',
        'description',
        'properties',
        'required',
        'dependencies',
        '$ref',
        ...DOCUMENT_KEYWORDS,
      ]);
      // definitions are followed where referenced: report them only when nothing referred to them
      // definitions are followed where referenced; one that nothing refers to is reported
      for (const defs of ['definitions', '$defs']) {
        const entries = root[defs];
        if (entries === undefined) continue;
        handled.add(defs);
        importer.carry('schema', `/${defs}`);
        if (!isObject(entries)) {
          importer.drop('schema', `/${defs}`, 'not an object of definitions');
          continue;
        }
        for (const name of Object.keys(entries)) {
          const at = `/${defs}/${esc(name)}`;
          if (!importer.carried.some((c) => c === `schema:${at}` || c.startsWith(`schema:${at}/`)))
            importer.drop('schema', at, 'no field refers to this definition');
        }
      }
      importer.rest(resolved.schema, resolved.at, handled);
      if (resolved.at !== '')
        importer.rest(root, '', new Set(['$ref', 'definitions', '$defs', 'title', ...DOCUMENT_KEYWORDS]));
      for (const k of Object.keys(ui)) {
        if (k.startsWith('ui:') && k !== 'ui:order') importer.drop('uiSchema', `/${esc(k)}`, uiReason(k));
      }
    } else if (resolved) {
      importer.drop('schema', '', 'the root of a form is an object with properties');
    }
  }
  const outcome = form.fields.length === 0 ? 'not' : importer.dropped.length === 0 ? 'full' : 'partly';
  return { form, dropped: importer.dropped, renamed: importer.renamed, carried: importer.carried, outcome };
}
