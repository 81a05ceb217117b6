import { describe, expect, it } from 'vitest';
import { identityOfCertificate, identityUri, parseIdentityUri, peerIdentity, requireRoles } from './peer-identity';

describe('peer identity (SAN URI trellis://<role>/<id>)', () => {
  it('round-trips ids that need percent-encoding', () => {
    const uri = identityUri({ role: 'host', id: 'compute 1/a' });
    expect(uri).toBe('trellis://host/compute%201%2Fa');
    expect(parseIdentityUri(uri)).toEqual({ role: 'host', id: 'compute 1/a' });
  });

  it('refuses unknown roles, empty ids, nested paths and other schemes', () => {
    for (const uri of ['trellis://admin/x', 'trellis://host/', 'trellis://host/a/b', 'spiffe://host/a', 'trellis://host', 'trellis://host/%E0%A4%A']) {
      expect(parseIdentityUri(uri)).toBeNull();
    }
  });

  it('reads the one trellis URI among other SANs; none or two is no identity', () => {
    expect(identityOfCertificate({ subjectaltname: 'DNS:localhost, URI:trellis://controller/c1, IP Address:127.0.0.1' })).toEqual({ role: 'controller', id: 'c1' });
    expect(identityOfCertificate({ subjectaltname: 'DNS:localhost' })).toBeNull();
    expect(identityOfCertificate({ subjectaltname: 'URI:trellis://host/a, URI:trellis://controller/c1' })).toBeNull();
    expect(identityOfCertificate(undefined)).toBeNull();
  });

  it('only a verified TLS peer has an identity; the role rule is open with insecure and closed with mTLS', () => {
    const tlsCall = { getAuthContext: () => ({ transportSecurityType: 'ssl', sslPeerCertificate: { subjectaltname: 'URI:trellis://host/h1' } as never }) };
    const plainCall = { getAuthContext: () => ({}) };
    expect(peerIdentity(tlsCall)).toEqual({ role: 'host', id: 'h1' });
    expect(peerIdentity(plainCall)).toBeNull();
    expect(requireRoles({ kind: 'insecure', explicit: true }, ['controller'])(plainCall)).toBeNull();
    const mtls = { kind: 'mtls', ca: Buffer.alloc(0), cert: Buffer.alloc(0), key: Buffer.alloc(0), caFile: 'ca', certFile: 'c' } as const;
    expect(requireRoles(mtls, ['controller'])(tlsCall)).toMatchObject({ code: 7, details: 'host h1 may not call this service (controller only)' });
    expect(requireRoles(mtls, ['host'])(tlsCall)).toBeNull();
    expect(requireRoles(mtls, ['host'])(plainCall)).toMatchObject({ code: 7 });
  });
});
