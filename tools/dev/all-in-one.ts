// The one-command start (`npm start`): central-api, a vtep-controller, cell-agents RegionOne and
// RegionTwo and simulated host-agents on one machine, on the embedded LMDB store. See
// docs/all-in-one.md.
import { runLauncher } from './launcher/launcher';
import { parseLauncherArgs, USAGE } from './launcher/options';
import { watchParent } from './launcher/parent-watch';
import { SEED_TOPOLOGY } from './launcher/topology';

const print = (line: string) => process.stdout.write(`${line}\n`);

let options;
try {
  options = parseLauncherArgs(process.argv.slice(2), process.env, process.cwd());
} catch (err) {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n\n${USAGE}`);
  process.exit(2);
}
if (options.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
process.exitCode = await runLauncher(options, SEED_TOPOLOGY, {
  print,
  onSignal: (handler) => {
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => handler(signal));
    // `npm start` does not forward a signal sent to npm alone: stop too when the parent is gone.
    watchParent({ onGone: () => handler('parent process exit') });
  },
});
