import type { Db } from '../db/connection';
import { connectorsRepository } from '../repositories/connectors';
import type { ConnectorDeps } from './callConnector';
import { envCredentials, firstOf, type CredentialSource } from './credentials';
import { normalHost } from './hostAllowlist';
import { credentialKey, unseal } from './sealedCredentials';

/** What callConnector needs, from the database the administrator manages and the environment. */
export function connectorDeps(db: Db, now: () => Date, env: NodeJS.ProcessEnv = process.env): ConnectorDeps {
  const repository = connectorsRepository(db);
  const stored: CredentialSource = {
    async get(name) {
      const key = credentialKey(env);
      const sealed = key ? await repository.sealedCredential(name) : undefined;
      return key && sealed ? unseal(key, name, sealed) : undefined;
    },
  };
  return {
    allowlist: { find: (host) => repository.host(normalHost(host)) },
    credentials: firstOf(stored, envCredentials(env)),
    now,
  };
}
