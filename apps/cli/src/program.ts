import { Command, InvalidArgumentError } from 'commander';
import { CliError, type CliIo, type Endpoints } from './cli-io';
import { certsCa, certsIssue } from './commands/certs';
import { doctor, renderDoctor } from './commands/doctor';
import { listHosts, renderHostTables, renderHosts, showHost } from './commands/hosts';
import { readTopology, renderTopology } from './commands/topology';
import { watch } from './commands/watch';
import { findWhere, renderWhere } from './commands/where';

const DEFAULT_CENTRAL = 'http://127.0.0.1:9696';
const DEFAULT_CONTROLLER = 'http://127.0.0.1:9700';

function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('must be a whole number ≥ 0');
  return n;
}

/**
 * The `trellis` operator CLI. Reads central's REST/admin API and the vtep-controller's
 * inspection API (its ops listener); every command prints a table, or JSON with `--json`.
 * Resolves with the exit code: 0 ok, 1 a problem found or refused, 2 usage or unreachable.
 */
export function buildProgram(io: CliIo): { program: Command; exitCode: () => number } {
  let code = 0;
  const program = new Command('trellis')
    .description('Operate a Trellis deployment: topology, hosts, where an address is, fleet health, live changes.')
    .option('--central <url>', `central-api base URL (env TRELLIS_CENTRAL_URL; default ${DEFAULT_CENTRAL})`)
    .option('--controller <url>', `vtep-controller ops listener (env TRELLIS_CONTROLLER_URL; default ${DEFAULT_CONTROLLER})`)
    .option('--json', 'print JSON instead of tables', false)
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .exitOverride()
    .showHelpAfterError();

  const endpoints = (): Endpoints => {
    const o = program.opts<{ central?: string; controller?: string }>();
    return {
      central: (o.central ?? io.env.TRELLIS_CENTRAL_URL ?? DEFAULT_CENTRAL).replace(/\/+$/, ''),
      controller: (o.controller ?? io.env.TRELLIS_CONTROLLER_URL ?? DEFAULT_CONTROLLER).replace(/\/+$/, ''),
      token: io.env.OS_TOKEN,
    };
  };
  const json = () => program.opts<{ json: boolean }>().json;
  const print = (value: unknown, text: () => string) => io.out(`${json() ? JSON.stringify(value, null, 2) : text()}\n`);

  program
    .command('topology')
    .description('regions → cells (AZ) → hosts with agent liveness, and the availability zones')
    .action(async () => {
      const t = await readTopology(endpoints());
      print(t, () => renderTopology(t));
    });

  const hosts = program.command('hosts').description("hosts as the controller sees them");
  hosts
    .command('list', { isDefault: true })
    .description('every host: stream, acked revision, lag, span, digest agreement')
    .action(async () => {
      const r = await listHosts(endpoints());
      print(r, () => renderHosts(r.hosts));
    });
  hosts
    .command('show')
    .argument('<host>', 'host id (binding:host_id)')
    .description("a host's span and tables as the controller holds them, and whether the host's last digests agree")
    .action(async (host: string) => {
      const r = await showHost(endpoints(), host);
      print(r, () => renderHostTables(r));
    });

  program
    .command('where')
    .argument('<mac|ip|port>', 'a MAC, an IP address or a port id')
    .description('which VTEP an address sits behind, its mobility sequence, and which hosts hold it')
    .action(async (thing: string) => {
      const r = await findWhere(endpoints(), thing);
      print(r, () => renderWhere(thing, r.ports));
      if (r.ports.length === 0) code = 1;
    });

  program
    .command('doctor')
    .description("compare every host's reported digests with the controller's view; name diverging hosts and VNIs")
    .option('--repair', "resend the diverging hosts' full tables", false)
    .option('--wait <seconds>', 'with --repair: wait this long for the hosts to report agreement', count, 0)
    .option('--max-lag <revisions>', 'report hosts acked more than this many revisions behind', count, 1000)
    .action(async (o: { repair: boolean; wait: number; maxLag: number }) => {
      const r = await doctor(io, endpoints(), { repair: o.repair, waitSeconds: o.wait, maxLag: o.maxLag });
      print(r, () => renderDoctor(r));
      const unresolved = r.findings.length > 0 && (!o.repair || r.stillDivergent.length > 0 || r.findings.some((f) => f.problem !== 'divergent'));
      if (unresolved) code = 1;
    });

  program
    .command('watch')
    .description("central's committed changes, live")
    .option('--count <n>', 'stop after n revisions', count, 0)
    .option('--seconds <s>', 'stop after s seconds', count, 0)
    .option('--collections <list>', 'only these collections (comma separated, e.g. ports,hosts)')
    .option('--after <revision>', 'replay from this revision on', count)
    .action(async (o: { count: number; seconds: number; collections?: string; after?: number }) => {
      await watch(io, endpoints(), { json: json(), count: o.count, seconds: o.seconds, collections: o.collections, afterRevision: o.after });
    });

  const certs = program
    .command('certs')
    .description('a CA and per-process certificates for gRPC mutual TLS (openssl; docs/deployment.md "Mutual TLS")');
  const list = (value: string) => value.split(',').map((v) => v.trim()).filter((v) => v !== '');
  certs
    .command('ca')
    .description('make the CA (ca.pem, ca-key.pem) in --dir unless it exists')
    .option('--dir <dir>', 'certificate directory', './certs')
    .option('--days <n>', 'validity in days', count, 3650)
    .action(async (o: { dir: string; days: number }) => {
      const r = await certsCa(o.dir, o.days);
      print(r, () => `CA ${r.caFile}\nCA key ${r.caKeyFile} (keep it off the nodes)`);
    });
  certs
    .command('issue')
    .argument('<role>', 'host, controller, cell-agent or central')
    .argument('<id>', 'host id (binding:host_id), controller id, region, or central replica name')
    .description('issue <name>.pem and <name>-key.pem naming trellis://<role>/<id>, signed by the CA in --dir (made when missing)')
    .option('--dir <dir>', 'certificate directory', './certs')
    .option('--name <name>', 'file base name (default <role>-<id>)')
    .option('--dns <names>', 'DNS names clients use to reach this server (comma separated)', list, [])
    .option('--ip <addresses>', 'IP addresses clients use to reach this server (comma separated)', list, [])
    .option('--days <n>', 'validity in days', count, 825)
    .action(async (role: string, id: string, o: { dir: string; name?: string; dns: string[]; ip: string[]; days: number }) => {
      const r = await certsIssue(role, id, { dir: o.dir, name: o.name, dns: o.dns, ips: o.ip, days: o.days });
      print(r, () => [`${r.identity}`, `  cert ${r.certFile}`, `  key  ${r.keyFile}`, `  CA   ${r.caFile}`].join('\n'));
    });

  return { program, exitCode: () => code };
}

/** Runs the CLI on `argv` (without node and script); never throws, resolves with the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const { program, exitCode } = buildProgram(io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode();
  } catch (err) {
    if (err instanceof CliError) {
      io.err(`trellis: ${err.message}\n`);
      return err.exitCode;
    }
    const e = err as { code?: string; exitCode?: number };
    if (typeof e.code === 'string' && e.code.startsWith('commander.')) return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' ? 0 : 2;
    io.err(`trellis: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}
