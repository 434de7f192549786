import { isIP } from 'node:net';
import { conflict, invalid, notFound } from '../errors';
import { normalHost } from '../connectors/hostAllowlist';
import { credentialKey, seal } from '../connectors/sealedCredentials';
import { recordAudit, type Actor, type Context } from './context';
import { assertRole } from './permissions';

const HOST = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?)*$/;

/** The hosts connectors may reach: administrators only, since opening one opens it to every analyst's connector. */
export async function listHosts(ctx: Context, actor: Actor) {
  assertRole(actor, ['admin'], 'see the connector allowlist');
  return ctx.connectors.hosts();
}

export async function allowHost(ctx: Context, actor: Actor, input: { host: string; allowPrivate: boolean }) {
  assertRole(actor, ['admin'], 'change the connector allowlist');
  const host = normalHost(input.host.trim());
  if (!HOST.test(host) && isIP(host) === 0) {
    throw invalid('not a host name', [
      { path: '/host', message: 'must be a host name or an IP address, without scheme or port' },
    ]);
  }
  const repository = ctx.connectors;
  await ctx.transaction(async (t) => {
    const before = (await repository.host(host)) ?? null;
    await repository.putHost({ host, allowPrivate: input.allowPrivate }, actor.username, ctx.now(), t);
    await recordAudit(ctx, t, {
      actor: actor.username,
      action: 'connector-host.allow',
      entity: 'connector-host',
      entityId: host,
      before,
      after: { host, allowPrivate: input.allowPrivate },
    });
  });
  return { host, allowPrivate: input.allowPrivate };
}

export async function removeHost(ctx: Context, actor: Actor, host: string) {
  assertRole(actor, ['admin'], 'change the connector allowlist');
  const repository = ctx.connectors;
  const name = normalHost(host);
  await ctx.transaction(async (t) => {
    const before = (await repository.host(name)) ?? null;
    await repository.deleteHost(name, t);
    await recordAudit(ctx, t, {
      actor: actor.username,
      action: 'connector-host.remove',
      entity: 'connector-host',
      entityId: name,
      before,
      after: null,
    });
  });
}

/** Names and who set them; a value is never shown back, not even to an administrator. */
export async function listCredentials(ctx: Context, actor: Actor) {
  assertRole(actor, ['admin'], 'see connector credentials');
  return ctx.connectors.credentialNames();
}

export async function setCredential(ctx: Context, actor: Actor, name: string, value: string) {
  assertRole(actor, ['admin'], 'set connector credentials');
  if (!/^[A-Z][A-Z0-9_]{0,63}$/.test(name)) {
    throw invalid('not a credential name', [{ path: '/name', message: 'must be upper-case letters, digits and _' }]);
  }
  const key = credentialKey();
  if (!key) throw conflict('the server has no QAGIDA_CREDENTIAL_KEY: credentials can only come from the environment');
  const repository = ctx.connectors;
  await ctx.transaction(async (t) => {
    await repository.putCredential(name, seal(key, name, value), actor.username, ctx.now(), t);
    // the audit log says who set which credential, with no digest that could confirm a guessed value
    await recordAudit(ctx, t, {
      actor: actor.username,
      action: 'connector-credential.set',
      entity: 'connector-credential',
      entityId: name,
      before: null,
      after: { name },
    });
  });
  return { name };
}

/**
 * Deletes a stored credential: connectors naming it fall back to the environment's
 * QAGIDA_CREDENTIAL_<NAME>, or fail as "credential-missing". Deleting one not stored is a 404.
 */
export async function deleteCredential(ctx: Context, actor: Actor, name: string) {
  assertRole(actor, ['admin'], 'delete connector credentials');
  await ctx.transaction(async (t) => {
    if (!(await ctx.connectors.deleteCredential(name, t))) throw notFound(`no stored credential "${name}"`);
    await recordAudit(ctx, t, {
      actor: actor.username,
      action: 'connector-credential.delete',
      entity: 'connector-credential',
      entityId: name,
      before: { name },
      after: null,
    });
  });
}
