import { Type, type Static } from '@sinclair/typebox';
import { LocalizedText } from '../definitions/common';
import { KINDS } from '../definitions/kinds';
import { ChangeSchema } from './jsonDiff';
import {
  AnyObject,
  BODY_ERRORS,
  ifMatch,
  json,
  Nullable,
  pathParam,
  queryParam,
  route,
  type Param,
  type RouteSpec,
} from './route';

const KindName = Type.String({ description: 'the kind of definition: service, form, process, …' });

/** One row of the library: the latest published version of a definition, and its draft if any. */
export const DefinitionSummary = Type.Object(
  {
    kind: KindName,
    id: Type.String(),
    /** the definition's title, per language; null where it has none */
    title: Nullable(LocalizedText),
    /** the latest published version; null while only a draft exists */
    version: Nullable(Type.Integer()),
    publishedAt: Nullable(Type.String()),
    /** the draft's revision; null when there is no draft */
    draftRevision: Nullable(Type.Integer()),
  },
  {
    examples: [
      {
        kind: 'service',
        id: 'birth-registration',
        title: { kk: 'Баланың тууын тіркеу', ru: 'Регистрация рождения ребенка', en: 'Registration of a birth' },
        version: 3,
        publishedAt: '2026-03-02T09:00:00.000Z',
        draftRevision: null,
      },
    ],
  },
);
export type DefinitionSummary = Static<typeof DefinitionSummary>;
export const DefinitionList = Type.Object({ definitions: Type.Array(DefinitionSummary) });
export type DefinitionList = Static<typeof DefinitionList>;

/** A definition as stored: a published version or the draft, with who and when. */
export const DefinitionView = Type.Object(
  {
    kind: KindName,
    id: Type.String(),
    version: Nullable(Type.Integer()),
    status: Type.Union([Type.Literal('draft'), Type.Literal('published')]),
    /** the draft's revision (If-Match on the next save); null for a published version */
    revision: Nullable(Type.Integer()),
    author: Type.String(),
    publishedAt: Nullable(Type.String()),
    updatedAt: Type.String(),
    definition: AnyObject,
  },
  {
    examples: [
      {
        kind: 'calendar',
        id: 'kz-2026',
        version: null,
        status: 'draft',
        revision: 4,
        author: 'analyst',
        publishedAt: null,
        updatedAt: '2026-03-02T09:00:00.000Z',
        definition: { kind: 'calendar', id: 'kz-2026' },
      },
    ],
  },
);
export type DefinitionView = Static<typeof DefinitionView>;

export const PublishBody = Type.Object(
  { baseRevision: Type.Optional(Type.Integer({ minimum: 0 })) },
  { additionalProperties: false },
);
export const DeletedDraft = Type.Object({
  kind: KindName,
  id: Type.String(),
  revision: Type.Integer(),
  /** the latest published version that remains; null when none was ever published */
  latestVersion: Nullable(Type.Integer()),
});
export type DeletedDraft = Static<typeof DeletedDraft>;

/** One entry of a definition's history: a published version, or the draft; its digest, not its body. */
export const VersionEntry = Type.Composite([
  Type.Omit(DefinitionView, ['kind', 'id', 'definition']),
  Type.Object({ digest: Type.String() }),
]);
export type VersionEntry = Static<typeof VersionEntry>;
export const VersionList = Type.Object({ versions: Type.Array(VersionEntry) });

export const DefinitionDiff = Type.Object({
  kind: KindName,
  id: Type.String(),
  from: Type.String(),
  to: Type.String(),
  changes: Type.Array(ChangeSchema),
});

export const FormJsonSchema = Type.Object({
  id: Type.String(),
  version: Nullable(Type.Integer()),
  lang: Type.String(),
  /** JSON Schema draft 7 */
  schema: AnyObject,
  /** @rjsf/core uiSchema */
  uiSchema: AnyObject,
});

const kindParam: Param = { name: 'kind', in: 'path', required: true, schema: { type: 'string', enum: KINDS } };
/** every definition kind's schema, by name in the document's components */
const anyDefinition = { oneOf: KINDS.map((kind) => ({ $ref: `#/components/schemas/${kind}` })) };

export const DEFINITION_ROUTES: RouteSpec[] = [
  route('GET /api/definitions', 'definitions', 'Latest published version of each definition, and drafts', {
    parameters: [queryParam('kind', 'only this kind', { type: 'string', enum: KINDS })],
    responses: { 200: json('definitions', DefinitionList), 404: 'unknown kind' },
  }),
  route('GET /api/definitions/{kind}/{id}', 'definitions', 'A definition: latest published, a version, or the draft', {
    parameters: [
      kindParam,
      pathParam('id'),
      queryParam('version', 'a published version', { type: 'integer' }),
      queryParam('draft', '1 for the draft'),
    ],
    responses: { 200: json('the definition', DefinitionView), 404: 'unknown kind, id or version' },
  }),
  route(
    'PUT /api/definitions/{kind}/{id}/draft',
    'definitions',
    'Save a draft (the definition, or {definition, baseRevision}); If-Match guards against stale saves',
    {
      parameters: [kindParam, pathParam('id'), ifMatch],
      body: { schema: anyDefinition },
      responses: {
        200: json('the saved draft', DefinitionView),
        404: 'unknown kind',
        409: 'stale draft',
        ...BODY_ERRORS,
      },
    },
  ),
  route(
    'DELETE /api/definitions/{kind}/{id}/draft',
    'definitions',
    'Delete the draft (audited); the published versions stay, none is ever deleted. If-Match guards against deleting a newer save',
    {
      parameters: [kindParam, pathParam('id'), ifMatch],
      responses: {
        200: json('what was deleted, and the latest published version that remains', DeletedDraft),
        404: 'no draft',
        409: 'stale draft',
      },
    },
  ),
  route(
    'GET /api/forms/{id}/json-schema',
    'definitions',
    "A form's generated JSON Schema (draft 7) and @rjsf/core uiSchema, titled in ?lang=; ?download=1 as a file",
    {
      parameters: [
        pathParam('id'),
        queryParam('lang', 'kk, ru or en (default en)'),
        queryParam('version', 'a published version', { type: 'integer' }),
        queryParam('draft', '1 for the draft'),
        queryParam('download', '1 to answer as a file'),
      ],
      responses: {
        200: json('{id, version, lang, schema, uiSchema}', FormJsonSchema),
        400: 'bad lang or version',
        404: 'no such form',
      },
    },
  ),
  route(
    'POST /api/definitions/{kind}/{id}/publish',
    'definitions',
    'Publish the draft as the next version; takes effect at once on every instance',
    {
      parameters: [kindParam, pathParam('id'), ifMatch],
      body: { schema: PublishBody, required: false },
      responses: {
        201: json('the published version', DefinitionView),
        404: 'no draft',
        409: 'stale draft',
        422: 'does not agree with the published definitions',
      },
    },
  ),
  route('GET /api/definitions/{kind}/{id}/versions', 'definitions', 'Version history', {
    parameters: [kindParam, pathParam('id')],
    responses: { 200: json('versions', VersionList), 404: 'unknown' },
  }),
  route('GET /api/definitions/{kind}/{id}/diff', 'definitions', 'Changes between two versions (numbers or "draft")', {
    parameters: [
      kindParam,
      pathParam('id'),
      queryParam('from', 'version or draft'),
      queryParam('to', 'version or draft'),
    ],
    responses: {
      200: json('changes as JSON pointers', DefinitionDiff),
      400: 'missing from/to',
      404: 'unknown version',
    },
  }),
];
