import { Type } from '@sinclair/typebox';
import { AnyObject, BODY_ERRORS, Instant, json, Nullable, pathParam, queryParam, type RouteSpec } from './route';

/**
 * The connector routes' answers. Their request bodies are still written beside the routes
 * (server/routes/connectors.ts): the document names them, the server registers their schemas.
 */
export const ConnectorHost = Type.Object({ host: Type.String(), allowPrivate: Type.Boolean() });
/** One call of a connector, as recorded: its outputs when it answered, else why it failed. */
export const CallRecordView = Type.Object({
  connector: Type.String(),
  version: Nullable(Type.Integer()),
  at: Instant,
  attempts: Type.Integer(),
  ok: Type.Boolean(),
  status: Type.Optional(Type.Integer()),
  outputs: Type.Optional(AnyObject),
  failure: Type.Optional(Type.String()),
  message: Type.Optional(Type.String()),
});
export const PrefillAnswer = Type.Object({
  /** the data given, with the filled fields set; unchanged when the call failed */
  data: AnyObject,
  /** the field paths the register filled, which the Desk marks */
  filled: Type.Array(Type.String()),
  call: CallRecordView,
});

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

export const CONNECTOR_ROUTES: RouteSpec[] = [
  {
    method: 'get',
    path: '/api/connector-hosts',
    summary: 'Hosts connectors may reach (admins)',
    tag: 'connectors',
    responses: { 200: json('[{host, allowPrivate}]', Type.Array(ConnectorHost)) },
  },
  {
    method: 'put',
    path: '/api/connector-hosts',
    summary: 'Allow a host; allowPrivate opens loopback and private addresses for it (admins)',
    tag: 'connectors',
    body: { schema: ref('ConnectorHostBody') },
    responses: { 200: json('{host, allowPrivate}', ConnectorHost), ...BODY_ERRORS },
  },
  {
    method: 'delete',
    path: '/api/connector-hosts/{host}',
    summary: 'Remove a host (admins)',
    tag: 'connectors',
    parameters: [pathParam('host')],
    responses: { 204: { description: 'removed' } },
  },
  {
    method: 'get',
    path: '/api/connector-credentials',
    summary: 'Credential names and who set them; never a value (admins)',
    tag: 'connectors',
    responses: { 200: json('[{name}]', Type.Array(Type.Object({ name: Type.String() }))) },
  },
  {
    method: 'put',
    path: '/api/connector-credentials/{name}',
    summary: 'Store a credential sealed with QAGIDA_CREDENTIAL_KEY (admins)',
    tag: 'connectors',
    parameters: [pathParam('name')],
    body: { schema: ref('CredentialBody') },
    responses: {
      200: json('{name}', Type.Object({ name: Type.String() })),
      409: 'the server has no credential key',
      ...BODY_ERRORS,
    },
  },
  {
    method: 'post',
    path: '/api/cases/{id}/prefill',
    summary:
      "Fill a draft case's fields from a register through the pinned form's prefill; a failed call is a 200 with call.ok false",
    tag: 'connectors',
    parameters: [pathParam('id')],
    body: { schema: ref('PrefillBody') },
    responses: {
      200: json('{data, filled, call}', PrefillAnswer),
      404: 'no case or no such prefill',
      409: 'submitted',
      ...BODY_ERRORS,
    },
  },
  {
    method: 'get',
    path: '/api/cases/{id}/connector-calls',
    summary: 'Every connector call recorded for the case: prefills, facts, documents',
    tag: 'connectors',
    parameters: [pathParam('id')],
    responses: { 200: json('calls', Type.Array(AnyObject)), 404: 'no case' },
  },
  {
    method: 'post',
    path: '/api/cases/{id}/fetched-documents/{document}',
    summary: 'Obtain again a document the provider fetches through a connector',
    tag: 'connectors',
    parameters: [pathParam('id'), pathParam('document')],
    responses: {
      200: json('{document, call}', Type.Object({ document: Type.Unknown(), call: CallRecordView })),
      404: 'no case or no such document',
    },
  },
  {
    method: 'get',
    path: '/api/handoffs',
    summary: 'Hand-offs to downstream systems (admins)',
    tag: 'connectors',
    parameters: [queryParam('status', 'failed, pending or sent')],
    responses: { 200: json('hand-offs', Type.Array(AnyObject)), 400: 'unknown status' },
  },
  {
    method: 'post',
    path: '/api/connectors/try',
    summary: "Call a connector draft with sample inputs: the designer's try it (analysts, admins)",
    tag: 'connectors',
    body: { schema: ref('TryConnectorBody') },
    responses: { 200: json('call record', CallRecordView), ...BODY_ERRORS },
  },
];
