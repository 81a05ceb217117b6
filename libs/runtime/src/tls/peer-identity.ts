import type { PeerCertificate } from 'node:tls';
import { status, type ServerDuplexStream, type ServerUnaryCall, type ServerWritableStream, type sendUnaryData, type UntypedServiceImplementation } from '@grpc/grpc-js';
import type { GrpcTls } from './grpc-tls';

/**
 * Who a Trellis process is, as its certificate says: one SAN URI `trellis://<role>/<id>`
 * (`trellis://host/compute-1-1`, `trellis://controller/vtep-controller-1`,
 * `trellis://cell-agent/RegionOne`, `trellis://central/central-api`). The id is percent-encoded
 * in the URI when it needs to be. The subject CN (`<role>:<id>`) is for people reading the
 * certificate and is not used for decisions.
 */
export const PEER_ROLES = ['host', 'controller', 'cell-agent', 'central'] as const;
export type PeerRole = (typeof PEER_ROLES)[number];

export interface PeerIdentity {
  readonly role: PeerRole;
  readonly id: string;
}

const URI_PREFIX = 'trellis://';

/** The SAN URI naming `identity`, as the certificate tool writes it. */
export function identityUri(identity: PeerIdentity): string {
  return `${URI_PREFIX}${identity.role}/${encodeURIComponent(identity.id)}`;
}

/** Parses one SAN URI; anything that is not exactly `trellis://<known role>/<non-empty id>` is null. */
export function parseIdentityUri(uri: string): PeerIdentity | null {
  if (!uri.startsWith(URI_PREFIX)) return null;
  const rest = uri.slice(URI_PREFIX.length);
  const slash = rest.indexOf('/');
  if (slash <= 0) return null;
  const role = rest.slice(0, slash);
  if (!(PEER_ROLES as readonly string[]).includes(role)) return null;
  const encoded = rest.slice(slash + 1);
  if (encoded === '' || encoded.includes('/')) return null;
  let id: string;
  try {
    id = decodeURIComponent(encoded);
  } catch {
    return null;
  }
  return { role: role as PeerRole, id };
}

/**
 * The Trellis identity in a peer certificate: its one `trellis://` SAN URI. None, or more than
 * one, is no identity (a certificate must not speak for two principals).
 */
export function identityOfCertificate(cert: Pick<PeerCertificate, 'subjectaltname'> | undefined): PeerIdentity | null {
  const san = cert?.subjectaltname;
  if (!san) return null;
  // Node renders the SAN as `URI:a, DNS:b`; entries holding a comma or quote come JSON-quoted
  // (`URI:"…"`). Such a URI is never a valid identity, so a plain split is enough.
  const uris = san
    .split(', ')
    .filter((entry) => entry.startsWith('URI:'))
    .map((entry) => entry.slice(4))
    .filter((uri) => uri.startsWith(URI_PREFIX));
  return uris.length === 1 ? parseIdentityUri(uris[0]) : null;
}

/** What the server-side checks need of a call: grpc-js's public `getAuthContext()` (≥ 1.10). */
export interface AuthenticatedCall {
  getAuthContext(): { readonly transportSecurityType?: string; readonly sslPeerCertificate?: PeerCertificate } | null;
}

/**
 * The verified identity of a call's peer. grpc-js fills `sslPeerCertificate` only when the TLS
 * socket is `authorized` (the chain verified against the server's CA), so what is read here has
 * been checked by the handshake. This is the one place Trellis reads a peer certificate.
 */
export function peerIdentity(call: AuthenticatedCall): PeerIdentity | null {
  const context = call.getAuthContext();
  if (context?.transportSecurityType !== 'ssl') return null;
  return identityOfCertificate(context.sslPeerCertificate);
}

/** A refused call: its status code and details; null when the call may proceed. */
export interface Refusal {
  readonly code: status;
  readonly details: string;
}

/**
 * The server's rule for one service: with `insecure` every call passes (that choice is logged at
 * start); with mTLS the peer's certificate must name one of `roles`, else PERMISSION_DENIED.
 */
export function requireRoles(tls: GrpcTls, roles: readonly PeerRole[]): (call: AuthenticatedCall) => Refusal | null {
  if (tls.kind === 'insecure') return () => null;
  const allowed = roles.join(' or ');
  return (call) => {
    const peer = peerIdentity(call);
    if (!peer) return { code: status.PERMISSION_DENIED, details: `the client certificate names no Trellis identity (a SAN URI ${URI_PREFIX}<role>/<id>)` };
    if (!roles.includes(peer.role)) return { code: status.PERMISSION_DENIED, details: `${peer.role} ${peer.id} may not call this service (${allowed} only)` };
    return null;
  };
}

type AnyHandler = (call: never, callback?: never) => void;

/**
 * Wraps every method of a service implementation so that `check` runs first: a refused unary
 * call is answered with its status, a refused stream ends with it, and the handler never runs.
 */
export function guardService(implementation: UntypedServiceImplementation, check: (call: AuthenticatedCall) => Refusal | null): UntypedServiceImplementation {
  const guarded: Record<string, AnyHandler> = {};
  for (const [name, handler] of Object.entries(implementation)) {
    const inner = handler as unknown as (call: unknown, callback?: unknown) => void;
    guarded[name] = ((call: ServerUnaryCall<unknown, unknown> | ServerWritableStream<unknown, unknown> | ServerDuplexStream<unknown, unknown>, callback?: sendUnaryData<unknown>) => {
      const refusal = check(call);
      if (!refusal) return inner(call, callback);
      if (callback) callback({ code: refusal.code, details: refusal.details });
      // grpc-js turns a stream's 'error' event into its final status.
      else call.emit('error', { code: refusal.code, details: refusal.details });
    }) as AnyHandler;
  }
  return guarded as unknown as UntypedServiceImplementation;
}
