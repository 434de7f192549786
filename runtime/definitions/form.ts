import { Type, type Static, type TProperties } from '@sinclair/typebox';
import { LocalizedText, Source, definitionHeader } from './common';
import { Prefill } from './connector';

export const FIELD_TYPES = [
  'text',
  'textarea',
  'number',
  'integer',
  'date',
  'datetime',
  'time',
  'email',
  'phone',
  'boolean',
  'boolean-details',
  'choice',
  'multi-choice',
  'iin',
  'bin',
  'iin-bin',
  'file',
  'table',
  'list',
  'section',
  'info',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** A field's data key: it becomes a property of the case data, and a fact path in rules. */
export const FieldKey = Type.String({ pattern: '^[A-Za-z][A-Za-z0-9_]{0,63}$' });

/** The types a list of simple values (several phones, several dates) may hold. */
export const LIST_ITEM_TYPES = ['text', 'number', 'integer', 'date', 'time', 'email', 'phone', 'iin', 'bin'] as const;
export type ListItemType = (typeof LIST_ITEM_TYPES)[number];

/** A choice's stored value: text, or a number or yes/no when the data is a quantity or a flag. */
export const ChoiceValue = Type.Union([Type.String({ minLength: 1 }), Type.Number(), Type.Boolean()]);

export const ChoiceOption = Type.Object({ value: ChoiceValue, label: LocalizedText }, { additionalProperties: false });

/** A value a field starts with; validate() checks that it fits the field (its type, options, limits). */
export const FieldDefault = Type.Union([
  Type.String(),
  Type.Number(),
  Type.Boolean(),
  Type.Array(Type.Union([Type.String(), Type.Number(), Type.Boolean()]), { maxItems: 100 }),
]);

/** A path of keys to a field, dot-separated (sections open up; a table's columns through a check's `rows` or a sum's table.column). */
export const FieldPath = Type.String({ pattern: '^[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)*$' });

/**
 * One test on one field: it equals a value, is one of some, lies in a range (inclusive; numbers as
 * numbers, dates and times as ISO text), or (with none of these) is filled in. validate() refuses more than one.
 */
const conditionTest = {
  field: FieldPath,
  equals: Type.Optional(Type.Union([Type.String(), Type.Number(), Type.Boolean()])),
  in: Type.Optional(Type.Array(Type.Union([Type.String(), Type.Number(), Type.Boolean()]))),
  notEmpty: Type.Optional(Type.Boolean()),
  between: Type.Optional(
    Type.Object(
      {
        min: Type.Optional(Type.Union([Type.Number(), Type.String()])),
        max: Type.Optional(Type.Union([Type.Number(), Type.String()])),
      },
      { additionalProperties: false },
    ),
  ),
};
export const ConditionTest = Type.Object(conditionTest, { additionalProperties: false });
export type ConditionTest = Static<typeof ConditionTest>;

/**
 * A condition on the data (visibleWhen, a document's or a check's when, a fee row): its own test, or
 * any of the tests in `or` ("under 16 or disabled"); one level, so it reads as a sentence.
 */
export const FieldCondition = Type.Object(
  { ...conditionTest, or: Type.Optional(Type.Array(ConditionTest, { minItems: 1, maxItems: 20 })) },
  { additionalProperties: false },
);
export type FieldCondition = Static<typeof FieldCondition>;
/**
 * One side of a comparison: a field's value, a constant, or the sum of number fields (a table's column,
 * table.column, adds every row).
 */
export const Operand = Type.Union([
  Type.Object({ field: FieldPath }, { additionalProperties: false }),
  Type.Object({ value: Type.Union([Type.String(), Type.Number(), Type.Boolean()]) }, { additionalProperties: false }),
  Type.Object({ sum: Type.Array(FieldPath, { minItems: 1, maxItems: 50 }) }, { additionalProperties: false }),
]);
export type Operand = Static<typeof Operand>;

export const CHECK_OPS = ['lt', 'le', 'gt', 'ge', 'eq', 'ne'] as const;
export type CheckOp = (typeof CHECK_OPS)[number];

/**
 * A cross-field check: `left op right` must hold, else `message` is reported on `field`.
 * Numbers compare as numbers, dates and times as ISO text; a check with an empty side is not
 * judged (whether a field is required is said by the field itself).
 */
export const FormCheck = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z0-9][a-z0-9_-]{0,63}$' }),
    op: Type.String({ enum: [...CHECK_OPS] }),
    left: Operand,
    right: Operand,
    field: FieldPath,
    /**
     * a table whose every row is checked: then `field` and the operands name columns of that row, and a
     * failure is reported on the row's column (/table/0/end)
     */
    rows: Type.Optional(FieldPath),
    /** the check applies only when this holds (on a row check, read in the row first) */
    when: Type.Optional(FieldCondition),
    message: LocalizedText,
    source: Type.Optional(Source),
  },
  { additionalProperties: false },
);
export type FormCheck = Static<typeof FormCheck> & { op: CheckOp };

