import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const CONFIG = `
[ ca ]
default_ca = test
[ test ]
dir = .
database = index.txt
new_certs_dir = issued
serial = serial
crlnumber = crlnumber
default_md = sha256
policy = anything
preserve = yes
unique_subject = no
default_crl_days = 30
[ anything ]
countryName = optional
organizationName = optional
organizationalUnitName = optional
commonName = optional
serialNumber = optional
[ v3_ca ]
basicConstraints = critical,CA:true
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[ v3_user ]
basicConstraints = CA:false
keyUsage = critical,digitalSignature,nonRepudiation
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
`;

export interface Holder {
  cert: string;
  key: string;
  certPem: string;
  keyPem: string;
}

/**
 * A certifying centre of the test's own, made with the openssl command line (no network):
 * a root, and holders issued with chosen validity, revoked at will, with a CRL.
 */
export class TestCa {
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qagida-ca-'));
  readonly rootPem: string;

  constructor(readonly name = 'Test NCA') {
    fs.writeFileSync(this.file('ca.cnf'), CONFIG);
    fs.writeFileSync(this.file('index.txt'), '');
    fs.writeFileSync(this.file('serial'), '1000\n');
    fs.writeFileSync(this.file('crlnumber'), '01\n');
    fs.mkdirSync(this.file('issued'));
    this.request('ca.key', 'ca.csr', `/C=KZ/CN=${name}`);
    this.certify('ca.csr', 'ca.pem', '20000101000000Z', '20491231000000Z', 'v3_ca', '-selfsign');
    this.rootPem = fs.readFileSync(this.file('ca.pem'), 'utf8');
  }

  file(name: string): string {
    return path.join(this.dir, name);
  }

  private openssl(...args: string[]): string {
    return execFileSync('openssl', args, { cwd: this.dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  }

  /** A new RSA key and a certificate request for `subject`. */
  private request(key: string, csr: string, subject: string): void {
    this.openssl('req', '-new', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', csr, '-subj', subject);
  }

  /** `openssl ca` with this centre's configuration and the root's key. */
  private ca(...args: string[]): void {
    this.openssl('ca', '-batch', '-config', 'ca.cnf', '-keyfile', 'ca.key', ...args);
  }

  /** Certifies a request from `from` to `to` with the extensions named (v3_ca for the root, v3_user for a holder). */
  private certify(csr: string, pem: string, from: string, to: string, extensions: string, ...signer: string[]): void {
    this.ca(
      ...signer,
      '-in',
      csr,
      '-out',
      pem,
      '-startdate',
      from,
      '-enddate',
      to,
      '-extensions',
      extensions,
      '-notext',
    );
  }

  /** A holder certificate: `subject` as openssl writes it (/CN=…/serialNumber=IIN…), valid from `from` to `to` (YYYYMMDDHHMMSSZ). */
  issue(id: string, subject: string, from = '20200101000000Z', to = '20450101000000Z'): Holder {
    this.request(`${id}.key`, `${id}.csr`, subject);
    this.certify(`${id}.csr`, `${id}.pem`, from, to, 'v3_user', '-cert', 'ca.pem');
    return {
      cert: this.file(`${id}.pem`),
      key: this.file(`${id}.key`),
      certPem: fs.readFileSync(this.file(`${id}.pem`), 'utf8'),
      keyPem: fs.readFileSync(this.file(`${id}.key`), 'utf8'),
    };
  }

  revoke(holder: Holder): void {
    this.ca('-cert', 'ca.pem', '-revoke', holder.cert);
  }

  /** The CRL as it stands (PEM). */
  crl(): string {
    this.ca('-cert', 'ca.pem', '-gencrl', '-out', 'crl.pem');
    return fs.readFileSync(this.file('crl.pem'), 'utf8');
  }

  /** A detached CMS signature (DER) over `content`, as a signing tool on the applicant's side makes it. */
  sign(holder: Holder, content: Buffer): Buffer {
    const input = this.file(`content-${Date.now()}-${Math.random()}.bin`);
    fs.writeFileSync(input, content);
    const out = `${input}.p7s`;
    this.openssl(
      'cms',
      '-sign',
      '-binary',
      '-in',
      input,
      '-signer',
      holder.cert,
      '-inkey',
      holder.key,
      '-outform',
      'DER',
      '-out',
      out,
    );
    return fs.readFileSync(out);
  }

  /** Runs `openssl cms -verify` on a detached signature against this CA's root; true when it verifies. */
  opensslVerifies(signature: Buffer, content: Buffer): boolean {
    const base = this.file(`verify-${Date.now()}-${Math.random()}`);
    fs.writeFileSync(`${base}.p7s`, signature);
    fs.writeFileSync(`${base}.bin`, content);
    try {
      this.openssl(
        'cms',
        '-verify',
        '-binary',
        '-inform',
        'DER',
        '-in',
        `${base}.p7s`,
        '-content',
        `${base}.bin`,
        '-CAfile',
        'ca.pem',
        '-purpose',
        'any',
        '-out',
        '/dev/null',
      );
      return true;
    } catch {
      return false;
    }
  }

  remove(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
