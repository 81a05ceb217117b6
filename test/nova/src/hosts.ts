import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HostAgent } from '@trellis/host-agent/src/agent/host-agent';
import { FileStateStore } from '@trellis/host-agent/src/agent/state-store';
import { MemoryBackend } from '@trellis/host-agent/src/dataplane/memory-backend';
import pino from 'pino';

/**
 * A compute host's real host-agent with the in-memory dataplane, run inside the test process so
 * the suite can read what the host has wired (a port counts as wired once applied).
 */
export class ComputeHost {
  readonly backend = new MemoryBackend();
  readonly #dir = mkdtempSync(path.join(tmpdir(), 'test-nova-host-'));
  readonly #agent: HostAgent;

  constructor(readonly id: string, readonly cell: string, readonly vtep: string, controllerTarget: string) {
    this.#agent = new HostAgent({
      hostId: id,
      vtep,
      targets: [controllerTarget],
      backend: this.backend,
      store: new FileStateStore(this.#dir),
      logger: pino({ level: 'silent' }),
      digestIntervalMs: 0,
      idleTimeoutMs: 0,
      backoff: { initialMs: 50, maxMs: 300 },
    });
  }

  start(): Promise<void> {
    return this.#agent.start();
  }

  /** Ids of the ports this host has wired (its local ports, active or inactive bindings). */
  async wiredPorts(): Promise<string[]> {
    const view = await this.backend.read();
    return [...view.values()].flatMap((t) => [...t.local.keys()]);
  }

  async stop(): Promise<void> {
    try {
      await this.#agent.stop();
    } finally {
      rmSync(this.#dir, { recursive: true, force: true });
    }
  }
}
