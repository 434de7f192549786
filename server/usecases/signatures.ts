import fs from 'node:fs';
import { badRequest, invalid } from '../errors';
import type { CaseRecord } from '../repositories/cases';
import { certificateOf, crlOf, nameText } from '../signatures/pem';
import type { Signer } from '../signatures/signCms';
import { type TrustKind } from '../signatures/trustStore';
import { verifyDetachedCms, type SignatureCheck } from '../signatures/verifyCms';
import { recordAudit, type Actor, type Context } from './context';
import { assertRole } from './permissions';

/** The bytes an applicant signs for a case: its form data as JSON with sorted keys. */
export function signingPayload(record: Pick<CaseRecord, 'data'>): Buffer {
  const sorted = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(sorted)
      : value !== null && typeof value === 'object'
        ? Object.fromEntries(
            Object.keys(value)
              .sort()
              .map((k) => [k, sorted((value as Record<string, unknown>)[k])]),
          )
        : value;
  return Buffer.from(JSON.stringify(sorted(record.data)), 'utf8');
}

/** Adds a trusted root or a CRL (PEM); the administrator alone may. */
export async function addTrustAnchor(ctx: Context, actor: Actor, kind: TrustKind, pem: string) {
  assertRole(actor, ['admin'], 'configure trusted roots and CRLs');
  let subject: string;
  try {
    subject = kind === 'root' ? nameText(certificateOf(pem).subject) : nameText(crlOf(pem).issuer);
  } catch (error) {
    throw invalid(`not a ${kind === 'root' ? 'certificate' : 'CRL'}`, [
      {
        path: '/pem',
        message: `must be a PEM ${kind === 'root' ? 'CERTIFICATE' : 'X509 CRL'}: ${(error as Error).message}`,
      },
    ]);
  }
  const at = ctx.now();
  return ctx.transaction(async (t) => {
    const added = await ctx.trustStore.add({ kind, subject, pem, createdBy: actor.username, at }, t);
    if (added)
      await recordAudit(ctx, t, {
        actor: actor.username,
        action: `trust.add-${kind}`,
        entity: 'trust',
        entityId: subject.slice(0, 200),
        before: null,
        after: { kind, subject, pem },
      });
    return { kind, subject, added };
  });
}

export async function listTrust(ctx: Context, actor: Actor) {
  assertRole(actor, ['admin'], 'see trusted roots and CRLs');
  const entries = await ctx.trustStore.list();
  return { entries: entries.map(({ pem: _pem, ...rest }) => rest) };
}

/** Verifies a case's detached signature (base64 DER) over its signing payload against the trust store. */
export async function checkCaseSignature(ctx: Context, record: CaseRecord, base64: string): Promise<SignatureCheck> {
  if (!/^[A-Za-z0-9+/=\s]+$/.test(base64))
    throw badRequest('the signature is not base64', [{ path: '/signature', message: 'must be base64 (DER CMS)' }]);
  const store = ctx.trustStore;
  const [roots, crls] = await Promise.all([store.list('root'), store.list('crl')]);
  const der = Buffer.from(base64, 'base64');
  return verifyDetachedCms(
    der.buffer.slice(der.byteOffset, der.byteOffset + der.byteLength) as ArrayBuffer,
    signingPayload(record),
    {
      roots: roots.map((r) => certificateOf(r.pem)),
      crls: crls.map((c) => crlOf(c.pem)),
      now: ctx.now(),
    },
  );
}

/**
 * The checked signature as the facts the EDS rulesets decide on: what the certificate says
 * replaces whatever a caller asserted under the same names.
 */
export function signatureFacts(check: SignatureCheck): Record<string, unknown> {
  return {
    signatureVerified: check.signatureValid && check.trusted,
    certificateIin: check.certificate?.iin ?? check.certificate?.bin ?? null,
    certificateBin: check.certificate?.bin ?? null,
    certificateValidTo: check.certificate?.notAfter ?? null,
    certificateRevoked: check.revoked,
  };
}

/** The provider's signing identity from QAGIDA_SIGNING_KEY and QAGIDA_SIGNING_CERT (paths to PEM files), if set. */
export function signerFromEnv(env: NodeJS.ProcessEnv = process.env): Signer | undefined {
  const key = env.QAGIDA_SIGNING_KEY;
  const cert = env.QAGIDA_SIGNING_CERT;
  if (!key || !cert) return undefined;
  return { keyPem: fs.readFileSync(key, 'utf8'), certPem: fs.readFileSync(cert, 'utf8') };
}
