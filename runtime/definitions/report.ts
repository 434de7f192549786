import { Type, type Static } from '@sinclair/typebox';
import { Id, LocalizedText, Source, definitionHeader } from './common';

/**
 * What a report column shows. A group column names the group a row stands for; a measure counts
 * the group's cases. The vocabulary is fixed (each entry is one computation over a case, in
 * server/usecases/reportRun.ts); an analyst composes reports from it without code.
 */
export const ReportValue = Type.Union([
  /** the service id (exports print its title) */
  Type.Literal('service'),
  /** the service's title in Kazakh, as the contact centre's form prints it */
  Type.Literal('serviceTitle'),
  Type.Literal('status'),
  /** every case of the group */
  Type.Literal('count'),
  /** received in the period */
  Type.Literal('received'),
  /** closed in the period */
  Type.Literal('handled'),
  /** closed in the period with an outcome the report counts as a refusal (`refusalOutcomes`) */
  Type.Literal('refused'),
  /** closed in the period past a deadline, or still open and overdue at the period's end */
  Type.Literal('overdue'),
  /** closed in the period before every deadline passed */
  Type.Literal('onTime'),
  /** closed (status done) */
  Type.Literal('closed'),
  /** closed by every deadline it had */
  Type.Literal('closedOnTime'),
  /** closedOnTime / closed, three decimals; null when none closed */
  Type.Literal('onTimeRate'),
]);
export type ReportValue = Static<typeof ReportValue>;

export const ReportColumn = Type.Object(
  {
    /** the column's name in the JSON answer */
    key: Type.String({ pattern: '^[A-Za-z][A-Za-z0-9_]{0,63}$' }),
    label: LocalizedText,
    value: ReportValue,
    source: Type.Optional(Source),
  },
  { additionalProperties: false },
);
export type ReportColumn = Static<typeof ReportColumn>;

/**
 * A report over the cases: which cases (the period and filters), how they are grouped, and the
 * columns with kk/ru/en labels, each cited where a regulation prescribes it. With `listing`, it
 * also lists each case received in the period by the columns of the table in that service's
 * form (the contact centre's Appendix 2 of 002).
 */
export const Report = Type.Object(
  {
    ...definitionHeader('report'),
    /** what the report counts: the cases (the only source so far; the citation is `source`) */
    from: Type.Literal('cases'),
    /** `month`: asked for a month (YYYY-MM) in the service calendar's zone; `all`: every case so far */
    period: Type.Union([Type.Literal('month'), Type.Literal('all')]),
    filters: Type.Optional(
      Type.Object(
        {
          services: Type.Optional(Type.Array(Id, { minItems: 1, maxItems: 200 })),
          statuses: Type.Optional(
            Type.Array(Type.Union([Type.Literal('draft'), Type.Literal('in-progress'), Type.Literal('done')]), {
              minItems: 1,
              maxItems: 3,
            }),
          ),
        },
        { additionalProperties: false },
      ),
    ),
    groupBy: Type.Array(Type.Union([Type.Literal('service'), Type.Literal('status')]), { minItems: 1, maxItems: 2 }),
    columns: Type.Array(ReportColumn, { minItems: 1, maxItems: 50 }),
    /** the outcomes that count as refusals (`refused`) */
    refusalOutcomes: Type.Optional(Type.Array(Type.String({ maxLength: 40 }), { maxItems: 20 })),
    /** the service whose form's table lists one row per case received in the period */
    listing: Type.Optional(Type.Object({ service: Id }, { additionalProperties: false })),
  },
  { additionalProperties: false },
);
export type Report = Static<typeof Report>;
