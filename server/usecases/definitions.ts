import {
  crossCheck,
  isKind,
  validate,
  type Calendar,
  type Definition,
  type Kind,
} from '../../runtime/definitions/index';
import { digest } from '../digest';
import { AppError, conflict, invalid, notFound } from '../errors';
import type { StoredDefinition } from '../repositories/definitions';
import { applyCalendar } from './calendarPublish';
import { recordAudit, type Actor, type Context } from './context';
import type { DefinitionSummary, DefinitionView } from '../../runtime/api/definitions';
import { jsonDiff } from '../../runtime/api/jsonDiff';
import { LANGUAGES } from '../../runtime/i18n/index';
import { assertCanDraft, assertCanPublish } from './permissions';

export function assertKind(kind: string): Kind {
  if (!isKind(kind)) throw notFound(`no kind of definition "${kind}"`);
  return kind;
}

/** A definition's title per language, when its body has one (a draft may not yet). */
function titleOf(body: Record<string, unknown>): DefinitionSummary['title'] {
  const title = body.title;
  if (title === null || typeof title !== 'object') return null;
  const text = title as Record<string, unknown>;
  const languages = LANGUAGES.filter((lang) => typeof text[lang] === 'string');
  return languages.length ? Object.fromEntries(languages.map((lang) => [lang, text[lang] as string])) : null;
}

/** The latest published version of each definition, and the drafts not yet published. */
export async function listDefinitions(ctx: Context, kind?: string): Promise<DefinitionSummary[]> {
  if (kind !== undefined) assertKind(kind);
  const [heads, drafts] = await Promise.all([ctx.definitions.heads(kind), ctx.definitions.drafts(kind)]);
  const byKey = new Map<string, DefinitionSummary>();
  for (const head of heads) {
    const stored = await ctx.definitions.published(head.kind, head.id, head.version);
    byKey.set(`${head.kind}/${head.id}`, {
      kind: head.kind,
      id: head.id,
      title: stored ? titleOf(stored.body) : null,
      version: head.version,
      publishedAt: stored?.publishedAt ?? null,
      draftRevision: null,
    });
  }
  for (const draft of drafts) {
    const key = `${draft.kind}/${draft.id}`;
    const summary = byKey.get(key) ?? {
      kind: draft.kind,
      id: draft.id,
      title: titleOf(draft.body),
      version: null,
      publishedAt: null,
      draftRevision: null,
    };
    summary.draftRevision = draft.revision;
    byKey.set(key, summary);
  }
  return [...byKey.values()].sort((a, b) => (a.kind + '/' + a.id).localeCompare(b.kind + '/' + b.id));
}

/** Which version a stored row is and who made it when: a published one has a version, a draft a revision. */
function versionStamp(d: StoredDefinition) {
  return {
    version: d.status === 'published' ? d.version : null,
    status: d.status,
    revision: d.status === 'draft' ? d.revision : null,
    author: d.author,
    publishedAt: d.publishedAt,
    updatedAt: d.updatedAt,
  };
}

function view(stored: StoredDefinition): DefinitionView {
  // drafts saved before versions were stripped on save may still carry one
  const { version: _version, ...draftBody } = stored.body;
  return {
    kind: stored.kind,
    id: stored.id,
    ...versionStamp(stored),
    definition: stored.status === 'draft' ? draftBody : stored.body,
  };
}

export async function getDefinition(
  ctx: Context,
  kindName: string,
  id: string,
  options: { version?: number; draft?: boolean },
): Promise<DefinitionView> {
  const kind = assertKind(kindName);
  if (options.draft) {
    const draft = await ctx.definitions.draft(kind, id);
    if (!draft) throw notFound(`no draft of ${kind} "${id}"`);
    return view(draft);
  }
  const version = options.version ?? (await ctx.definitions.latestVersion(kind, id));
  const stored = version === null ? null : await ctx.definitions.published(kind, id, version);
  if (!stored) throw notFound(`no ${kind} "${id}"${options.version ? ` version ${options.version}` : ''}`);
  return view(stored);
}

