import { describe, expect, it } from 'vitest';
import { certificateRequests } from './certificates';
import { parseLauncherArgs } from './options';
import { serviceTable } from './services';
import { SEED_TOPOLOGY } from './topology';

const options = (argv: string[]) => parseLauncherArgs(argv, {}, '/tmp');

/** Every gRPC endpoint setting of a service config (`tls`, `feedTls`, `listen.tls`, …). */
function endpoints(config: Readonly<Record<string, unknown>>, at = ''): Array<[string, unknown]> {
  return Object.entries(config).flatMap(([key, value]): Array<[string, unknown]> => {
    if (key === 'tls' || key === 'feedTls') return [[`${at}/${key}`, value]];
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? endpoints(value as Record<string, unknown>, `${at}/${key}`) : [];
  });
}

describe('all-in-one service table: gRPC security', () => {
  it('--insecure makes every gRPC endpoint explicitly insecure', () => {
    const specs = serviceTable(options(['--insecure']), SEED_TOPOLOGY);
    const all = specs.flatMap((s) => endpoints(s.config).map(([path, tls]) => [`${s.name}${path}`, tls]));
    expect(all.map(([name]) => name)).toEqual([
      'central-api/grpc/tls',
      'vtep-controller/listen/tls',
      'vtep-controller/feedTls',
      'cell-agent-RegionOne/central/feedTls',
      'cell-agent-RegionTwo/central/feedTls',
      ...SEED_TOPOLOGY.hosts.map((h) => `host-agent-${h.id}/tls`),
    ]);
    for (const [, tls] of all) expect(tls).toEqual({ insecure: true });
  });

  it("with certificates each endpoint carries its own process's files, and every process has one", () => {
    const names = certificateRequests(SEED_TOPOLOGY).map((r) => r.name);
    const files = new Map(names.map((n) => [n, { caFile: '/c/ca.pem', certFile: `/c/${n}.pem`, keyFile: `/c/${n}-key.pem` }]));
    const specs = serviceTable(options([]), SEED_TOPOLOGY, files);
    expect(specs.map((s) => s.name).sort()).toEqual([...names].sort());
    for (const spec of specs) {
      for (const [, tls] of endpoints(spec.config)) expect(tls).toEqual(files.get(spec.name));
    }
  });
});
