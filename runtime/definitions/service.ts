import { Type, type Static } from '@sinclair/typebox';
import { ClockTime } from './calendar';
import { Deadline, Duration, Id, LocalizedText, Source, definitionHeader } from './common';
import { VisibleWhen } from './form';
import { DocumentConnector, Handoff } from './connector';

export const ChannelType = Type.Union([
  Type.Literal('provider-office'),
  Type.Literal('public-service-centre'),
  Type.Literal('portal'),
  Type.Literal('post'),
  Type.Literal('internal'),
]);

const Hours = Type.Object(
  {
    text: LocalizedText,
    source: Type.Optional(Source),
  },
  { additionalProperties: false },
);

export const Channel = Type.Object(
  {
    id: Id,
    type: ChannelType,
    label: LocalizedText,
    /** the process this channel follows, by id */
    process: Id,
    /** when the channel receives applications, as the act words it */
    schedule: Type.Optional(Hours),
    /** how the result reaches the recipient on this channel */
    delivery: Type.Optional(LocalizedText),
    /**
     * The channel's own after-hours cut-off, local time: an application received at or after it,
     * or on a day off, counts from the next working day. Without it the calendar's reception end applies.
     */
    receivedUntil: Type.Optional(Type.Object({ time: ClockTime, source: Source }, { additionalProperties: false })),
    source: Type.Optional(Source),
  },
  { additionalProperties: false },
);

export type Channel = Static<typeof Channel>;

export const RequiredDocument = Type.Object(
  {
    id: Id,
    label: LocalizedText,
    required: Type.Boolean(),
    /** when the document is needed only in some cases, the case in words */
    condition: Type.Optional(LocalizedText),
    /**
     * The same case as data: asked only when the application form's field (a dotted key, as a field's
     * `visibleWhen`) has the value. The Desk lists it and the server requires it (if `required`) only then.
     */
    when: Type.Optional(VisibleWhen),
    /** the provider obtains it from an information system itself: the applicant is not asked */
    fetchedByProvider: Type.Optional(Type.Boolean()),
    fetchedFrom: Type.Optional(LocalizedText),
    /** the connector the provider obtains it through (issue 18) */
    connector: Type.Optional(DocumentConnector),
    /** channels on which it is asked for; all when absent */
    channels: Type.Optional(Type.Array(Id)),
    /** the form field where the applicant attaches or describes it */
    field: Type.Optional(Type.String()),
    source: Type.Optional(Source),
  },
  { additionalProperties: false },
);

export const Output = Type.Object(
  {
    id: Id,
    label: LocalizedText,
    template: Id,
    /** the process outcome on which it is issued (issued, refused…); any when absent */
    on: Type.Optional(Id),
    source: Type.Optional(Source),
  },
  { additionalProperties: false },
);

/**
 * Who a notice goes to: `applicant` at the address in the form field `applicantEmail` names,
 * `creator` the staff member who started the case, `assignee` the one who claimed it, `group`
 * every active member of the user groups the case's current step's actor names.
 */
export const NoticeRecipient = Type.Union([
  Type.Literal('applicant'),
  Type.Literal('creator'),
  Type.Literal('assignee'),
  Type.Literal('group'),
]);

/** Who is told of what by e-mail: the message text is the template `notice-<on>` (or `template`). */
export const Notice = Type.Object(
  {
    on: Type.Union([Type.Literal('submitted'), Type.Literal('decided'), Type.Literal('overdue')]),
    to: Type.Array(NoticeRecipient, { minItems: 1, uniqueItems: true }),
    template: Type.Optional(Id),
    source: Type.Optional(Source),
  },
  { additionalProperties: false },
);
export type NoticeRecipient = Static<typeof NoticeRecipient>;

export const ComplaintRoute = Type.Object(
  {
    id: Id,
    to: LocalizedText,
    /** the time to file it; none for a route the act gives no term (an appeal to a court under its own procedure) */
    term: Type.Optional(Duration),
    from: Type.Optional(Id),
    how: Type.Optional(LocalizedText),
    source: Type.Optional(Source),
  },
  { additionalProperties: false },
);