const FeeCondition = FieldCondition;
const Amount = Type.Object(
  { amount: Type.Number({ minimum: 0 }), unit: Type.Union([Type.Literal('KZT'), Type.Literal('MRP')]) },
  { additionalProperties: false },
);
const when = Type.Array(FeeCondition, { maxItems: 20 });

/**
 * A fee as law states it: the first row whose conditions all hold gives the amount (tenge or MRP);
 * an exemption whose conditions hold makes it 0; each multiplier whose conditions hold multiplies it
 * (a repeat loss within a year ×2). In tenge on the application date, MRP at that year's value.
 */
export const FeeTable = Type.Object(
  {
    rows: Type.Array(
      Type.Object({ when, amount: Amount, source: Type.Optional(Source) }, { additionalProperties: false }),
      {
        minItems: 1,
        maxItems: 100,
      },
    ),
    exemptions: Type.Optional(
      Type.Array(Type.Object({ when, source: Type.Optional(Source) }, { additionalProperties: false }), {
        maxItems: 50,
      }),
    ),
    multipliers: Type.Optional(
      Type.Array(
        Type.Object(
          { when, factor: Type.Number({ minimum: 0 }), source: Type.Optional(Source) },
          { additionalProperties: false },
        ),
        { maxItems: 20 },
      ),
    ),
  },
  { additionalProperties: false },
);
export type FeeTable = Static<typeof FeeTable>;

export const COMPUTE_OPS = ['ageFromIin', 'ageFromDate', 'sum', 'lookup', 'fee', 'addWorkingDays'] as const;
export type ComputeOp = (typeof COMPUTE_OPS)[number];

/**
 * A value the form computes from other fields: the server recomputes it on submit (never trusting the
 * client) and the preview and the Desk show it live, with the same runtime code.
 * ageFromIin {from: iin field}, ageFromDate {from: date field}: full years on the application date;
 * sum {of: number fields}; lookup {from: a dictionary choice}: the chosen option's amount.
 * addWorkingDays {from: a date field, days, calendar}: the date `days` working days after it on the
 * named calendar definition (a due date); a sum may name a table's column (table.column) to add every row.
 */
export const Computed = Type.Object(
  {
    op: Type.Unsafe<ComputeOp>(Type.String({ enum: [...COMPUTE_OPS] })),
    from: Type.Optional(FieldPath),
    of: Type.Optional(Type.Array(FieldPath, { minItems: 1, maxItems: 50 })),
    fee: Type.Optional(FeeTable),
    /** addWorkingDays: how many working days after the date */
    days: Type.Optional(Type.Integer({ minimum: 0, maximum: 3650 })),
    /** addWorkingDays: the id of the calendar definition whose working days count */
    calendar: Type.Optional(Type.String({ pattern: '^[a-z0-9][a-z0-9._-]{0,79}$' })),
  },
  { additionalProperties: false },
);
export type Computed = Static<typeof Computed>;

/** Show a field only when another field (a path of keys from the form root, dot-separated) has a value. */
export const VisibleWhen = FieldCondition;
export type VisibleWhen = Static<typeof VisibleWhen>;

