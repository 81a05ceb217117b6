import { existsSync } from 'node:fs';
import path from 'node:path';
import { CA_FILES, certificateFiles, ensureCertificateAuthority, issueCertificate, type CertificateFiles, type CertificateRequest } from '@trellis/runtime';
import type { SeedTopology } from './topology';

/** Service name (as in the service table) → its certificate files. */
export type ServiceCertificates = ReadonlyMap<string, CertificateFiles>;

/** Where the all-in-one keeps its CA and certificates. */
export function certificateDir(dataDir: string): string {
  return path.join(dataDir, 'certs');
}

/**
 * What every process of the all-in-one is: the same requests `trellis certs issue` makes. The
 * servers (central's feed, the controller) answer on 127.0.0.1, so their certificates name it.
 */
export function certificateRequests(topology: SeedTopology): CertificateRequest[] {
  const loopback = { dns: ['localhost'], ips: ['127.0.0.1', '::1'] };
  return [
    { name: 'central-api', identity: { role: 'central', id: 'central-api' }, ...loopback },
    { name: 'vtep-controller', identity: { role: 'controller', id: 'vtep-controller-1' }, ...loopback },
    ...topology.regions.map((r): CertificateRequest => ({ name: `cell-agent-${r.name}`, identity: { role: 'cell-agent', id: r.name } })),
    ...topology.hosts.map((h): CertificateRequest => ({ name: `host-agent-${h.id}`, identity: { role: 'host', id: h.id } })),
  ];
}

/**
 * Makes the CA and every missing certificate under `<dataDir>/certs` (all of them again when the
 * CA itself was missing: certificates of an earlier CA would not verify). A second start reuses
 * what is there. Resolves with the files per service and how many were issued now.
 */
export async function ensureAllInOneCertificates(dataDir: string, topology: SeedTopology): Promise<{ certificates: ServiceCertificates; issued: number; dir: string }> {
  const dir = certificateDir(dataDir);
  const freshCa = !existsSync(path.join(dir, CA_FILES.cert)) || !existsSync(path.join(dir, CA_FILES.key));
  await ensureCertificateAuthority(dir);
  const certificates = new Map<string, CertificateFiles>();
  let issued = 0;
  for (const request of certificateRequests(topology)) {
    const files = certificateFiles(dir, request.name);
    if (freshCa || !existsSync(files.certFile) || !existsSync(files.keyFile)) {
      await issueCertificate(dir, request);
      issued++;
    }
    certificates.set(request.name, files);
  }
  return { certificates, issued, dir };
}
