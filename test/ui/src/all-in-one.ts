import { freePort, spawnNode, tempDir, type NodeProcess } from '@trellis/testkit';

/** The all-in-one launcher (central, controller, cell-agents, simulated hosts) on free ports. */
export interface AllInOne {
  readonly central: string;
  readonly controllerOps: string;
  readonly output: () => string;
  /** Stops the launcher (which stops its children), then ends any child it left, by PID, and removes the data. */
  stop(): Promise<void>;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function startAllInOne(): Promise<AllInOne> {
  const dir = tempDir('trellis-ui-');
  const [central, feed, controller, controllerOps, one, two] = await Promise.all([freePort(), freePort(), freePort(), freePort(), freePort(), freePort()]);
  let proc: NodeProcess | undefined;
  const childPids = () => [...(proc?.output() ?? '').matchAll(/started (\S+) pid (\d+)/g)].map((m) => Number(m[2]));
  const stop = async () => {
    const pids = childPids();
    await proc?.stop(20_000);
    for (const pid of pids.filter(alive)) process.kill(pid, 'SIGKILL');
    dir.remove();
  };
  try {
    proc = spawnNode('tools/dev/all-in-one.ts', {
      args: ['--data-dir', dir.path, '--central-port', `${central}`, '--feed-port', `${feed}`, '--controller-port', `${controller}`, '--controller-ops-port', `${controllerOps}`, '--region-one-port', `${one}`, '--region-two-port', `${two}`],
    });
    await proc.waitFor(/Trellis all-in-one ready/, 120_000);
  } catch (err) {
    await stop();
    throw err;
  }
  const started = proc;
  return { central: `http://127.0.0.1:${central}`, controllerOps: `http://127.0.0.1:${controllerOps}`, output: () => started.output(), stop };
}
