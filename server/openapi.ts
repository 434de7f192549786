import type { TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { API_ROUTES, API_SCHEMAS, type Answer, type RouteSpec } from '../runtime/api/index';
import { DeadlineExplanation } from '../runtime/calendar/index';
import { KINDS, SCHEMAS } from '../runtime/definitions/index';
import { ConnectorHostBody, CredentialBody, PrefillBody, TryConnectorBody } from './routes/connectors';

type Json = Record<string, unknown>;

const plain = (schema: unknown): Json => JSON.parse(JSON.stringify(schema)) as Json;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** Schemas written beside their routes (connectors) and elsewhere in runtime, named in the document too. */
const EXTRA_SCHEMAS: Record<string, TSchema> = {
  DeadlineExplanation,
  ConnectorHostBody,
  CredentialBody,
  PrefillBody,
  TryConnectorBody,
};

const AUTH_ERRORS = { 401: 'no credentials', 403: 'the role may not do this' };

/** A named schema is referenced, any other given inline: the same object is the same component. */
function schemaRef(schema: TSchema | Json, names: Map<unknown, string>): Json {
  const name = names.get(schema);
  return name ? ref(name) : plain(schema);
}

/** An answer's example: the schema's own, else one TypeBox makes from the schema (zero values). */
function exampleOf(schema: TSchema): unknown {
  const given = (schema as { examples?: unknown[] }).examples;
  if (Array.isArray(given) && given.length > 0) return given[0];
  try {
    return Value.Create(schema);
  } catch {
    return undefined;
  }
}

function response(answer: Answer | string, names: Map<unknown, string>): Json {
  if (typeof answer === 'string')
    return { description: answer, content: { 'application/json': { schema: ref('ErrorBody') } } };
  if (!answer.schema)
    return answer.contentType
      ? { description: answer.description, content: { [answer.contentType]: { schema: { type: 'string' } } } }
      : { description: answer.description };
  const example = exampleOf(answer.schema);
  return {
    description: answer.description,
    content: {
      [answer.contentType ?? 'application/json']: {
        schema: schemaRef(answer.schema, names),
        ...(example === undefined ? {} : { example }),
      },
    },
  };
}

function operation(route: RouteSpec, names: Map<unknown, string>): Json {
  const answers = { ...route.responses, ...(route.public ? {} : AUTH_ERRORS) };
  return {
    summary: route.summary,
    tags: [route.tag],
    ...(route.public ? { security: [] } : {}),
    ...(route.parameters ? { parameters: route.parameters } : {}),
    ...(route.body
      ? {
          requestBody: {
            required: route.body.required ?? true,
            content: {
              [route.body.contentType ?? 'application/json']: { schema: schemaRef(route.body.schema, names) },
            },
          },
        }
      : {}),
    responses: Object.fromEntries(Object.entries(answers).map(([status, a]) => [status, response(a, names)])),
  };
}

/** The paths of the document, one per route of the contract (runtime/api). */
function pathsOf(routes: readonly RouteSpec[], names: Map<unknown, string>): Json {
  const paths: Record<string, Json> = {};
  for (const route of routes) (paths[route.path] ??= {})[route.method] = operation(route, names);
  return paths;
}

/**
 * The OpenAPI document, assembled from the API contract (runtime/api): the same TypeBox schemas
 * validate the definitions, the request bodies and, in tests, every answer.
 */
export function openApiDocument(): Json {
  const named: Record<string, TSchema> = { ...SCHEMAS, ...API_SCHEMAS, ...EXTRA_SCHEMAS };
  const names = new Map<unknown, string>(Object.entries(named).map(([name, schema]) => [schema, name]));
  return {
    openapi: '3.1.0',
    info: {
      title: 'Qagida API',
      version: '0.1.0',
      description:
        'Definitions, cases, rules and calendars of public services. Error messages follow Accept-Language (kk, ru, en; English by default); `code` and `path` never change with the language.',
    },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }, { cookie: [] }],
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer' },
        cookie: { type: 'apiKey', in: 'cookie', name: 'qagida_session' },
      },
      schemas: {
        ...Object.fromEntries(Object.entries(named).map(([name, schema]) => [name, plain(schema)])),
        Definition: { oneOf: KINDS.map((kind) => ref(kind)) },
      },
    },
    paths: pathsOf(API_ROUTES, names),
  };
}
