import path from 'node:path';
import { parseArgs } from 'node:util';

/** Listening ports of the all-in-one (every one overridable, so tests can run on free ports). */
export interface LauncherPorts {
  readonly central: number;
  readonly feed: number;
  readonly controller: number;
  /** vtep-controller's HTTP listener: /metrics, /healthz, /readyz. */
  readonly controllerOps: number;
  readonly regionOne: number;
  readonly regionTwo: number;
}

export interface LauncherOptions {
  /** Absolute data directory; every service keeps its state below it. */
  readonly dataDir: string;
  readonly ports: LauncherPorts;
  /** Run the seed scenario as a narrative once everything is up. */
  readonly demo: boolean;
  /** Stop after the demo instead of staying up. */
  readonly exitAfterDemo: boolean;
  /** pino level of the services (their logs go to `<dataDir>/logs`). */
  readonly logLevel: string;
  /** gRPC in plaintext instead of mutual TLS with certificates under `<dataDir>/certs`. */
  readonly insecure: boolean;
  /** REST identity: `noauth` (headers trusted) or `keystone` (a local Keystone validates tokens). */
  readonly auth: 'noauth' | 'keystone';
  readonly help: boolean;
}

/** The defaults every doc and tool relies on (issue: Neutron's 9696, 9697/9698 per region, 50051). */
export const DEFAULT_PORTS: LauncherPorts = { central: 9696, feed: 9699, controller: 50051, controllerOps: 9700, regionOne: 9697, regionTwo: 9698 };

export const USAGE = `Usage: npm start -- [options]     (node --import tsx tools/dev/all-in-one.ts [options])

Starts Trellis on one machine: central-api, a vtep-controller, cell-agents RegionOne and RegionTwo
and simulated host-agents (memory backend), on the embedded LMDB store. Ctrl-C stops everything.

Options:
  --data-dir <dir>          data directory (default ./.trellis, or $TRELLIS_DATA_DIR)
  --demo                    run the seed scenario as a narrative once the system is up
  --exit                    with --demo: stop after the demo
  --central-port <n>        central-api REST (default 9696)
  --feed-port <n>           central-api gRPC feed (default 9699)
  --controller-port <n>     vtep-controller gRPC (default 50051)
  --controller-ops-port <n> vtep-controller /metrics, /healthz, /readyz (default 9700)
  --region-one-port <n>     cell-agent RegionOne (default 9697)
  --region-two-port <n>     cell-agent RegionTwo (default 9698)
  --log-level <level>       services' log level (default info)
  --auth <mode>             noauth (default: X-Project-Id/X-Roles trusted) or keystone (a local
                            Keystone with the catalog; prints the OS_* variables for openstack)
  --insecure                gRPC (feed, distribution) in plaintext; default: mutual TLS with a CA and
                            certificates made in <data dir>/certs when missing
  -h, --help                this text
`;

function port(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new Error(`--${name} must be a port number (1-65535), got '${raw}'`);
  return n;
}

/** Parses the launcher's command line; throws an Error naming the bad flag. */
export function parseLauncherArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, cwd: string): LauncherOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      'data-dir': { type: 'string' },
      demo: { type: 'boolean', default: false },
      exit: { type: 'boolean', default: false },
      'central-port': { type: 'string' },
      'feed-port': { type: 'string' },
      'controller-port': { type: 'string' },
      'controller-ops-port': { type: 'string' },
      'region-one-port': { type: 'string' },
      'region-two-port': { type: 'string' },
      'log-level': { type: 'string', default: 'info' },
      insecure: { type: 'boolean', default: false },
      auth: { type: 'string', default: 'noauth' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.exit && !values.demo) throw new Error('--exit only makes sense with --demo');
  const auth = values.auth ?? 'noauth';
  if (auth !== 'noauth' && auth !== 'keystone') throw new Error(`--auth must be noauth or keystone, got '${auth}'`);
  const ports: LauncherPorts = {
    central: port('central-port', values['central-port'], DEFAULT_PORTS.central),
    feed: port('feed-port', values['feed-port'], DEFAULT_PORTS.feed),
    controller: port('controller-port', values['controller-port'], DEFAULT_PORTS.controller),
    controllerOps: port('controller-ops-port', values['controller-ops-port'], DEFAULT_PORTS.controllerOps),
    regionOne: port('region-one-port', values['region-one-port'], DEFAULT_PORTS.regionOne),
    regionTwo: port('region-two-port', values['region-two-port'], DEFAULT_PORTS.regionTwo),
  };
  const used = Object.values(ports);
  if (new Set(used).size !== used.length) throw new Error(`ports must differ: ${used.join(', ')}`);
  return {
    dataDir: path.resolve(cwd, values['data-dir'] ?? env.TRELLIS_DATA_DIR ?? '.trellis'),
    ports,
    demo: values.demo ?? false,
    exitAfterDemo: values.exit ?? false,
    logLevel: values['log-level'] ?? 'info',
    insecure: values.insecure ?? false,
    auth,
    help: values.help ?? false,
  };
}
