import { Type, type TSchema } from '@sinclair/typebox';

/**
 * What one route of the API takes and answers: the OpenAPI document is assembled from these, and in
 * tests every JSON answer a route gives is checked against the schema its status names here.
 */
export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface Param {
  name: string;
  in: 'path' | 'query' | 'header';
  description?: string;
  required?: boolean;
  schema?: Record<string, unknown>;
}

/** A successful answer: JSON of `schema`, or another content type (HTML, CSV, a file) described only. */
export interface Answer {
  description: string;
  schema?: TSchema;
  /** default application/json when a schema is given */
  contentType?: string;
}

export interface RouteSpec {
  method: Method;
  /** as OpenAPI writes it: /api/cases/{id} */
  path: string;
  summary: string;
  tag: string;
  /** answers without a session (no 401/403) */
  public?: boolean;
  parameters?: Param[];
  body?: { schema: TSchema | Record<string, unknown>; required?: boolean; contentType?: string };
  /** a string is an error's description: its body is ErrorBody */
  responses: Record<number, Answer | string>;
}

export const pathParam = (name: string, description = name): Param => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string' },
});
export const queryParam = (
  name: string,
  description: string,
  schema: Record<string, unknown> = { type: 'string' },
): Param => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
});
export const ifMatch: Param = { name: 'If-Match', in: 'header', required: false, schema: { type: 'string' } };

export const json = (description: string, schema: TSchema): Answer => ({ description, schema });

export const BODY_ERRORS = {
  400: 'malformed JSON',
  413: 'body over 2 MB',
  422: 'invalid body, with pointers',
} as const;

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
/** text per language: kk, ru, en */
export const Label = Type.Record(Type.String(), Type.String(), { description: 'text per language: kk, ru, en' });
/** any JSON object: data whose shape a definition gives (form data, facts, answers) */
export const AnyObject = Type.Record(Type.String(), Type.Unknown());
export const Instant = Type.String({ description: 'ISO 8601 instant' });

/** One route of the contract, its method and path written as a request line: `route('GET /api/cases', 'cases', 'The queue', {…})`. */
export function route(
  line: `${Uppercase<Method>} /api${string}`,
  tag: string,
  summary: string,
  rest: Omit<RouteSpec, 'method' | 'path' | 'tag' | 'summary'>,
): RouteSpec {
  const [method, path] = line.split(' ') as [string, string];
  return { method: method.toLowerCase() as Method, path, summary, tag, ...rest };
}