/** JSON pointer into the main form's data. */
const DataPointer = Type.String({ pattern: '^(/[^/]+)+$' });

/** How the case number reads: `<prefix>-<year>-<sequence>`, sequential per service and year. */
export const Numbering = Type.Object(
  { prefix: Type.String({ pattern: '^[A-Z0-9]{1,12}$' }) },
  { additionalProperties: false },
);

/**
 * Where the application names who applies, so the queue can show and search it: `name` is one
 * pointer or several joined by a space (surname, name, patronymic); `id` points at the IIN/BIN.
 * Either may list alternatives (the first given wins), e.g. a person's or an organisation's name.
 */
export const ApplicantPointers = Type.Object(
  {
    name: Type.Optional(
      Type.Array(Type.Array(DataPointer, { minItems: 1, maxItems: 5 }), { minItems: 1, maxItems: 5 }),
    ),
    id: Type.Optional(Type.Array(DataPointer, { minItems: 1, maxItems: 5 })),
  },
  { additionalProperties: false },
);
export type ApplicantPointers = Static<typeof ApplicantPointers>;

export const Service = Type.Object(
  {
    ...definitionHeader('service'),
    code: Type.Optional(Type.String()),
    provider: LocalizedText,
    providerSource: Type.Optional(Source),
    recipients: Type.Array(
      Type.Object({ id: Id, label: LocalizedText, source: Type.Optional(Source) }, { additionalProperties: false }),
    ),
    numbering: Type.Optional(Numbering),
    applicant: Type.Optional(ApplicantPointers),
    form: Id,
    /** extra forms filled in the course of the case (information form, survey…) */
    forms: Type.Optional(Type.Array(Id)),
    survey: Type.Optional(Id),
    calendar: Id,
    channels: Type.Array(Channel, { minItems: 1 }),
    cost: Type.Object(
      {
        free: Type.Boolean(),
        /** false when the act says nothing of the cost: then `free` makes no claim and no amount is given */
        stated: Type.Optional(Type.Boolean()),
        amount: Type.Optional(Type.Number({ minimum: 0 })),
        /** what the amount counts: tenge, or MRP valued per year by the budget law (see the kz-mrp dictionary) */
        unit: Type.Optional(Type.Union([Type.Literal('KZT'), Type.Literal('MRP')])),
        currency: Type.Optional(Type.String()),
        label: Type.Optional(LocalizedText),
        source: Type.Optional(Source),
      },
      { additionalProperties: false },
    ),
    schedule: Type.Optional(
      Type.Object(
        {
          workingHours: Type.Optional(Hours),
          receptionHours: Type.Optional(Hours),
          afterHours: Type.Optional(Hours),
        },
        { additionalProperties: false },
      ),
    ),
    result: Type.Optional(
      Type.Object({ label: LocalizedText, source: Type.Optional(Source) }, { additionalProperties: false }),
    ),
    documents: Type.Array(RequiredDocument),
    deadlines: Type.Array(Deadline),
    rulesets: Type.Array(Id),
    outputs: Type.Array(Output),
    complaints: Type.Array(ComplaintRoute),
    contacts: Type.Optional(LocalizedText),
    /**
     * What the act states about the service that no other field holds (the form it is rendered in,
     * where to enquire about the procedure and status, recourse to court), as the act words it.
     */
    statements: Type.Optional(
      Type.Array(Type.Object({ id: Id, text: LocalizedText, source: Source }, { additionalProperties: false }), {
        maxItems: 50,
      }),
    ),
    /** e-mail notices; none when absent */
    notices: Type.Optional(Type.Array(Notice)),
    /** the form field (dotted key) holding the applicant's e-mail address, for notices to the applicant */
    applicantEmail: Type.Optional(Type.String()),
    /** cases sent to downstream systems on process events (issue 18) */
    handoffs: Type.Optional(Type.Array(Handoff, { maxItems: 20 })),
  },
  { additionalProperties: false },
);
export type Service = Static<typeof Service>;
