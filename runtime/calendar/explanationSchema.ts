import { Type, type Static } from '@sinclair/typebox';
import { Duration, LocalizedText, Source } from '../definitions/common';

/** Why a count starts where it does: how the event was received, or what kind of term it is. */
export const CountsFromReason = Type.Union([
  Type.Literal('on-time'),
  Type.Literal('before-opening'),
  Type.Literal('after-hours'),
  Type.Literal('non-working-day'),
  Type.Literal('elapsed-time'),
  Type.Literal('before-event'),
  Type.Literal('periodic'),
]);
export type CountsFromReason = Static<typeof CountsFromReason>;

export const SkippedDay = Type.Object(
  {
    date: Type.String({ format: 'date' }),
    /** weekend, holiday, substitute, extra-holiday or transfer */
    reason: Type.String(),
    label: LocalizedText,
    source: Type.Optional(Source),
  },
  { additionalProperties: false },
);
export type SkippedDay = Static<typeof SkippedDay>;

/**
 * How a due date was counted (GET /api/cases/:id/deadlines/:deadlineId/explanation): the same
 * arithmetic as the due date, spelled out day by day.
 */
export const DeadlineExplanation = Type.Object(
  {
    id: Type.String(),
    term: Duration,
    from: Type.Object(
      { event: Type.String(), at: Type.String({ format: 'date-time' }) },
      { additionalProperties: false },
    ),
    /** the instant the event counts as received */
    receivedAt: Type.String({ format: 'date-time' }),
    /** the local day the count starts after (that day itself is never counted) */
    countsFrom: Type.String({ format: 'date' }),
    countsFromReason: CountsFromReason,
    /** the days counted, in order: working days for working units, every day for calendar units */
    counted: Type.Array(Type.String({ format: 'date' })),
    /** the days passed over, with why and the act that says so */
    skipped: Type.Array(SkippedDay),
    due: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false },
);
export type DeadlineExplanation = Static<typeof DeadlineExplanation>;
