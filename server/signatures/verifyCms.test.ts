import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestCa, type Holder } from '../test/testCa';
import { certificateOf, crlOf } from './pem';
import { verifyDetachedCms } from './verifyCms';

const IIN = '900101400123';
const CONTENT = Buffer.from('{"request":"archival reference","applicant":"Әсел"}');
let ca: TestCa;
let other: TestCa;
let holders: Record<'valid' | 'expired' | 'revoked' | 'company' | 'stranger', Holder>;

beforeAll(() => {
  ca = new TestCa();
  other = new TestCa('Another CA');
  holders = {
    valid: ca.issue('valid', `/C=KZ/CN=ASEL NURGALIEVA/serialNumber=IIN${IIN}`),
    expired: ca.issue('expired', `/C=KZ/CN=OLD/serialNumber=IIN${IIN}`, '20200101000000Z', '20210101000000Z'),
    revoked: ca.issue('revoked', `/C=KZ/CN=LOST/serialNumber=IIN${IIN}`),
    company: ca.issue('company', `/C=KZ/O=TOO Archive/OU=BIN123456789021/CN=DIRECTOR/serialNumber=IIN${IIN}`),
    stranger: other.issue('stranger', `/C=KZ/CN=STRANGER/serialNumber=IIN${IIN}`),
  };
  ca.revoke(holders.revoked);
});
afterAll(() => {
  ca?.remove();
  other?.remove();
});

const trust = () => ({ roots: [certificateOf(ca.rootPem)], crls: [crlOf(ca.crl())], now: new Date() });
const verify = (holder: Holder, content = CONTENT) =>
  verifyDetachedCms(new Uint8Array(ca.sign(holder, content)).buffer, CONTENT, trust());

describe('verifyDetachedCms', () => {
  it('when a valid certificate of a trusted root signs the content, then it verifies and names the IIN', async () => {
    const check = await verify(holders.valid);
    expect(check).toMatchObject({
      signatureValid: true,
      trusted: true,
      validOnSigningDate: true,
      revoked: false,
      verified: true,
    });
    expect(check.certificate).toMatchObject({ iin: IIN, bin: null });
    expect(check.problems).toEqual([]);
  });

  it('when the certificate had expired on the signing date, then it is not verified, for that reason alone', async () => {
    const check = await verify(holders.expired);
    expect(check).toMatchObject({ signatureValid: true, trusted: true, validOnSigningDate: false, verified: false });
    expect(check.certificate?.notAfter).toBe('2021-01-01T00:00:00.000Z');
  });

  it('when an uploaded CRL lists the certificate, then it is revoked', async () => {
    const check = await verify(holders.revoked);
    expect(check).toMatchObject({ signatureValid: true, trusted: true, revoked: true, verified: false });
  });

  it('when the content was changed after signing, then the signature is not valid', async () => {
    const check = await verify(holders.valid, Buffer.from('something else'));
    expect(check).toMatchObject({ signatureValid: false, verified: false });
  });

  it('when the certificate comes from a root nobody trusts, then it is not trusted', async () => {
    const signature = other.sign(holders.stranger, CONTENT);
    const check = await verifyDetachedCms(new Uint8Array(signature).buffer, CONTENT, trust());
    expect(check).toMatchObject({ signatureValid: true, trusted: false, verified: false });
  });

  it("when a legal entity's certificate carries BIN in its organisational unit, then the BIN is read too", async () => {
    const check = await verify(holders.company);
    expect(check.certificate).toMatchObject({ iin: IIN, bin: '123456789021' });
  });

  it('when the bytes are no CMS at all, then it says so instead of throwing', async () => {
    const check = await verifyDetachedCms(new Uint8Array([1, 2, 3]).buffer, CONTENT, trust());
    expect(check.verified).toBe(false);
    expect(check.problems[0]).toMatch(/not a CMS signature/);
  });
});
