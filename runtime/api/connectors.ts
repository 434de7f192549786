import { Type } from '@sinclair/typebox';
import { AnyObject, BODY_ERRORS, Instant, json, Nullable, pathParam, queryParam, route, type RouteSpec } from './route';

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
  route('GET /api/connector-hosts', 'connectors', 'Hosts connectors may reach (admins)', {
    responses: { 200: json('[{host, allowPrivate}]', Type.Array(ConnectorHost)) },
  }),
  route(
    'PUT /api/connector-hosts',
    'connectors',
    'Allow a host; allowPrivate opens loopback and private addresses for it (admins)',
    {
      body: { schema: ref('ConnectorHostBody') },
      responses: { 200: json('{host, allowPrivate}', ConnectorHost), ...BODY_ERRORS },
    },
  ),
  route('DELETE /api/connector-hosts/{host}', 'connectors', 'Remove a host (admins)', {
    parameters: [pathParam('host')],
    responses: { 204: { description: 'removed' } },
  }),
  route('GET /api/connector-credentials', 'connectors', 'Credential names and who set them; never a value (admins)', {
    responses: { 200: json('[{name}]', Type.Array(Type.Object({ name: Type.String() }))) },
  }),
  route(
    'PUT /api/connector-credentials/{name}',
    'connectors',
    'Store a credential sealed with QAGIDA_CREDENTIAL_KEY (admins)',
    {
      parameters: [pathParam('name')],
      body: { schema: ref('CredentialBody') },
      responses: {
        200: json('{name}', Type.Object({ name: Type.String() })),
        409: 'the server has no credential key',
        ...BODY_ERRORS,
      },
    },
  ),
  route(
    'DELETE /api/connector-credentials/{name}',
    'connectors',
    'Delete a stored credential; connectors fall back to the environment (admins)',
    {
      parameters: [pathParam('name')],
      responses: { 204: { description: 'deleted' }, 404: 'no stored credential of that name' },
    },
  ),
  route(
    'POST /api/cases/{id}/prefill',
    'connectors',
    "Fill a draft case's fields from a register through the pinned form's prefill; a failed call is a 200 with call.ok false",
    {
      parameters: [pathParam('id')],
      body: { schema: ref('PrefillBody') },
      responses: {
        200: json('{data, filled, call}', PrefillAnswer),
        404: 'no case or no such prefill',
        409: 'submitted',
        ...BODY_ERRORS,
      },
    },
  ),
  route(
    'GET /api/cases/{id}/connector-calls',
    'connectors',
    'Every connector call recorded for the case: prefills, facts, documents',
    { parameters: [pathParam('id')], responses: { 200: json('calls', Type.Array(AnyObject)), 404: 'no case' } },
  ),
  route(
    'POST /api/cases/{id}/fetched-documents/{document}',
    'connectors',
    'Obtain again a document the provider fetches through a connector',
    {
      parameters: [pathParam('id'), pathParam('document')],
      responses: {
        200: json('{document, call}', Type.Object({ document: Type.Unknown(), call: CallRecordView })),
        404: 'no case or no such document',
      },
    },
  ),
  route('GET /api/handoffs', 'connectors', 'Hand-offs to downstream systems (admins)', {
    parameters: [queryParam('status', 'failed, pending or sent')],
    responses: { 200: json('hand-offs', Type.Array(AnyObject)), 400: 'unknown status' },
  }),
  route(
    'POST /api/connectors/try',
    'connectors',
    "Call a connector draft with sample inputs: the designer's try it (analysts, admins)",
    {
      body: { schema: ref('TryConnectorBody') },
      responses: { 200: json('call record', CallRecordView), ...BODY_ERRORS },
    },
  ),
];
