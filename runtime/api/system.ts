import { Type } from '@sinclair/typebox';
import { json, route, type RouteSpec } from './route';

export const Health = Type.Object(
  { status: Type.Literal('ok'), database: Type.String(), time: Type.String() },
  { examples: [{ status: 'ok', database: 'sqlite', time: '2026-03-02T09:00:00.000Z' }] },
);
export const Readiness = Type.Object(
  {
    status: Type.Union([Type.Literal('ready'), Type.Literal('not-ready')]),
    database: Type.Optional(Type.String()),
    error: Type.Optional(
      Type.Object({ code: Type.String(), message: Type.String(), details: Type.Array(Type.Unknown()) }),
    ),
  },
  { examples: [{ status: 'ready', database: 'sqlite' }] },
);

export const SYSTEM_ROUTES: RouteSpec[] = [
  route('GET /api/health', 'system', 'Health of the server and its database', {
    public: true,
    responses: { 200: json('healthy', Health) },
  }),
  route('GET /api/ready', 'system', 'Readiness: the database answers and no migration is pending', {
    public: true,
    responses: {
      200: json('ready', Readiness),
      503: json('not ready: DATABASE_UNREACHABLE or MIGRATIONS_PENDING', Readiness),
    },
  }),
  route('GET /api/metrics', 'system', 'Prometheus metrics (administrators)', {
    responses: { 200: { description: 'Prometheus text format', contentType: 'text/plain' } },
  }),
  route('GET /api/openapi.json', 'system', 'This document', {
    public: true,
    responses: {
      200: json(
        'OpenAPI 3.1',
        Type.Object({ openapi: Type.String(), paths: Type.Record(Type.String(), Type.Unknown()) }),
      ),
    },
  }),
];
