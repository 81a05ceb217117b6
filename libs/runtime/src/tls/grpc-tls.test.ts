import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { configProblems } from '../config/problems';
import { ensureCertificateAuthority, issueCertificate } from './certificates';
import { resolveGrpcTls, resolveGrpcTlsEndpoints } from './grpc-tls';

const dir = mkdtempSync(join(tmpdir(), 'runtime-tls-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const problemsOf = (fn: () => unknown): readonly string[] => {
  try {
    fn();
  } catch (err) {
    return configProblems(err);
  }
  return [];
};

describe('gRPC endpoint TLS settings', () => {
  it('empty is plaintext (implicit), insecure: true is plaintext (explicit)', () => {
    expect(resolveGrpcTls({}, '/tls')).toEqual({ kind: 'insecure', explicit: false });
    expect(resolveGrpcTls({ insecure: true }, '/tls')).toEqual({ kind: 'insecure', explicit: true });
  });

  it('lists every problem of every endpoint at once', () => {
    const problems = problemsOf(() =>
      resolveGrpcTlsEndpoints({ '/a': { caFile: '/x' }, '/b': { insecure: true, certFile: '/y' }, '/c': { insecure: false } }),
    );
    expect(problems).toEqual([
      '/a/certFile: Required for mutual TLS (caFile given)',
      '/a/keyFile: Required for mutual TLS (caFile given)',
      '/b/certFile: insecure is true: remove the TLS files, or set insecure to false',
      '/c/caFile: Required for mutual TLS (insecure is false)',
      '/c/certFile: Required for mutual TLS (insecure is false)',
      '/c/keyFile: Required for mutual TLS (insecure is false)',
    ]);
  });

  it('reads issued files; unreadable or swapped files are named without their content', async () => {
    await ensureCertificateAuthority(dir);
    const files = await issueCertificate(dir, { name: 'h', identity: { role: 'host', id: 'h' } });
    const tls = resolveGrpcTls(files, '/tls');
    expect(tls.kind).toBe('mtls');
    writeFileSync(join(dir, 'junk.pem'), 'not a pem');
    const problems = problemsOf(() => resolveGrpcTls({ caFile: join(dir, 'missing.pem'), certFile: files.keyFile, keyFile: join(dir, 'junk.pem') }, '/tls'));
    expect(problems).toEqual([
      `/tls/caFile: Cannot read ${join(dir, 'missing.pem')}: ENOENT`,
      `/tls/certFile: ${files.keyFile} holds no PEM certificate`,
      `/tls/keyFile: ${join(dir, 'junk.pem')} holds no PEM private key`,
    ]);
    expect(problems.join('\n')).not.toContain('BEGIN');
  });
});
