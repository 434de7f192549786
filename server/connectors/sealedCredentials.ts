import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * QAGIDA_CREDENTIAL_KEY: 32 bytes, base64 or hex, that seal the credentials an administrator
 * stores; without it the admin screen cannot store any, and only QAGIDA_CREDENTIAL_<NAME> works.
 */
export function credentialKey(env: NodeJS.ProcessEnv = process.env): Buffer | null {
  const raw = env.QAGIDA_CREDENTIAL_KEY;
  if (!raw) return null;
  const key = /^[0-9a-f]{64}$/i.test(raw) ? Buffer.from(raw, 'hex') : Buffer.from(raw, 'base64');
  if (key.length !== 32) throw new Error('config: QAGIDA_CREDENTIAL_KEY must be 32 bytes, as 64 hex digits or base64');
  return key;
}

/** AES-256-GCM with a fresh IV, bound to the credential's name so a sealed value cannot be moved to another name. */
export function seal(key: Buffer, name: string, value: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(name));
  const body = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64')).join('.');
}

export function unseal(key: Buffer, name: string, sealed: string): string {
  const [iv, tag, body] = sealed.split('.').map((part) => Buffer.from(part, 'base64'));
  if (!iv || !tag || !body) throw new Error(`credential ${name} is not sealed by this server`);
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(Buffer.from(name));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
}
