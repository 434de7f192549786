import type { Definition, DefinitionError } from '../../../runtime/definitions/types';
import { ApiError, asList, request } from './api';

export type { Definition, DefinitionError };

/** One row of the library: a definition and where it stands. */
export interface DefinitionSummary {
  kind: string;
  id: string;
  title?: Record<string, string | undefined>;
  /** the latest published version; absent while only a draft exists */
  version?: number;
  hasDraft: boolean;
}

export interface Loaded<D = Definition> {
  definition: D;
  revision?: string;
  /** true when `definition` is the unpublished draft */
  draft: boolean;
  version?: number;
}

export interface VersionEntry {
  version: number;
  publishedAt?: string;
  publishedBy?: string;
}

const base = (kind: string, id: string) => `/api/definitions/${encodeURIComponent(kind)}/${encodeURIComponent(id)}`;

function summaryOf(row: Record<string, unknown>, kind: string): DefinitionSummary {
  const inner = (row.definition ?? row.body ?? row.content ?? row) as Record<string, unknown>;
  const version = [row.version, row.latestVersion, row.publishedVersion, inner.version].find(
    (v): v is number => typeof v === 'number' && v > 0,
  );
  const status = typeof row.status === 'string' ? row.status : undefined;
  return {
    kind: String(row.kind ?? inner.kind ?? kind),
    id: String(row.id ?? inner.id),
    title: (row.title ?? inner.title) as DefinitionSummary['title'],
    version: status === 'draft' && !row.latestVersion && !row.publishedVersion ? undefined : version,
    hasDraft:
      row.draftRevision !== undefined ? row.draftRevision !== null : Boolean(row.hasDraft ?? status === 'draft'),
  };
}

export async function listDefinitions(kind: string): Promise<DefinitionSummary[]> {
  const { body } = await request<unknown>(`/api/definitions?kind=${encodeURIComponent(kind)}`);
  return asList<Record<string, unknown>>(body, 'definitions').map((row) => summaryOf(row, kind));
}

function unwrap(body: unknown): { definition: Definition; revision?: string; version?: number } {
  const row = body as Record<string, unknown>;
  const definition = (
    row.kind && row.id && !row.definition ? row : (row.definition ?? row.body ?? row.content)
  ) as Definition;
  const revision = row.revision ?? row.rev;
  const version = typeof row.version === 'number' ? row.version : definition?.version;
  return { definition, revision: revision === undefined || revision === null ? undefined : String(revision), version };
}

/** The store's revision: from the body, else from an ETag that carries one (a weak ETag of the bytes does not). */
function revisionFrom(headers: Headers, fromBody?: string): string | undefined {
  if (fromBody !== undefined && fromBody !== 'null') return fromBody;
  const etag = headers.get('ETag');
  return etag && /^"?\d+"?$/.test(etag) ? etag.replace(/"/g, '') : undefined;
}

/**
 * The draft when one exists, else the latest published version. The library row
 * says which exists, so no request is made that must fail (a 404 the console would show).
 */
export async function loadForEditing(kind: string, id: string): Promise<Loaded> {
  const row = (await listDefinitions(kind)).find((r) => r.id === id);
  if (!row) throw new ApiError(404, 'NOT_FOUND', `no ${kind} "${id}"`);
  const { body, headers } = await request<unknown>(row.hasDraft ? `${base(kind, id)}?draft=1` : base(kind, id));
  const found = unwrap(body);
  // The store assigns versions on publish. An edited copy that kept its version would stand, in the
  // runtime's caches (engines, calendars, validators keyed by id@version), for the version it came from.
  const { version: _version, ...definition } = found.definition;
  return {
    ...found,
    definition: definition as Definition,
    revision: revisionFrom(headers, found.revision),
    draft: row.hasDraft,
  };
}

export async function loadPublished(kind: string, id: string, version?: number): Promise<Definition | null> {
  try {
    const { body } = await request<unknown>(version ? `${base(kind, id)}?version=${version}` : base(kind, id));
    return unwrap(body).definition;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/** Saves a draft; If-Match carries the revision it was edited from, so a concurrent edit answers 409. */
export async function saveDraft(definition: Definition, revision?: string): Promise<string | undefined> {
  const { body, headers } = await request<unknown>(`${base(definition.kind, definition.id)}/draft`, {
    method: 'PUT',
    body: definition,
    headers: revision ? { 'If-Match': revision } : {},
  });
  const answer = (body ?? {}) as Record<string, unknown>;
  const next = answer.revision ?? answer.rev;
  return revisionFrom(headers, next === undefined || next === null ? undefined : String(next));
}

export async function publish(kind: string, id: string, revision?: string): Promise<number | undefined> {
  const { body } = await request<{ version?: number }>(`${base(kind, id)}/publish`, {
    method: 'POST',
    body: {},
    headers: revision ? { 'If-Match': revision } : {},
  });
  return body?.version;
}

export async function listVersions(kind: string, id: string): Promise<VersionEntry[]> {
  const { body } = await request<unknown>(`${base(kind, id)}/versions`);
  return asList<Record<string, unknown>>(body, 'versions').map((row) => ({
    version: Number(row.version),
    publishedAt: (row.publishedAt ?? row.createdAt ?? row.at) as string | undefined,
    publishedBy: (row.publishedBy ?? row.by ?? row.author) as string | undefined,
  }));
}
