import path from 'node:path';
import { CA_FILES, ensureCertificateAuthority, issueCertificate, PEER_ROLES, type CertificateFiles, type PeerRole } from '@trellis/runtime';
import { CliError } from '../cli-io';

export interface IssueOptions {
  readonly dir: string;
  /** File base name; default `<role>-<id>`. */
  readonly name?: string;
  readonly dns: readonly string[];
  readonly ips: readonly string[];
  readonly days: number;
}

export interface IssuedCertificate extends CertificateFiles {
  readonly identity: string;
}

const ID = /^[A-Za-z0-9._:@-]{1,255}$/;

/** `trellis certs ca`: the CA in `dir` (made when missing). */
export async function certsCa(dir: string, days: number): Promise<{ caFile: string; caKeyFile: string }> {
  const caFile = await ensureCertificateAuthority(path.resolve(dir), { days });
  return { caFile, caKeyFile: path.join(path.dirname(caFile), CA_FILES.key) };
}

/**
 * `trellis certs issue <role> <id>`: a certificate naming `trellis://<role>/<id>`, signed by the
 * CA in `dir` (made first when missing). Servers (central's feed, controllers) also need the
 * names clients reach them by (`--dns`, `--ip`).
 */
export async function certsIssue(role: string, id: string, options: IssueOptions): Promise<IssuedCertificate> {
  if (!(PEER_ROLES as readonly string[]).includes(role)) throw new CliError(`role must be one of ${PEER_ROLES.join(', ')}, got '${role}'`, 2);
  if (!ID.test(id)) throw new CliError(`id '${id}' must be 1-255 characters of A-Z a-z 0-9 . _ : @ -`, 2);
  const dir = path.resolve(options.dir);
  await ensureCertificateAuthority(dir);
  const name = options.name ?? `${role}-${id}`;
  const files = await issueCertificate(dir, { name, identity: { role: role as PeerRole, id }, dns: options.dns, ips: options.ips, days: options.days });
  return { ...files, identity: `trellis://${role}/${encodeURIComponent(id)}` };
}
