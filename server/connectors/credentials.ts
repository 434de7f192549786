/** Where a connector's named credential gets its value; the value never leaves the server. */
export interface CredentialSource {
  get(name: string): Promise<string | undefined>;
}

/** QAGIDA_CREDENTIAL_<NAME> from the environment. */
export function envCredentials(env: NodeJS.ProcessEnv = process.env): CredentialSource {
  return { get: (name) => Promise.resolve(env[`QAGIDA_CREDENTIAL_${name}`] || undefined) };
}

/** The first source that knows the name: e.g. the admin's encrypted store, then the environment. */
export function firstOf(...sources: CredentialSource[]): CredentialSource {
  return {
    async get(name) {
      for (const source of sources) {
        const value = await source.get(name);
        if (value !== undefined) return value;
      }
      return undefined;
    },
  };
}
