import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

/** The DER inside a PEM block (or the bytes themselves when they are DER already). */
export function derOf(input: string | Buffer, label: string): ArrayBuffer {
  const text = typeof input === 'string' ? input : input.toString('latin1');
  const match = new RegExp(`-----BEGIN ${label}-----([\\s\\S]*?)-----END ${label}-----`).exec(text);
  const der = match ? Buffer.from((match[1] as string).replace(/\s+/g, ''), 'base64') : Buffer.from(input as Buffer);
  return der.buffer.slice(der.byteOffset, der.byteOffset + der.byteLength) as ArrayBuffer;
}

export function toPem(der: ArrayBuffer, label: string): string {
  const lines =
    Buffer.from(der)
      .toString('base64')
      .match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

function asn1Of(der: ArrayBuffer, what: string) {
  const asn1 = asn1js.fromBER(der);
  if (asn1.offset === -1) throw new Error(`not a DER-encoded ${what}`);
  return asn1.result;
}

export const certificateOf = (input: string | Buffer) =>
  new pkijs.Certificate({ schema: asn1Of(derOf(input, 'CERTIFICATE'), 'certificate') });
export const crlOf = (input: string | Buffer) =>
  new pkijs.CertificateRevocationList({ schema: asn1Of(derOf(input, 'X509 CRL'), 'CRL') });

export function signedDataOf(der: ArrayBuffer): pkijs.SignedData {
  const info = new pkijs.ContentInfo({ schema: asn1Of(der, 'CMS signature') });
  if (info.contentType !== pkijs.ContentInfo.SIGNED_DATA) throw new Error('the CMS content is not SignedData');
  return new pkijs.SignedData({ schema: info.content });
}

const NAMES: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.4': 'SN',
  '2.5.4.5': 'serialNumber',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.42': 'GN',
  '1.2.840.113549.1.9.1': 'emailAddress',
};

/** A distinguished name's attributes as [short name, value] pairs, in order. */
export function nameParts(name: pkijs.RelativeDistinguishedNames): [string, string][] {
  return name.typesAndValues.map((tv) => [
    NAMES[tv.type] ?? tv.type,
    String((tv.value as { valueBlock: { value: unknown } }).valueBlock.value),
  ]);
}

export const nameText = (name: pkijs.RelativeDistinguishedNames) =>
  nameParts(name)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
