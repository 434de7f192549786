import type {
  DefinitionList,
  DefinitionSummary,
  DefinitionView,
  VersionEntry,
  VersionList,
} from '../../../runtime/api/definitions';
import type { Static } from '@sinclair/typebox';
import type { Definition, DefinitionError } from '../../../runtime/definitions/types';
import { ApiError, request } from './api';

export type { Definition, DefinitionError, DefinitionSummary };

/** A published version in the history: who published it and when. */
export type PublishedVersion = VersionEntry & { version: number };

export interface Loaded<D = Definition> {
  definition: D;
  /** the draft's revision, for If-Match on the next save */
  revision?: string;
  /** true when `definition` is the unpublished draft */
  draft: boolean;
  version?: number;
}

/** Whether a library row has an unpublished draft. */
export const hasDraft = (row: DefinitionSummary): boolean => row.draftRevision !== null;

const base = (kind: string, id: string) => `/api/definitions/${encodeURIComponent(kind)}/${encodeURIComponent(id)}`;
const revisionText = (revision: number | null) => (revision === null ? undefined : String(revision));

/** The library: the latest published version of each definition of a kind, and its draft. */
export async function listDefinitions(kind: string): Promise<DefinitionSummary[]> {
  const { body } = await request<Static<typeof DefinitionList>>(`/api/definitions?kind=${encodeURIComponent(kind)}`);
  return body.definitions;
}

/**
 * The draft when one exists, else the latest published version. The library row
 * says which exists, so no request is made that must fail (a 404 the console would show).
 */
export async function loadForEditing(kind: string, id: string): Promise<Loaded> {
  const row = (await listDefinitions(kind)).find((r) => r.id === id);
  if (!row) throw new ApiError(404, 'NOT_FOUND', `no ${kind} "${id}"`);
  const draft = hasDraft(row);
  const { body } = await request<DefinitionView>(draft ? `${base(kind, id)}?draft=1` : base(kind, id));
  // The store assigns versions on publish. An edited copy that kept its version would stand, in the
  // runtime's caches (engines, calendars, validators keyed by id@version), for the version it came from.
  const { version: _version, ...definition } = body.definition;
  return {
    definition: definition as Definition,
    revision: revisionText(body.revision),
    version: body.version ?? undefined,
    draft,
  };
}

export async function loadPublished(kind: string, id: string, version?: number): Promise<Definition | null> {
  try {
    const { body } = await request<DefinitionView>(version ? `${base(kind, id)}?version=${version}` : base(kind, id));
    return body.definition as Definition;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/** Saves a draft; If-Match carries the revision it was edited from, so a concurrent edit answers 409. */
export async function saveDraft(definition: Definition, revision?: string): Promise<string | undefined> {
  const { body } = await request<DefinitionView>(`${base(definition.kind, definition.id)}/draft`, {
    method: 'PUT',
    body: definition,
    headers: revision ? { 'If-Match': revision } : {},
  });
  return revisionText(body.revision);
}

export async function publish(kind: string, id: string, revision?: string): Promise<number | undefined> {
  const { body } = await request<DefinitionView>(`${base(kind, id)}/publish`, {
    method: 'POST',
    body: {},
    headers: revision ? { 'If-Match': revision } : {},
  });
  return body.version ?? undefined;
}

/** The published versions, newest first as the server lists them (a draft row has no version). */
export async function listVersions(kind: string, id: string): Promise<PublishedVersion[]> {
  const { body } = await request<Static<typeof VersionList>>(`${base(kind, id)}/versions`);
  return body.versions.filter((v): v is PublishedVersion => v.version !== null);
}
