import { beforeEach, describe, expect, it } from 'vitest';
import { isPublicAddress } from '../connectors/addressPolicy';
import { callConnector, type ConnectorDeps } from '../connectors/callConnector';
import { staticAllowlist, type AllowedHost } from '../connectors/hostAllowlist';
import { shippedConnector } from '../test/support/registerConnectors';
import { expectRefusedUnsent } from '../test/support/refusedUnsent';
import { useRegisterServer } from '../test/support/useRegisterServer';

const register = useRegisterServer();
const deps = (hosts: AllowedHost[]): ConnectorDeps => ({
  allowlist: staticAllowlist(hosts),
  credentials: { get: () => Promise.resolve('token') },
  now: () => new Date('2026-03-02T05:00:00Z'),
  sleep: () => Promise.resolve(),
});
const port = () => new URL(register.url).port;
const at = (base: string) => shippedConnector('individuals-register', base);
const IIN = { iin: '900101300011' };

beforeEach(() => {
  register.fault(null);
  register.requests.length = 0;
});

describe('drill: connectors cannot be aimed at internal addresses (SSRF)', () => {
  it('when the host is not on the allowlist, then nothing is sent', async () => {
    const record = await callConnector(
      at(register.url),
      IIN,
      deps([{ host: 'registers.example.kz', allowPrivate: false }]),
    );
    expectRefusedUnsent(record, register, 'refused-host');
  });

  it('when a loopback address is allowlisted without "private", then it is still refused', async () => {
    const record = await callConnector(at(register.url), IIN, deps([{ host: '127.0.0.1', allowPrivate: false }]));
    expect(record).toMatchObject({ ok: false, failure: 'refused-host', attempts: 1 });
    expect(register.requests).toHaveLength(0);
  });

  it('when an allowlisted name resolves to loopback, then the check after DNS refuses it', async () => {
    const record = await callConnector(
      at(`http://localhost:${port()}`),
      IIN,
      deps([{ host: 'localhost', allowPrivate: false }]),
    );
    expectRefusedUnsent(record, register, 'refused-host', 'resolves to');
  });

  it('when loopback is hidden in an IPv4-mapped IPv6 address, then it is refused', async () => {
    const record = await callConnector(
      at(`http://[::ffff:127.0.0.1]:${port()}`),
      IIN,
      deps([{ host: '::ffff:127.0.0.1', allowPrivate: false }]),
    );
    expectRefusedUnsent(record, register, 'refused-host');
  });

  it('when an allowed register redirects to the cloud metadata address, then the redirect is refused', async () => {
    register.fault('redirect', { redirectTo: 'http://169.254.169.254/latest/meta-data/' });
    const record = await callConnector(at(register.url), IIN, deps([{ host: '127.0.0.1', allowPrivate: true }]));
    expect(record).toMatchObject({
      ok: false,
      failure: 'refused-host',
      message: expect.stringContaining('169.254.169.254'),
    });
    expect(register.requests).toHaveLength(1);
  });

  it('when an allowed register redirects to an allowlisted name that resolves privately, then it is refused after DNS', async () => {
    register.fault('redirect', { redirectTo: `http://localhost:${port()}/individuals/900101300011` });
    const hosts = [
      { host: '127.0.0.1', allowPrivate: true },
      { host: 'localhost', allowPrivate: false },
    ];
    const record = await callConnector(at(register.url), IIN, deps(hosts));
    expect(record).toMatchObject({ ok: false, failure: 'refused-host' });
    expect(register.requests).toHaveLength(1);
  });

  it('when a redirect leads to another scheme, then it is refused', async () => {
    register.fault('redirect', { redirectTo: 'file:///etc/passwd' });
    const record = await callConnector(at(register.url), IIN, deps([{ host: '127.0.0.1', allowPrivate: true }]));
    expect(record).toMatchObject({ ok: false, failure: 'refused-host' });
  });

  it.each([
    ['127.0.0.1', false],
    ['10.1.2.3', false],
    ['172.16.0.1', false],
    ['192.168.1.1', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['0.0.0.0', false],
    ['::1', false],
    ['fe80::1', false],
    ['fd00::1', false],
    ['::ffff:10.0.0.1', false],
    ['2002:7f00:1::1', false],
    ['not an address', false],
    ['8.8.8.8', true],
    ['2a00:1450:4001:80b::200e', true],
  ])('isPublicAddress(%s) is %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });
});
