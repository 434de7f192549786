import { Kind, type TSchema } from '@sinclair/typebox';
import * as admin from './admin';
import * as caseFiles from './caseFiles';
import * as cases from './cases';
import * as connectors from './connectors';
import * as definitions from './definitions';
import * as dryRuns from './dryRuns';
import { ErrorBody } from './errors';
import type { RouteSpec } from './route';
import * as system from './system';
import * as users from './users';

/**
 * The API contract: every route with what it takes and answers. The server's OpenAPI document is
 * assembled from it and, in tests, every JSON answer is checked against it; the designer imports
 * the types. A route the server has and this list lacks is reported as having no response schema.
 */
export const API_ROUTES: readonly RouteSpec[] = [
  ...system.SYSTEM_ROUTES,
  ...users.AUTH_ROUTES,
  ...definitions.DEFINITION_ROUTES,
  ...dryRuns.DRY_RUN_ROUTES,
  ...cases.CASE_ROUTES,
  ...caseFiles.CASE_FILE_ROUTES,
  ...admin.ADMIN_ROUTES,
  ...users.USER_ROUTES,
  ...connectors.CONNECTOR_ROUTES,
];

const isSchema = (value: unknown): value is TSchema =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Kind in value;

/** Every schema the resource files export, by name: the document's components, which its routes $ref. */
export const API_SCHEMAS: Readonly<Record<string, TSchema>> = Object.fromEntries(
  [system, users, definitions, dryRuns, cases, caseFiles, admin, connectors, { ErrorBody }].flatMap((module) =>
    Object.entries(module).filter((entry): entry is [string, TSchema] => isSchema(entry[1])),
  ),
);

export type { RouteSpec, Answer, Method, Param } from './route';
