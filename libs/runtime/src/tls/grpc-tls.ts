import { readFileSync } from 'node:fs';
import { credentials, ServerCredentials, type ChannelCredentials } from '@grpc/grpc-js';
import { Type, type Static } from '@sinclair/typebox';
import type { Logger } from 'pino';
import { invalidConfig, type ConfigProblem } from '../config/problems';
import { identityOfCertificate, type PeerRole } from './peer-identity';

/**
 * One gRPC endpoint's transport security (a listener's or a client's), the same shape in every
 * app's config: mutual TLS with `caFile` (the CA that signs every Trellis certificate) and this
 * process's `certFile`/`keyFile`, or `insecure: true` (plaintext, logged as insecure at start).
 * Left empty it is plaintext too, for configs of the previous release, with the same warning.
 */
export const GrpcTlsSchema = Type.Object(
  {
    insecure: Type.Optional(Type.Boolean()),
    caFile: Type.Optional(Type.String({ minLength: 1 })),
    certFile: Type.Optional(Type.String({ minLength: 1 })),
    keyFile: Type.Optional(Type.String({ minLength: 1 })),
  },
  { additionalProperties: false, default: {} },
);

export type GrpcTlsConfig = Static<typeof GrpcTlsSchema>;

/** A resolved endpoint security: the PEM material read once at start (rotation = restart). */
export type GrpcTls =
  | { readonly kind: 'insecure'; readonly explicit: boolean }
  | { readonly kind: 'mtls'; readonly ca: Buffer; readonly cert: Buffer; readonly key: Buffer; readonly caFile: string; readonly certFile: string };

const FILE_KEYS = ['caFile', 'certFile', 'keyFile'] as const;

/**
 * Checks and reads one endpoint's TLS settings; `pointer` names it in problems (`/grpc/tls`).
 * Throws `InvalidConfig` listing every problem: files half given, `insecure` together with
 * files, unreadable files, or files that hold no PEM of the expected kind.
 */
export function resolveGrpcTls(config: GrpcTlsConfig, pointer: string): GrpcTls {
  return resolveGrpcTlsEndpoints({ [pointer]: config })[pointer];
}

/**
 * Resolves several endpoints at once (pointer → settings), so that a bad config lists the
 * problems of all of them in one `InvalidConfig`.
 */
export function resolveGrpcTlsEndpoints<K extends string>(endpoints: Readonly<Record<K, GrpcTlsConfig>>): Record<K, GrpcTls> {
  const resolved = {} as Record<K, GrpcTls>;
  const problems: ConfigProblem[] = [];
  for (const pointer of Object.keys(endpoints) as K[]) resolved[pointer] = readGrpcTls(endpoints[pointer], pointer, problems);
  if (problems.length > 0) throw invalidConfig(problems);
  return resolved;
}

function readGrpcTls(config: GrpcTlsConfig, pointer: string, problems: ConfigProblem[]): GrpcTls {
  const found = grpcTlsProblems(config, pointer);
  problems.push(...found);
  if (found.length > 0 || config.insecure === true || FILE_KEYS.every((k) => config[k] === undefined)) return { kind: 'insecure', explicit: config.insecure === true };
  const read = (key: (typeof FILE_KEYS)[number], marker: RegExp, what: string): Buffer => {
    const file = config[key]!;
    let pem: Buffer;
    try {
      pem = readFileSync(file);
    } catch (err) {
      problems.push({ path: `${pointer}/${key}`, message: `Cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` });
      return Buffer.alloc(0);
    }
    // Only the markers are looked at and named: the content itself never reaches a message.
    if (!marker.test(pem.toString('latin1'))) problems.push({ path: `${pointer}/${key}`, message: `${file} holds no PEM ${what}` });
    return pem;
  };
  const ca = read('caFile', /-----BEGIN CERTIFICATE-----/, 'certificate');
  const cert = read('certFile', /-----BEGIN CERTIFICATE-----/, 'certificate');
  const key = read('keyFile', /-----BEGIN (?:EC |RSA )?PRIVATE KEY-----/, 'private key');
  return { kind: 'mtls', ca, cert, key, caFile: config.caFile!, certFile: config.certFile! };
}

/** The schema-level problems of one endpoint's settings (no file access). */
export function grpcTlsProblems(config: GrpcTlsConfig, pointer: string): ConfigProblem[] {
  const given = FILE_KEYS.filter((k) => config[k] !== undefined);
  if (config.insecure === true) {
    return given.map((k) => ({ path: `${pointer}/${k}`, message: 'insecure is true: remove the TLS files, or set insecure to false' }));
  }
  if (config.insecure === false && given.length === 0) {
    return FILE_KEYS.map((k) => ({ path: `${pointer}/${k}`, message: 'Required for mutual TLS (insecure is false)' }));
  }
  if (given.length === 0 || given.length === FILE_KEYS.length) return [];
  return FILE_KEYS.filter((k) => config[k] === undefined).map((k) => ({ path: `${pointer}/${k}`, message: `Required for mutual TLS (${given.join(', ')} given)` }));
}

/**
 * Server credentials: with mTLS every client must present a certificate signed by the CA
 * (`checkClientCertificate`), else the handshake fails and no call is made.
 */
export function grpcServerCredentials(tls: GrpcTls): ServerCredentials {
  if (tls.kind === 'insecure') return ServerCredentials.createInsecure();
  return ServerCredentials.createSsl(tls.ca, [{ cert_chain: tls.cert, private_key: tls.key }], true);
}

/**
 * Channel credentials: with mTLS the server's certificate must be signed by the CA and name the
 * target's host (DNS or IP SAN), and this process presents its own certificate. `serverRole`
 * also requires the server to be that kind of Trellis process (a host-agent talks only to a
 * `controller`, feed clients only to `central`): a stolen host certificate cannot pose as one.
 */
export function grpcChannelCredentials(tls: GrpcTls, serverRole?: PeerRole): ChannelCredentials {
  if (tls.kind === 'insecure') return credentials.createInsecure();
  if (serverRole === undefined) return credentials.createSsl(tls.ca, tls.key, tls.cert);
  return credentials.createSsl(tls.ca, tls.key, tls.cert, {
    // grpc-js runs this after the usual hostname check.
    checkServerIdentity: (_hostname, cert) => {
      const identity = identityOfCertificate(cert);
      return identity?.role === serverRole ? undefined : new Error(`the server's certificate is not a ${serverRole}'s (${identity ? `${identity.role} ${identity.id}` : 'no Trellis identity'})`);
    },
  });
}

/**
 * Logs how one endpoint is secured, once at start: a warning when it is plaintext (anyone who
 * can reach the port can subscribe or report as anything). Paths only, never PEM content.
 */
export function logGrpcTls(logger: Logger, endpoint: string, tls: GrpcTls): void {
  if (tls.kind === 'insecure') {
    logger.warn({ endpoint, explicit: tls.explicit }, 'gRPC endpoint without TLS (insecure): peers are not authenticated');
  } else {
    logger.info({ endpoint, caFile: tls.caFile, certFile: tls.certFile }, 'gRPC endpoint with mutual TLS');
  }
}
