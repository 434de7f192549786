import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { credentialKey, seal, unseal } from './sealedCredentials';

describe('seal() and unseal()', () => {
  const key = randomBytes(32);

  it('gives back the value under the same key and name, and the sealed text does not contain it', () => {
    const sealed = seal(key, 'REGISTERS_TOKEN', 'very-secret-token');
    expect(sealed).not.toContain('very-secret-token');
    expect(unseal(key, 'REGISTERS_TOKEN', sealed)).toBe('very-secret-token');
  });

  it('when a sealed value is moved to another name, altered, or read with another key, then it does not open', () => {
    const sealed = seal(key, 'A', 'value');
    expect(() => unseal(key, 'B', sealed)).toThrow();
    const [iv, tag, body] = sealed.split('.');
    const flipped = Buffer.from(body ?? '', 'base64');
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    expect(() => unseal(key, 'A', [iv, tag, flipped.toString('base64')].join('.'))).toThrow();
    expect(() => unseal(randomBytes(32), 'A', sealed)).toThrow();
  });

  it('when QAGIDA_CREDENTIAL_KEY is not 32 bytes, then the error names the key', () => {
    expect(() => credentialKey({ QAGIDA_CREDENTIAL_KEY: 'short' })).toThrow(/QAGIDA_CREDENTIAL_KEY/);
    expect(credentialKey({})).toBeNull();
    expect(credentialKey({ QAGIDA_CREDENTIAL_KEY: 'ab'.repeat(32) })?.length).toBe(32);
  });
});
