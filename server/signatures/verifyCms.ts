import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { nameParts, nameText, signedDataOf } from './pem';

const SIGNING_TIME = '1.2.840.113549.1.9.5';

/** What a detached CMS signature says, checked: each field is one fact a ruleset can decide on. */
export interface SignatureCheck {
  /** the signature is intact over the content and made by the certificate's key */
  signatureValid: boolean;
  /** the certificate chains to a root the administrator trusts */
  trusted: boolean;
  /** the certificate was within its validity on the signing date */
  validOnSigningDate: boolean;
  /** a CRL of its issuer the administrator uploaded lists it as revoked by the signing date */
  revoked: boolean;
  /** all of the above: valid, trusted, in date and not revoked */
  verified: boolean;
  signingTime: string;
  certificate: {
    subject: string;
    issuer: string;
    serial: string;
    notBefore: string;
    notAfter: string;
    /** from serialNumber "IIN…" (Kazakhstan's national certifying centre) */
    iin: string | null;
    /** from "BIN…" in the organisational unit or organisation */
    bin: string | null;
  } | null;
  /** why it is not verified, in words */
  problems: string[];
}

/** The IIN and BIN Kazakhstan's national certifying centre writes into a certificate's subject. */
export function identityOf(subject: pkijs.RelativeDistinguishedNames): { iin: string | null; bin: string | null } {
  const parts = nameParts(subject);
  const iin = parts.find(([k, v]) => k === 'serialNumber' && /^IIN\d{12}$/.test(v))?.[1].slice(3) ?? null;
  const bin = parts.find(([k, v]) => (k === 'OU' || k === 'O') && /^BIN\d{12}$/.test(v))?.[1].slice(3) ?? null;
  return { iin, bin };
}

const hex = (buffer: ArrayBuffer) => Buffer.from(buffer).toString('hex');
const sameName = (a: pkijs.RelativeDistinguishedNames, b: pkijs.RelativeDistinguishedNames) => a.isEqual(b);

/**
 * Verifies a detached CMS/PKCS#7 signature (RSA) over `content` with pkijs: the signature
 * itself, the chain to the trusted roots, the signer certificate's validity on the signing
 * date (the signed signingTime attribute, else `now`) and the uploaded CRLs.
 */
export async function verifyDetachedCms(
  signature: ArrayBuffer,
  content: Buffer,
  trust: { roots: pkijs.Certificate[]; crls: pkijs.CertificateRevocationList[]; now: Date },
): Promise<SignatureCheck> {
  const problems: string[] = [];
  const failed = (problem: string): SignatureCheck => ({
    signatureValid: false,
    trusted: false,
    validOnSigningDate: false,
    revoked: false,
    verified: false,
    signingTime: trust.now.toISOString(),
    certificate: null,
    problems: [problem],
  });
  let signed: pkijs.SignedData;
  try {
    signed = signedDataOf(signature);
  } catch (error) {
    return failed(`not a CMS signature: ${(error as Error).message}`);
  }
  const signer = signed.signerInfos[0];
  if (!signer) return failed('the CMS signature has no signer');
  const data = content.buffer.slice(content.byteOffset, content.byteOffset + content.byteLength) as ArrayBuffer;

  const signingTimeAttr = signer.signedAttrs?.attributes.find((a) => a.type === SIGNING_TIME);
  const timeValue = signingTimeAttr?.values[0] as asn1js.UTCTime | asn1js.GeneralizedTime | undefined;
  const signingTime = timeValue && 'toDate' in timeValue ? timeValue.toDate() : trust.now;

  let signatureValid = false;
  let certificate: pkijs.Certificate | null = null;
  try {
    const result = await signed.verify({ signer: 0, data, checkChain: false, extendedMode: true });
    signatureValid = result.signatureVerified === true;
    certificate = result.signerCertificate ?? null;
  } catch (error) {
    const detail = error as { message?: string; signerCertificate?: pkijs.Certificate | null };
    certificate = detail.signerCertificate ?? null;
    problems.push(`the signature does not verify: ${detail.message ?? String(error)}`);
  }
  if (!certificate) return { ...failed('the signer certificate is not in the signature'), problems };
  if (!signatureValid && problems.length === 0) problems.push('the signature does not match the content');

  // trust: the chain to a configured root, judged inside the certificate's own validity, so an
  // expired certificate is reported as expired rather than as untrusted
  const notBefore = certificate.notBefore.value;
  const notAfter = certificate.notAfter.value;
  let trusted = false;
  if (trust.roots.length === 0) problems.push('no trusted root is configured');
  else {
    const chain = new pkijs.CertificateChainValidationEngine({
      trustedCerts: trust.roots,
      certs: [...(signed.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate)],
      checkDate: new Date(Math.min(Math.max(signingTime.getTime(), notBefore.getTime()), notAfter.getTime())),
    });
    const result = await chain.verify();
    trusted = result.result;
    if (!trusted) problems.push(`the certificate does not chain to a trusted root: ${result.resultMessage}`);
  }

  const validOnSigningDate = signingTime >= notBefore && signingTime <= notAfter;
  if (!validOnSigningDate)
    problems.push(
      `the certificate was not valid on the signing date ${signingTime.toISOString()} (valid ${notBefore.toISOString()} to ${notAfter.toISOString()})`,
    );

  let revoked = false;
  const issuerCert = [...trust.roots, ...(signed.certificates ?? [])].find(
    (c): c is pkijs.Certificate => c instanceof pkijs.Certificate && sameName(c.subject, certificate.issuer),
  );
  for (const crl of trust.crls.filter((c) => sameName(c.issuer, certificate.issuer))) {
    // a CRL counts only when its issuer's key signed it
    if (!issuerCert || !(await crl.verify({ issuerCertificate: issuerCert }).catch(() => false))) continue;
    const entry = crl.revokedCertificates?.find((r) => r.userCertificate.isEqual(certificate.serialNumber));
    if (entry && entry.revocationDate.value <= signingTime) {
      revoked = true;
      problems.push(`the certificate was revoked on ${entry.revocationDate.value.toISOString()}`);
    }
  }

  return {
    signatureValid,
    trusted,
    validOnSigningDate,
    revoked,
    verified: signatureValid && trusted && validOnSigningDate && !revoked,
    signingTime: signingTime.toISOString(),
    certificate: {
      subject: nameText(certificate.subject),
      issuer: nameText(certificate.issuer),
      serial: hex(certificate.serialNumber.valueBlock.valueHexView.slice().buffer),
      notBefore: notBefore.toISOString(),
      notAfter: notAfter.toISOString(),
      ...identityOf(certificate.subject),
    },
    problems,
  };
}
