import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { identityUri, type PeerIdentity } from './peer-identity';

const run = promisify(execFile);

// Certificates are made by Debian's `openssl` (3.x): `req -x509 -CA` signs in one command, and
// the SAN URI, key usages and validity are plain flags. No npm dependency does it better for a
// handful of files at install time. Keys are ECDSA P-256 (fast to make, small handshakes).
const KEY_ARGS = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

/** File names of the CA inside a certificate directory. */
export const CA_FILES = { cert: 'ca.pem', key: 'ca-key.pem' } as const;

/** The files one issued certificate lives in: `<name>.pem` and `<name>-key.pem` (mode 0600). */
export interface CertificateFiles {
  readonly caFile: string;
  readonly certFile: string;
  readonly keyFile: string;
}

export interface CertificateRequest {
  /** File base name, e.g. `host-compute-1-1`. */
  readonly name: string;
  readonly identity: PeerIdentity;
  /** DNS names a server certificate answers for (clients check the target's host against them). */
  readonly dns?: readonly string[];
  /** IP addresses a server certificate answers for. */
  readonly ips?: readonly string[];
  /** Validity; default 825 days. */
  readonly days?: number;
}

export interface CertificateOptions {
  /** The `openssl` binary; default `openssl` from PATH. */
  readonly openssl?: string;
}

async function openssl(options: CertificateOptions, args: readonly string[]): Promise<void> {
  try {
    await run(options.openssl ?? 'openssl', args, { timeout: 30_000 });
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === 'ENOENT') throw new Error('openssl is not installed (Debian: apt-get install openssl)');
    throw new Error(`openssl ${args[0]} failed: ${(e.stderr ?? e.message).trim()}`);
  }
}

/**
 * Creates the CA (`ca.pem`, `ca-key.pem`) in `dir` unless it exists; resolves with the CA
 * certificate's path. Keep `ca-key.pem` off the nodes: only the machine that issues
 * certificates needs it.
 */
export async function ensureCertificateAuthority(dir: string, options: CertificateOptions & { days?: number; commonName?: string } = {}): Promise<string> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const cert = join(dir, CA_FILES.cert);
  const key = join(dir, CA_FILES.key);
  if (existsSync(cert) && existsSync(key)) return cert;
  await openssl(options, [
    'req', '-x509', ...KEY_ARGS, '-keyout', key, '-out', cert,
    '-days', String(options.days ?? 3650),
    '-subj', `/O=Trellis/CN=${options.commonName ?? 'Trellis CA'}`,
    '-addext', 'basicConstraints=critical,CA:TRUE',
    '-addext', 'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  await chmod(key, 0o600);
  return cert;
}

/**
 * Issues a certificate for one process, signed by the CA in `dir`, for both TLS roles (a
 * controller serves hosts and is a client of central). Overwrites an existing one of that name.
 */
export async function issueCertificate(dir: string, request: CertificateRequest, options: CertificateOptions = {}): Promise<CertificateFiles> {
  const caFile = join(dir, CA_FILES.cert);
  const certFile = join(dir, `${request.name}.pem`);
  const keyFile = join(dir, `${request.name}-key.pem`);
  const san = [`URI:${identityUri(request.identity)}`, ...(request.dns ?? []).map((d) => `DNS:${d}`), ...(request.ips ?? []).map((ip) => `IP:${ip}`)];
  // The CN is for people; decisions use the SAN URI. `/` and `,` in a subject need escaping: the
  // CN keeps only characters that need none.
  const commonName = `${request.identity.role}:${request.identity.id}`.replace(/[^A-Za-z0-9._:@-]/g, '_');
  await openssl(options, [
    'req', '-x509', '-CA', caFile, '-CAkey', join(dir, CA_FILES.key), ...KEY_ARGS, '-keyout', keyFile, '-out', certFile,
    '-days', String(request.days ?? 825),
    '-subj', `/O=Trellis/OU=${request.identity.role}/CN=${commonName}`,
    '-addext', `subjectAltName=${san.join(',')}`,
    '-addext', 'basicConstraints=critical,CA:FALSE',
    '-addext', 'keyUsage=critical,digitalSignature',
    '-addext', 'extendedKeyUsage=serverAuth,clientAuth',
  ]);
  await chmod(keyFile, 0o600);
  return { caFile, certFile, keyFile };
}

/** The files `issueCertificate` writes for `name`, whether or not they exist yet. */
export function certificateFiles(dir: string, name: string): CertificateFiles {
  return { caFile: join(dir, CA_FILES.cert), certFile: join(dir, `${name}.pem`), keyFile: join(dir, `${name}-key.pem`) };
}
