import type { Request, RequestHandler } from 'express';
import { API_ROUTES, type RouteSpec } from '../../runtime/api/index';
import { ErrorBody } from '../../runtime/api/errors';
import { compileSchema, toDefinitionErrors } from '../../runtime/definitions/ajv';

type Validator = ReturnType<typeof compileSchema>;

/** `/api/cases/{id}` and `/api/cases/:id` alike: a path with its parameters' names left out. */
const shapeOf = (path: string) => path.replace(/\{[^}]+\}/g, '{}').replace(/:[^/]+/g, '{}');

/** The express routes that answered: one path, or the several one handler serves. */
function routePaths(req: Request): string[] {
  const path = (req.route as { path?: unknown } | undefined)?.path;
  const paths = Array.isArray(path) ? path : [path];
  return paths.filter((p): p is string => typeof p === 'string').map((p) => req.baseUrl + p);
}

/**
 * Checks every JSON answer against the API contract (runtime/api): a 2xx against the schema its
 * route names for that status, an error against ErrorBody. Used in tests, where the whole suite is
 * the corpus: an answer that breaks the contract, or a route the contract lacks, becomes a 500
 * naming the route, so the test that provoked it fails and says why.
 */
export function responseContract(routes: readonly RouteSpec[] = API_ROUTES): RequestHandler {
  const byShape = new Map(routes.map((r) => [`${r.method.toUpperCase()} ${shapeOf(r.path)}`, r]));
  const validators = new Map<object, Validator>();
  const validatorOf = (schema: object): Validator => {
    const known = validators.get(schema);
    if (known) return known;
    const validator = compileSchema(schema);
    validators.set(schema, validator);
    return validator;
  };

  function problemOf(req: Request, status: number, body: unknown): string | null {
    if (status >= 400) {
      const validator = validatorOf(ErrorBody);
      return validator(body) ? null : `an error answer is not ErrorBody: ${JSON.stringify(validator.errors)}`;
    }
    const paths = routePaths(req);
    const spec = paths.map((p) => byShape.get(`${req.method} ${shapeOf(p)}`)).find((s) => s !== undefined);
    const name = `${req.method} ${paths[0] ?? req.originalUrl.split('?')[0]}`;
    if (!spec) return `route ${name} has no response schema (add it to runtime/api)`;
    const answer = spec.responses[status];
    if (typeof answer !== 'object' || !answer.schema)
      return `route ${name} has no response schema for status ${status} (add it to runtime/api)`;
    const validator = validatorOf(answer.schema);
    if (validator(body)) return null;
    const details = toDefinitionErrors(validator.errors).slice(0, 10);
    return `route ${name} answered ${status} outside its schema: ${details.map((d) => `${d.path} ${d.message}`).join('; ')}`;
  }

  return (req, res, next) => {
    const json = res.json.bind(res);
    res.json = (body: unknown) => {
      const problem = problemOf(req, res.statusCode, body);
      if (problem === null) return json(body);
      console.error(`response contract: ${problem}`);
      res.status(500);
      return json({ error: { code: 'RESPONSE_CONTRACT', message: problem, details: [] } });
    };
    next();
  };
}
