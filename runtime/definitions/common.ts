import { Type, type Static, type TSchema } from '@sinclair/typebox';

/** Identifiers are stable, URL-safe and lower-case: they appear in routes and citations. */
export const Id = Type.String({
  pattern: '^[a-z0-9][a-z0-9._-]{0,79}$',
  description: 'lower-case id: letters, digits, dot, dash, underscore',
});

/** Every user-visible string is given per language; at least one language is required. */
export const LocalizedText = Type.Object(
  {
    kk: Type.Optional(Type.String()),
    ru: Type.Optional(Type.String()),
    en: Type.Optional(Type.String()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type LocalizedText = Static<typeof LocalizedText>;

/** A citation of the regulation a definition element encodes, e.g. {doc: "004-S1", para: "4.1"}. */
export const Source = Type.Object(
  {
    doc: Type.String({ minLength: 1 }),
    para: Type.String({ minLength: 1 }),
    /** further paragraphs of the same act that this one element encodes (a step that does what three paragraphs say) */
    also: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { minItems: 1, maxItems: 20 })),
    note: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);
export type Source = Static<typeof Source>;

export const IsoDate = Type.String({ format: 'date' });

/** The period in which the encoded act was in force; cases are judged by the act in force on their application date. */
export const Validity = Type.Object(
  {
    from: Type.Optional(IsoDate),
    to: Type.Optional(IsoDate),
    repealedBy: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);
export type Validity = Static<typeof Validity>;

export const DurationUnit = Type.Union([
  Type.Literal('minutes'),
  Type.Literal('hours'),
  Type.Literal('working-hours'),
  Type.Literal('working-days'),
  Type.Literal('calendar-days'),
  Type.Literal('months'),
  Type.Literal('years'),
]);
export type DurationUnit = Static<typeof DurationUnit>;
export const DURATION_UNITS: readonly DurationUnit[] = [
  'minutes',
  'hours',
  'working-hours',
  'working-days',
  'calendar-days',
  'months',
  'years',
];

export const Duration = Type.Object(
  {
    amount: Type.Integer({ minimum: 0, maximum: 100000 }),
    unit: DurationUnit,
  },
  { additionalProperties: false },
);
export type Duration = Static<typeof Duration>;

/**
 * A legal deadline. Exactly one of three shapes:
 * - a term counted from an event: {amount, unit, from};
 * - "no later than N before an event": {amount, unit, before};
 * - a periodic due date: {periodic: {every: "year", month, day}} or {every: "month", day, monthsAfter}.
 * The shape check lives in validate(), which names the offending field.
 */
export const Periodic = Type.Object(
  {
    every: Type.Union([Type.Literal('year'), Type.Literal('month')]),
    month: Type.Optional(Type.Integer({ minimum: 1, maximum: 12 })),
    day: Type.Integer({ minimum: 1, maximum: 31 }),
    monthsAfter: Type.Optional(Type.Integer({ minimum: 0, maximum: 12 })),
  },
  { additionalProperties: false },
);
export type Periodic = Static<typeof Periodic>;

export const Deadline = Type.Object(
  {
    id: Id,
    label: LocalizedText,
    amount: Type.Optional(Type.Integer({ minimum: 0, maximum: 100000 })),
    unit: Type.Optional(DurationUnit),
    from: Type.Optional(Id),
    before: Type.Optional(Id),
    periodic: Type.Optional(Periodic),
    /** the longest extension the act allows, e.g. "in individual cases up to 6 months" */
    extendableTo: Type.Optional(Duration),
    /** the actor responsible for meeting the deadline */
    responsible: Type.Optional(Id),
    source: Type.Optional(Source),
  },
  { additionalProperties: false },
);
export type Deadline = Static<typeof Deadline>;

/** Fields every definition shares. `version` is assigned by the store on publish; files may carry it. */
export function definitionHeader<K extends string>(kind: K) {
  return {
    kind: Type.Literal(kind),
    id: Id,
    version: Type.Optional(Type.Integer({ minimum: 1 })),
    title: LocalizedText,
    description: Type.Optional(LocalizedText),
    source: Type.Optional(Source),
    validity: Type.Optional(Validity),
    tags: Type.Optional(Type.Array(Type.String(), { maxItems: 50 })),
  };
}

export function strictObject<T extends Record<string, TSchema>>(properties: T, description?: string) {
  return Type.Object(properties, { additionalProperties: false, description });
}