const OneDetails = Type.Object(
  {
    label: LocalizedText,
    /** the yes/no answer that makes the details required */
    requiredWhen: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

/** The properties every field takes, whatever its type. */
const commonField = {
  key: FieldKey,
  label: LocalizedText,
  help: Type.Optional(LocalizedText),
  required: Type.Optional(Type.Boolean()),
  visibleWhen: Type.Optional(VisibleWhen),
  source: Type.Optional(Source),
};

/** The properties a field type may take beyond the common ones, written once for the members below. */
const fieldProperty = {
  placeholder: Type.Optional(LocalizedText),
  options: Type.Optional(Type.Array(ChoiceOption, { minItems: 1 })),
  /** the id of a dictionary whose codes are the choice's values, instead of options */
  dictionary: Type.Optional(Type.String({ pattern: '^[a-z0-9][a-z0-9._-]{0,79}$' })),
  min: Type.Optional(Type.Number()),
  max: Type.Optional(Type.Number()),
  minLength: Type.Optional(Type.Integer({ minimum: 0 })),
  maxLength: Type.Optional(Type.Integer({ minimum: 1 })),
  pattern: Type.Optional(Type.String()),
  unit: Type.Optional(LocalizedText),
  minRows: Type.Optional(Type.Integer({ minimum: 0 })),
  maxRows: Type.Optional(Type.Integer({ minimum: 1 })),
  details: OneDetails,
  accept: Type.Optional(Type.Array(Type.String())),
  /** prefilled when a case starts; the person may change it */
  default: Type.Optional(FieldDefault),
  /**
   * a list's values: each of this simple type, with the field's min/max/length/pattern; required by the
   * list's module (fieldTypes/list.ts), so that a list's other problems are reported with its absence
   */
  itemType: Type.Optional(Type.Unsafe<ListItemType>(Type.String({ enum: [...LIST_ITEM_TYPES] }))),
  minItems: Type.Optional(Type.Integer({ minimum: 0 })),
  maxItems: Type.Optional(Type.Integer({ minimum: 1 })),
  /** read-only: the value is computed from other fields */
  computed: Type.Optional(Computed),
};
type FieldProperty = keyof typeof fieldProperty;

/** One member of the Field union: the common properties, the literal type and the type's own properties. */
function member<T extends FieldType, P extends FieldProperty, X extends TProperties = Record<never, never>>(
  type: T,
  own: readonly P[],
  more: X = {} as X,
) {
  const picked = Object.fromEntries(own.map((p) => [p, fieldProperty[p]])) as Pick<typeof fieldProperty, P>;
  return Type.Object(
    { ...commonField, type: Type.Literal(type), ...picked, ...more },
    // read by ajv.ts: an unknown property's error says which field type it does not apply to
    { additionalProperties: false, fieldType: type },
  );
}

const TEXT = ['minLength', 'maxLength', 'pattern', 'placeholder', 'default'] as const;
const NUMBER = ['min', 'max', 'unit', 'placeholder', 'default', 'computed'] as const;
const CHOICE = ['options', 'dictionary', 'default'] as const;
const LIST = [
  'itemType',
  'minItems',
  'maxItems',
  'min',
  'max',
  'minLength',
  'maxLength',
  'pattern',
  'default',
] as const;

/**
 * A form field: a union keyed on its literal `type`, each member listing only the properties that
 * type takes (options for the choices, fields for section and table — its columns —, details for
 * yes/no with details). ajv picks the member by `type` (a discriminator, see ajv.ts), so an error
 * names the field's property, not the union.
 */
export const Field = Type.Recursive(
  (Self) => {
    const children = { fields: Type.Array(Self, { minItems: 1, maxItems: 300 }) };
    return Type.Union(
      [
        member('text', TEXT),
        member('textarea', ['minLength', 'maxLength', 'placeholder', 'default']),
        member('number', NUMBER),
        member('integer', NUMBER),
        member('date', ['default', 'computed']),
        member('datetime', ['default']),
        member('time', ['default']),
        member('email', ['placeholder', 'default']),
        member('phone', ['placeholder', 'default']),
        member('boolean', ['default']),
        member('boolean-details', ['details']),
        member('choice', CHOICE),
        member('multi-choice', CHOICE),
        member('iin', []),
        member('bin', []),
        member('iin-bin', []),
        member('file', ['accept']),
        member('table', ['minRows', 'maxRows'], children),
        member('list', LIST),
        member('section', [], children),
        member('info', []),
      ],
      // ajv's discriminator lets a value that is not an object through unread: the union says it must be one
      { type: 'object', discriminator: { propertyName: 'type' } },
    );
  },
  { $id: 'Field' },
);
export type Field = Static<typeof Field>;
/** The member of the Field union of these types. */
export type FieldOf<T extends FieldType> = Extract<Field, { type: T }>;

export const Form = Type.Object(
  {
    ...definitionHeader('form'),
    fields: Type.Array(Field, { maxItems: 500 }),
    /** connectors that fill fields from registers (issue 18) */
    prefill: Type.Optional(Type.Array(Prefill, { maxItems: 20 })),
    checks: Type.Optional(Type.Array(FormCheck, { maxItems: 200 })),
  },
  { additionalProperties: false },
);
export type Form = Omit<Static<typeof Form>, 'checks'> & { checks?: FormCheck[] };