function checkIdentity(kind: Kind, id: string, body: Record<string, unknown>): void {
  const errors = [];
  if (body.kind !== kind) errors.push({ path: '/kind', message: `must be "${kind}", as in the URL` });
  if (body.id !== id) errors.push({ path: '/id', message: `must be "${id}", as in the URL` });
  if (errors.length) throw invalid(`the definition is not ${kind} "${id}"`, errors);
}

function checkRevision(current: number, expected: number | undefined, what: string): void {
  if (expected !== undefined && expected !== current) {
    throw conflict(`${what} is at revision ${current}, not ${expected}: reload it and apply your change again`, [
      { path: '/baseRevision', message: `current revision is ${current}` },
    ]);
  }
}

/**
 * A ruleset is published by a second person, at the revision they reviewed: the publisher
 * names it (If-Match), and whoever last changed the draft cannot publish it (unless the
 * installation turned four eyes off for a single admin).
 */
function checkFourEyes(ctx: Context, actor: Actor, author: string, baseRevision: number | undefined, id: string) {
  if (baseRevision === undefined)
    throw new AppError(
      428,
      'PRECONDITION_REQUIRED',
      `publishing ruleset "${id}" needs the draft revision you reviewed`,
      [{ path: '/baseRevision', message: 'send If-Match with the revision of the draft you reviewed' }],
    );
  if (ctx.config.fourEyes !== false && author === actor.username)
    throw new AppError(403, 'FOUR_EYES', `you last changed ruleset "${id}": another admin must review and publish it`, [
      { path: '/', message: 'the author of a ruleset draft cannot publish it' },
    ]);
}

/** Saves a draft. It must be a valid definition; `baseRevision` guards against overwriting a newer save. */
export async function saveDraft(
  ctx: Context,
  actor: Actor,
  kindName: string,
  id: string,
  given: Record<string, unknown>,
  baseRevision?: number,
): Promise<DefinitionView> {
  const kind = assertKind(kindName);
  assertCanDraft(actor, kind);
  checkIdentity(kind, id, given);
  // Checked as sent, so a malformed version is refused like any other field; then the version is
  // dropped: it is assigned on publish, and a draft that kept one would pass, in the runtime's
  // caches keyed by id@version, for the published version it was copied from.
  const errors = validate(given);
  if (errors.length) throw invalid(`the ${kind} is not valid`, errors);
  const { version: _version, ...body } = given;
  return ctx.transaction(async (t) => {
    const before = await ctx.definitions.draft(kind, id, t);
    checkRevision(before?.revision ?? 0, baseRevision, `the draft of ${kind} "${id}"`);
    const saved = await ctx.definitions.saveDraft(
      { kind, id, body, digest: digest(body) as string, author: actor.username },
      t,
    );
    await recordAudit(ctx, t, {
      actor: actor.username,
      action: 'definition.draft',
      entity: kind,
      entityId: id,
      before: before?.body ?? null,
      after: body,
      details: { revision: saved.revision },
    });
    return view(saved);
  });
}

/**
 * Publishes the draft as the next version. It must agree with the other published
 * definitions (references, facts, fields); from the next request on, every instance uses it.
 */
