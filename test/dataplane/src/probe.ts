import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

/** One answered echo: its sequence number and when the reply arrived (epoch ms). */
export interface Reply {
  readonly seq: number;
  readonly atMs: number;
}

/**
 * A continuous ICMP probe from inside a namespace (`ping -D -O -i <interval>`), recording every
 * reply with the kernel-side timestamp ping prints. It tells when connectivity returned after a
 * given moment and which echoes were lost between the first and the last reply.
 */
export class ContinuousPing {
  readonly replies: Reply[] = [];
  private readonly child: ChildProcess;
  private buffer = '';
  private readonly exited: Promise<unknown>;
  private listeners = new Set<() => void>();

  constructor(ns: string, target: string, intervalS = 0.05) {
    this.child = spawn('ip', ['netns', 'exec', ns, 'ping', '-n', '-D', '-O', '-i', String(intervalS), target], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.exited = once(this.child, 'exit');
    this.child.stdout?.setEncoding('utf8').on('data', (chunk: string) => this.onData(chunk));
  }

  private onData(chunk: string): void {
    this.buffer += chunk;
    const lines = this.buffer.split('\n');
    this.buffer = lines.pop() ?? '';
    for (const line of lines) {
      const m = /^\[(\d+\.\d+)\] \d+ bytes from .*icmp_seq=(\d+)/.exec(line);
      if (!m || line.includes('DUP!')) continue;
      this.replies.push({ seq: Number(m[2]), atMs: Number(m[1]) * 1000 });
    }
    for (const l of this.listeners) l();
  }

  /** The first reply that arrived after `sinceMs` (epoch ms). */
  firstReplyAfter(sinceMs: number): Reply | undefined {
    return this.replies.find((r) => r.atMs > sinceMs);
  }

  /** The last reply that arrived before `beforeMs`. */
  lastReplyBefore(beforeMs: number): Reply | undefined {
    return this.replies.filter((r) => r.atMs < beforeMs).pop();
  }

  /** Resolves with the first reply after `sinceMs`; rejects after `timeoutMs`. */
  waitForReplyAfter(sinceMs: number, timeoutMs = 20_000): Promise<Reply> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const r = this.firstReplyAfter(sinceMs);
        if (r) done(() => resolve(r));
      };
      const timer = setTimeout(() => done(() => reject(new Error(`no echo reply within ${timeoutMs} ms`))), timeoutMs);
      const done = (fn: () => void) => {
        clearTimeout(timer);
        this.listeners.delete(check);
        fn();
      };
      this.listeners.add(check);
      check();
    });
  }

  /** Sequence numbers between the first and the last reply that got no reply (lost echoes). */
  lost(): number[] {
    if (this.replies.length === 0) return [];
    const seen = new Set(this.replies.map((r) => r.seq));
    const first = this.replies[0].seq;
    const last = this.replies[this.replies.length - 1].seq;
    const missing: number[] = [];
    for (let s = first; s <= last; s++) if (!seen.has(s)) missing.push(s);
    return missing;
  }

  /** Stops ping (by its PID; `ip netns exec` execs it in place). */
  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGINT');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 3_000);
    await this.exited;
    clearTimeout(timer);
  }
}
