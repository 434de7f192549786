import { Type, type Static } from '@sinclair/typebox';
import { Id, IsoDate, LocalizedText, Source, definitionHeader } from './common';

export const ClockTime = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' });

export const Hours = Type.Object(
  {
    start: ClockTime,
    end: ClockTime,
    breaks: Type.Optional(
      Type.Array(Type.Object({ start: ClockTime, end: ClockTime }, { additionalProperties: false }), {
        maxItems: 4,
      }),
    ),
    source: Type.Optional(Source),
  },
  { additionalProperties: false },
);
export type Hours = Static<typeof Hours>;

const DatedEntry = Type.Object(
  { date: IsoDate, label: LocalizedText, source: Type.Optional(Source) },
  { additionalProperties: false },
);

/** Years an entry applies in, both ends included; open ends run on. */
const YearSpan = Type.Object(
  {
    from: Type.Optional(Type.Integer({ minimum: 1990, maximum: 2200 })),
    to: Type.Optional(Type.Integer({ minimum: 1990, maximum: 2200 })),
  },
  { additionalProperties: false },
);

/**
 * A holiday of the law that recurs on the same dates each year in which it applies, e.g.
 * Constitution Day on 30 August until 2025 and on 15 March from 2027.
 */
export const StatutoryHoliday = Type.Object(
  {
    id: Id,
    label: LocalizedText,
    /** 'MM-DD' dates; a holiday of several days (Nauryz 21–23 March) lists each */
    dates: Type.Array(Type.String({ pattern: '^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$' }), {
      minItems: 1,
      maxItems: 10,
    }),
    years: Type.Optional(YearSpan),
    /** whether a day of it that falls on a day off gives a substitute day off (religious days off do not) */
    substitute: Type.Boolean(),
    source: Source,
  },
  { additionalProperties: false },
);
export type StatutoryHoliday = Static<typeof StatutoryHoliday>;

/** A day off on a date announced for one year (the first day of Kurban ait follows the lunar calendar). */
export const DatedHoliday = Type.Object(
  {
    date: IsoDate,
    label: LocalizedText,
    substitute: Type.Boolean(),
    source: Source,
  },
  { additionalProperties: false },
);
export type DatedHoliday = Static<typeof DatedHoliday>;

/** Whether a year's data (announced religious dates, the transfer order or that none was issued) is confirmed. */
export const CalendarYear = Type.Object(
  {
    year: Type.Integer({ minimum: 1990, maximum: 2200 }),
    confirmed: Type.Boolean(),
    note: Type.Optional(Type.String()),
    source: Type.Optional(Source),
  },
  { additionalProperties: false },
);
export type CalendarYear = Static<typeof CalendarYear>;

/**
 * The labour law's calendar as data: statutory holidays with the years they apply, the
 * substitute-day rule, days off announced per year, and which years are confirmed. Decree
 * transfers stay in `transfers`. The platform computes nothing from a holiday library.
 */
export const CalendarLaw = Type.Object(
  {
    /** the country `npm run validate` cross-checks against the date-holidays package (reports only) */
    crossCheckCountry: Type.Optional(Type.String({ pattern: '^[A-Z]{2}$' })),
    holidays: Type.Array(StatutoryHoliday),
    /** a holiday on a day off moves the day off to the next working day after the holidays */
    substituteRule: Type.Object(
      { rule: Type.Literal('next-working-day-after-holidays'), source: Source },
      { additionalProperties: false },
    ),
    dated: Type.Array(DatedHoliday),
    years: Type.Array(CalendarYear),
  },
  { additionalProperties: false },
);
export type CalendarLaw = Static<typeof CalendarLaw>;

export const Calendar = Type.Object(
  {
    ...definitionHeader('calendar'),
    /** IANA zone: Asia/Almaty is UTC+5 since 1 March 2024 */
    timeZone: Type.String({ minLength: 1 }),
    /** the labour law's days off, stated as data with citations (see CalendarLaw) */
    law: Type.Optional(CalendarLaw),
    extraHolidays: Type.Array(DatedEntry),
    /** days moved by decree: a weekend day made a working day, or a weekday made a day off */
    transfers: Type.Array(
      Type.Object(
        {
          date: IsoDate,
          working: Type.Boolean(),
          label: LocalizedText,
          source: Type.Optional(Source),
        },
        { additionalProperties: false },
      ),
    ),
    /** ISO weekdays that are working days, 1 = Monday */
    workWeek: Type.Array(Type.Integer({ minimum: 1, maximum: 7 }), { minItems: 1, maxItems: 7, uniqueItems: true }),
    workingHours: Hours,
    receptionHours: Hours,
    /** an event after reception hours or on a day off counts as received on the next working day */
    afterHours: Type.String({ enum: ['next-working-day', 'same-day'] }),
    /** a calendar-day term that ends on a day off ends on the next working day */
    rollCalendarDays: Type.String({ enum: ['next-working-day', 'none'] }),
    /** the years precomputed; deadlines outside them are an error */
    years: Type.Object(
      { from: Type.Integer({ minimum: 1990, maximum: 2200 }), to: Type.Integer({ minimum: 1990, maximum: 2200 }) },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type Calendar = Static<typeof Calendar>;
