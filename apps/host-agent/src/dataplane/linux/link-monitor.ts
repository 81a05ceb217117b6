import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Logger } from 'pino';
import { inNetns } from './command-runner';
import { parseLinkEvent, type LinkEvent, type LinkEventSource } from './link-events';

export interface LinkMonitorOptions {
  logger: Logger;
  /** Watch this network namespace (`ip netns exec <netns> …`). */
  netns?: string;
  /** Delay before a monitor that exited is started again; default 1000 ms. */
  restartDelayMs?: number;
  /** The command; default `ip -o monitor link`. Tests substitute another. */
  argv?: readonly string[];
}

/**
 * Netlink link events from a long-lived `ip -o monitor link` child, one event per line. A
 * child process rather than a netlink binding: iproute2 is already what the backend runs for
 * everything else, works inside `ip netns exec`, and keeps native code out of the agent (the
 * npm netlink packages are native addons or unmaintained). A child that exits is started again
 * after `restartDelayMs`, and the listener is told events may have been missed.
 */
export class LinkMonitor implements LinkEventSource {
  private child: ChildProcess | undefined;
  private stopped = true;
  private restartTimer: NodeJS.Timeout | undefined;
  private readonly log: Logger;

  constructor(private readonly options: LinkMonitorOptions) {
    this.log = options.logger.child({ component: 'link-monitor' });
  }

  start(listener: (event: LinkEvent) => void, restarted: () => void): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.spawn(listener, restarted, false);
  }

  private spawn(listener: (event: LinkEvent) => void, restarted: () => void, again: boolean): void {
    const argv = inNetns(this.options.netns, this.options.argv ?? ['ip', '-o', 'monitor', 'link']);
    const child = spawn(argv[0], argv.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr = (stderr + d).slice(-500)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const event = parseLinkEvent(line);
      if (event) listener(event);
    });
    child.on('spawn', () => {
      // Events between the old child's exit and this one's start were not seen.
      if (again) restarted();
    });
    child.on('error', (err) => this.log.warn({ err }, 'link monitor could not run'));
    child.on('close', (code, signal) => {
      if (this.child === child) this.child = undefined;
      if (this.stopped) return;
      const delayMs = this.options.restartDelayMs ?? 1000;
      this.log.warn({ code, signal, stderr: stderr.trim(), delayMs }, 'link monitor exited; restarting');
      this.restartTimer = setTimeout(() => this.spawn(listener, restarted, true), delayMs);
      this.restartTimer.unref();
    });
  }

  /** The child's pid (tests). */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.restartTimer);
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('close', () => resolve());
      child.kill('SIGTERM');
    });
  }
}
