import { beforeEach, describe, expect, it } from 'vitest';
import { callConnector, type ConnectorDeps } from '../connectors/callConnector';
import { staticAllowlist } from '../connectors/hostAllowlist';
import { shippedConnector } from '../test/support/registerConnectors';
import { expectRefusedUnsent } from '../test/support/refusedUnsent';
import { startRegisterServer } from '../test/support/registerServer';
import { useRegisterServer } from '../test/support/useRegisterServer';

const register = useRegisterServer();
const pauses: number[] = [];
const deps = (credentials: Record<string, string> = { REGISTERS_TOKEN: 's3cret' }): ConnectorDeps => ({
  allowlist: staticAllowlist([{ host: '127.0.0.1', allowPrivate: true }]),
  credentials: { get: (name) => Promise.resolve(credentials[name]) },
  now: () => new Date('2026-03-02T05:00:00Z'),
  sleep: (ms) => {
    pauses.push(ms);
    return Promise.resolve();
  },
  backoffMs: 100,
});
const individuals = () => shippedConnector('individuals-register', register.url);

beforeEach(() => {
  register.fault(null);
  register.requests.length = 0;
  pauses.length = 0;
});

describe('drill: a connector against a misbehaving register', () => {
  it('when the register answers, then the record has the outputs, the version, the time and a digest of the answer, and the credential was sent', async () => {
    const record = await callConnector(individuals(), { iin: '900101300011' }, deps());
    expect(record).toMatchObject({
      ok: true,
      connector: 'individuals-register',
      version: 1,
      at: '2026-03-02T05:00:00.000Z',
      attempts: 1,
      outputs: { fullName: 'Ахметова Айгерим Серікқызы', birthDate: '1990-01-01' },
    });
    expect(record.ok && record.answerDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(register.requests[0]?.headers.authorization).toBe('Bearer s3cret');
  });

  it('when the credential is not configured, then nothing is sent and the record says which', async () => {
    const record = await callConnector(individuals(), { iin: '900101300011' }, deps({}));
    expectRefusedUnsent(record, register, 'credential-missing', 'REGISTERS_TOKEN');
  });

  it('when an input breaks its pattern, then nothing is sent and the input is named', async () => {
    const record = await callConnector(individuals(), { iin: '12' }, deps());
    expect(record).toMatchObject({ ok: false, failure: 'input', details: [{ path: '/iin' }] });
    expect(register.requests).toHaveLength(0);
  });

  it('when the register hangs, then each attempt ends at the timeout, retries back off, and the call fails as timeout', async () => {
    register.fault('hang');
    const connector = { ...individuals(), timeoutMs: 200, retries: 2 };
    const record = await callConnector(connector, { iin: '900101300011' }, deps());
    expect(record).toMatchObject({ ok: false, failure: 'timeout', attempts: 3 });
    expect(register.requests).toHaveLength(3);
    expect(pauses).toEqual([100, 200]);
  });

  it('when the register is slower than the timeout once, then the retry gets the answer', async () => {
    register.fault('slow', { times: 1, delayMs: 1000 });
    const connector = { ...individuals(), timeoutMs: 200, retries: 1 };
    const record = await callConnector(connector, { iin: '900101300011' }, deps());
    expect(record).toMatchObject({ ok: true, attempts: 2 });
  });

  it('when the register answers 500 twice, then the third attempt succeeds', async () => {
    register.fault('500', { times: 2 });
    const record = await callConnector(individuals(), { iin: '900101300011' }, deps());
    expect(record).toMatchObject({ ok: true, attempts: 3 });
  });

  it('when the register keeps answering 500, then the call fails as unavailable after retries + 1 attempts', async () => {
    register.fault('500');
    const record = await callConnector(individuals(), { iin: '900101300011' }, deps());
    expect(record).toMatchObject({ ok: false, failure: 'unavailable', attempts: 3 });
    expect(register.requests).toHaveLength(3);
  });

  it('when the register answers garbage, then the call fails as bad-answer without retrying', async () => {
    register.fault('garbage');
    const record = await callConnector(individuals(), { iin: '900101300011' }, deps());
    expect(record).toMatchObject({ ok: false, failure: 'bad-answer', attempts: 1 });
  });

  it('when the answer breaks the response schema, then the call fails naming the fields', async () => {
    register.fault('wrong-shape');
    const record = await callConnector(individuals(), { iin: '900101300011' }, deps());
    expect(record.ok).toBe(false);
    const paths = record.ok ? [] : record.details.map((d) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['/surname', '/name']));
  });

  it('when the answer is larger than the cap, then the call fails as too-large', async () => {
    register.fault('huge');
    const record = await callConnector(individuals(), { iin: '900101300011' }, deps());
    expect(record).toMatchObject({ ok: false, failure: 'too-large', attempts: 1 });
  });

  it('when the register has no such record, then the call fails as not-found without retrying', async () => {
    const record = await callConnector(individuals(), { iin: '111111111111' }, deps());
    expect(record).toMatchObject({ ok: false, failure: 'not-found', attempts: 1 });
  });

  it('when the register redirects within the allowlist, then the call follows it and the credential stays with the first host', async () => {
    const other = await startRegisterServer();
    try {
      register.fault('redirect', { redirectTo: `${other.url}/individuals/900101300011` });
      const allowlist = staticAllowlist([{ host: '127.0.0.1', allowPrivate: true }]);
      const record = await callConnector(individuals(), { iin: '900101300011' }, { ...deps(), allowlist });
      expect(record).toMatchObject({ ok: true, outputs: { surname: 'Ахметова' } });
      expect(other.requests[0]?.headers.authorization).toBeUndefined();
    } finally {
      await other.close();
    }
  });

  it('posts a JSON body to the benefits register and reads the answer', async () => {
    const benefits = shippedConnector('benefits-register', register.url);
    const record = await callConnector(benefits, { iin: '900101300011', benefit: 'child-care' }, deps());
    expect(record).toMatchObject({ ok: true, outputs: { receives: true, since: '2024-03-01' } });
    expect(JSON.parse(register.requests[0]?.body ?? '')).toEqual({ iin: '900101300011', benefit: 'child-care' });
  });

  it('reads a legal entity by BIN', async () => {
    const entities = shippedConnector('legal-entities-register', register.url);
    const record = await callConnector(entities, { bin: '050140000017' }, deps());
    expect(record).toMatchObject({ ok: true, outputs: { name: '«Сауда Сервис» ЖШС', active: true } });
  });
});
