import { Type, type Static } from '@sinclair/typebox';
import { IsoDate, LocalizedText, Source, definitionHeader } from './common';

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

export const Calendar = Type.Object(
  {
    ...definitionHeader('calendar'),
    /** IANA zone: Asia/Almaty is UTC+5 since 1 March 2024 */
    timeZone: Type.String({ minLength: 1 }),
    /** public holidays computed by date-holidays for a country, substitute days off included */
    holidays: Type.Optional(
      Type.Object(
        {
          country: Type.String({ pattern: '^[A-Z]{2}$' }),
          types: Type.Optional(Type.Array(Type.String())),
          substitutes: Type.Boolean(),
          /** holidays the library gives that the calendar does not observe */
          exclude: Type.Optional(Type.Array(DatedEntry)),
          source: Type.Optional(Source),
        },
        { additionalProperties: false },
      ),
    ),
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
