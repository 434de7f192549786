import { Type, type Static } from '@sinclair/typebox';
import { LocalizedText, Source, definitionHeader } from './common';

/** An input's or output's name, like a form field's key (form.ts is not imported: it imports Prefill from here). */
const FieldKey = Type.String({ pattern: '^[A-Za-z][A-Za-z0-9_]{0,63}$' });

/** A JSON pointer into a request's inputs or a register's answer ("" is the whole document). */
export const Pointer = Type.String({ pattern: '^(/[^/]*)*$', maxLength: 500 });

/**
 * A credential's name: the administrator sets its value on the server
 * (QAGIDA_CREDENTIAL_<NAME>); definitions never hold a secret.
 */
export const CredentialName = Type.String({ pattern: '^[A-Z][A-Z0-9_]{0,63}$' });

/** One value the connector needs, e.g. the IIN it looks up; a URL template names it as {iin}. */
export const ConnectorInput = Type.Object(
  {
    name: FieldKey,
    label: LocalizedText,
    /** a regular expression the value must match before any call is made (an IIN has 12 digits) */
    pattern: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);
export type ConnectorInput = Static<typeof ConnectorInput>;

/** One value the connector gives, read from the answer by a JSON pointer; forms and facts map it by name. */
export const ConnectorOutput = Type.Object(
  {
    name: FieldKey,
    label: LocalizedText,
    from: Pointer,
    source: Type.Optional(Source),
  },
  { additionalProperties: false },
);
export type ConnectorOutput = Static<typeof ConnectorOutput>;

export const CONNECTOR_METHODS = ['GET', 'POST'] as const;

/**
 * An HTTP JSON call to a register or a downstream system: a URL template filled
 * from inputs, a timeout, retries, and the shape of the answer as JSON Schema.
 * The server refuses hosts outside the administrator's allowlist, whatever the URL says.
 */
export const Connector = Type.Object(
  {
    ...definitionHeader('connector'),
    method: Type.String({ enum: [...CONNECTOR_METHODS] }),
    /** https://host/path/{input}: each {name} is an input, percent-encoded when filled */
    url: Type.String({ pattern: '^https?://[^\\s/?#{}]+(/[^\\s]*)?$', maxLength: 2000 }),
    /** fixed request headers; a credential is added by the server, never written here */
    headers: Type.Optional(
      Type.Record(Type.String({ pattern: '^[A-Za-z0-9-]{1,64}$' }), Type.String({ maxLength: 500 })),
    ),
    credential: Type.Optional(
      Type.Object(
        {
          name: CredentialName,
          /** the header that carries it, e.g. Authorization */
          header: Type.String({ pattern: '^[A-Za-z0-9-]{1,64}$' }),
          /** a prefix such as "Bearer " */
          prefix: Type.Optional(Type.String({ maxLength: 40 })),
        },
        { additionalProperties: false },
      ),
    ),
    inputs: Type.Array(ConnectorInput, { maxItems: 50 }),
    /** for POST: the JSON body, with "{name}" strings replaced by inputs */
    body: Type.Optional(Type.Unknown()),
    timeoutMs: Type.Integer({ minimum: 100, maximum: 60000 }),
    retries: Type.Integer({ minimum: 0, maximum: 5 }),
    /** the largest answer accepted, in bytes */
    maxResponseBytes: Type.Optional(Type.Integer({ minimum: 100, maximum: 10_000_000 })),
    /** JSON Schema the answer must satisfy before anything is read from it */
    responseSchema: Type.Record(Type.String(), Type.Unknown()),
    outputs: Type.Array(ConnectorOutput, { maxItems: 200 }),
    /** inputs for the designer's "try it" */
    sample: Type.Optional(Type.Record(Type.String(), Type.String())),
  },
  { additionalProperties: false },
);
export type Connector = Static<typeof Connector>;

/**
 * A form's use of a connector: which form fields feed its inputs and which
 * fields its outputs fill; on case start, or from a button beside `button`.
 */
export const Prefill = Type.Object(
  {
    connector: Type.String({ pattern: '^[a-z0-9][a-z0-9._-]{0,79}$' }),
    on: Type.Union([Type.Literal('start'), Type.Literal('button')]),
    /** the field the button stands beside (usually the one holding the input), for on = button */
    button: Type.Optional(Type.String({ pattern: '^[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)*$' })),
    /** input name → field path (dot-separated keys) the value is read from */
    inputs: Type.Record(FieldKey, Type.String({ pattern: '^[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)*$' })),
    /** output name → field path it fills */
    fill: Type.Record(FieldKey, Type.String({ pattern: '^[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)*$' })),
  },
  { additionalProperties: false },
);
export type Prefill = Static<typeof Prefill>;

/** Where a hand-off input comes from: a form field (data.<dotted key>) or the case (case.id, case.number, case.outcome, case.service). */
export const CaseValuePath = Type.String({
  pattern:
    '^(data\\.[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)*|case\\.(id|number|outcome|service|channel|status))$',
});

export const HANDOFF_EVENTS = ['submitted', 'decided'] as const;

/**
 * A hand-off: when the case reaches `on`, the mapped case is sent to a downstream system through
 * the connector, from an outbox, with an idempotency key, so a crash neither loses nor repeats it.
 * `on` is "submitted", "decided" or the id of a step of the service's processes: entering it
 * (each time, auto steps passed through included), as deadlines count from a step.
 */
export const Handoff = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z0-9][a-z0-9._-]{0,79}$' }),
    on: Type.String({
      pattern: '^[a-z0-9][a-z0-9._-]{0,79}$',
      description: 'submitted, decided, or a step id of the service processes (entering it)',
    }),
    connector: Type.String({ pattern: '^[a-z0-9][a-z0-9._-]{0,79}$' }),
    /** connector input name → where its value comes from */
    inputs: Type.Record(FieldKey, CaseValuePath),
  },
  { additionalProperties: false },
);
export type Handoff = Static<typeof Handoff>;

/**
 * A ruleset fact the server fetches through a connector at submission, or at the action `at` (declared `from: "input"`):
 * the named output, or without `output` the call's status ("ok", "unavailable", "timeout",
 * "not-found"…), so a rule can decide what a register failure means. Recorded with the case;
 * actions and impact previews reuse the recorded value, never a new call.
 */
export const ConnectorFact = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z0-9][a-z0-9._-]{0,79}$' }),
    inputs: Type.Record(FieldKey, CaseValuePath),
    output: Type.Optional(FieldKey),
    /**
     * the process action at which it is fetched (before that action's rules run) instead of at
     * submission: for what the register can only know later, e.g. a benefit granted meanwhile
     */
    at: Type.Optional(Type.String({ pattern: '^[a-z0-9][a-z0-9._-]{0,79}$' })),
  },
  { additionalProperties: false },
);
export type ConnectorFact = Static<typeof ConnectorFact>;

/** A required document the provider obtains itself through a connector at submission; staff can retry it. */
export const DocumentConnector = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z0-9][a-z0-9._-]{0,79}$' }),
    inputs: Type.Record(FieldKey, CaseValuePath),
  },
  { additionalProperties: false },
);
export type DocumentConnector = Static<typeof DocumentConnector>;