export async function publishDraft(
  ctx: Context,
  actor: Actor,
  kindName: string,
  id: string,
  baseRevision?: number,
): Promise<DefinitionView> {
  const kind = assertKind(kindName);
  assertCanPublish(actor, kind);
  return ctx.transaction(async (t) => {
    const draft = await ctx.definitions.draft(kind, id, t);
    if (!draft) throw notFound(`no draft of ${kind} "${id}" to publish`);
    if (kind === 'ruleset') checkFourEyes(ctx, actor, draft.author, baseRevision, id);
    checkRevision(draft.revision, baseRevision, `the draft of ${kind} "${id}"`);
    const latest = await ctx.definitions.latestVersion(kind, id, t);
    const version = (latest ?? 0) + 1;
    const body = { ...draft.body, version };

    const others = (await ctx.definitions.latestAll(t)).filter((d) => !(d.kind === kind && d.id === id));
    const set = [...others.map((d) => d.body as Definition), body as Definition];
    const problems = crossCheck(set).filter((e) => e.kind === kind && e.id === id);
    if (problems.length) {
      throw invalid(
        `${kind} "${id}" does not agree with the published definitions`,
        problems.map(({ path, message }) => ({ path, message })),
      );
    }

    const previous = latest === null ? null : await ctx.definitions.published(kind, id, latest, t);
    const published = await ctx.definitions.publish(
      { kind, id, version, body, digest: digest(body) as string, author: actor.username, at: ctx.now() },
      t,
    );
    await ctx.definitions.deleteDraft(kind, id, t);
    await recordAudit(ctx, t, {
      actor: actor.username,
      action: kind === 'ruleset' ? 'ruleset.publish' : 'definition.publish',
      entity: kind,
      entityId: id,
      before: previous?.body ?? null,
      after: body,
      details: { version },
    });
    // a calendar is a fact of the world: it applies to the cases already running (the others stay pinned)
    if (kind === 'calendar') await applyCalendar(ctx, actor, body as Calendar, t);
    return view(published);
  });
}

/**
 * Deletes a draft: the work not yet published is gone, the published versions stay as they are
 * (they are never deleted: cases were decided under them). `baseRevision` guards against deleting
 * a draft someone saved since it was read. Audited with the deleted body.
 */
export async function deleteDraft(
  ctx: Context,
  actor: Actor,
  kindName: string,
  id: string,
  baseRevision?: number,
): Promise<{ kind: Kind; id: string; revision: number; latestVersion: number | null }> {
  const kind = assertKind(kindName);
  assertCanDraft(actor, kind);
  return ctx.transaction(async (t) => {
    const draft = await ctx.definitions.draft(kind, id, t);
    if (!draft) throw notFound(`no draft of ${kind} "${id}" to delete`);
    checkRevision(draft.revision, baseRevision, `the draft of ${kind} "${id}"`);
    await ctx.definitions.deleteDraft(kind, id, t);
    const latestVersion = await ctx.definitions.latestVersion(kind, id, t);
    await recordAudit(ctx, t, {
      actor: actor.username,
      action: 'definition.discard',
      entity: kind,
      entityId: id,
      before: draft.body,
      after: null,
      details: { revision: draft.revision, latestVersion },
    });
    return { kind, id, revision: draft.revision, latestVersion };
  });
}

export async function listVersions(ctx: Context, kindName: string, id: string) {
  const kind = assertKind(kindName);
  const all = await ctx.definitions.versions(kind, id);
  if (all.length === 0) throw notFound(`no ${kind} "${id}"`);
  return all.map((d) => ({ ...versionStamp(d), digest: d.digest }));
}

/** The changes from one version to another; `draft` names the current draft. */
export async function diffVersions(ctx: Context, kindName: string, id: string, from: string, to: string) {
  const kind = assertKind(kindName);
  const load = async (which: string) => {
    if (which === 'draft') {
      const draft = await ctx.definitions.draft(kind, id);
      if (!draft) throw notFound(`no draft of ${kind} "${id}"`);
      return draft.body;
    }
    const stored = await ctx.definitions.published(kind, id, Number(which));
    if (!stored) throw notFound(`no ${kind} "${id}" version ${which}`);
    return stored.body;
  };
  const [a, b] = await Promise.all([load(from), load(to)]);
  const strip = (body: Record<string, unknown>) => ({ ...body, version: undefined });
  return { kind, id, from, to, changes: jsonDiff(strip(a), strip(b)) };
}
