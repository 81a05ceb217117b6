import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HostAgent } from '@trellis/host-agent/src/agent/host-agent';
import { FileStateStore } from '@trellis/host-agent/src/agent/state-store';
import { MemoryBackend } from '@trellis/host-agent/src/dataplane/memory-backend';
import { diffViews, digestMatches, digestVniView, type HostView } from '@trellis/l2';
import type { ControllerOptions } from '@trellis/vtep-controller/src/controller/types';
import { binding, expectedView, host, network, port, router, subnet } from '@trellis/vtep-controller/src/testing/fixtures';
import { Harness } from '@trellis/vtep-controller/src/testing/harness';
import pino from 'pino';

export { binding, host, network, port, router, subnet };

/** One real host-agent: memory dataplane, state persisted in its own temp dir. */
export interface AgentHandle {
  readonly id: string;
  readonly vtep: string;
  readonly cell: string;
  readonly dir: string;
  agent: HostAgent;
  backend: MemoryBackend;
}

export interface AgentOverrides {
  digestIntervalMs?: number;
  idleTimeoutMs?: number;
}

/**
 * The real vtep-controller (its test harness: LMDB in a temp dir, gRPC on 127.0.0.1, the central
 * feed driven in-process) with real HostAgent instances connected to it.
 */
export class L2Cluster {
  readonly controller: Harness;
  readonly agents = new Map<string, AgentHandle>();
  private readonly agentOverrides: AgentOverrides;

  constructor(overrides: Partial<ControllerOptions> = {}, agentOverrides: AgentOverrides = {}) {
    this.controller = new Harness({ heartbeatIntervalMs: 60_000, ...overrides });
    this.agentOverrides = agentOverrides;
  }

  async start(): Promise<this> {
    await this.controller.start();
    return this;
  }

  get counters() {
    return this.controller.ctl.counters;
  }

  /** Registers hosts (one central revision) without starting their agents. */
  registerHosts(specs: ReadonlyArray<[id: string, vtep: string, cell: string]>): number {
    return this.controller.commit(...specs.map(([id, vtep, cell]): [string, string, unknown] => ['hosts', id, host(id, vtep, cell)]));
  }

  /** Starts (or restarts, over the same state dir) the agent of a registered host. */
  async startAgent(id: string): Promise<AgentHandle> {
    const rec = this.controller.ctl.index.hosts.get(id);
    if (!rec) throw new Error(`host ${id} is not registered`);
    const previous = this.agents.get(id);
    const dir = previous?.dir ?? mkdtempSync(join(tmpdir(), `test-l2-${id}-`));
    const backend = new MemoryBackend();
    const agent = new HostAgent({
      hostId: id,
      vtep: rec.vtep,
      targets: [this.controller.address],
      backend,
      store: new FileStateStore(dir),
      logger: pino({ level: 'silent' }),
      digestIntervalMs: this.agentOverrides.digestIntervalMs ?? 0,
      idleTimeoutMs: this.agentOverrides.idleTimeoutMs ?? 0,
      backoff: { initialMs: 30, maxMs: 200 },
    });
    const handle: AgentHandle = { id, vtep: rec.vtep, cell: '', dir, agent, backend };
    this.agents.set(id, handle);
    await agent.start();
    return handle;
  }

  /** Stops an agent (its state stays on disk, its dataplane as it was). */
  async stopAgent(id: string): Promise<void> {
    await this.agents.get(id)?.agent.stop();
  }

  /** Differences between what the controller says a host must hold and its dataplane; [] when equal. */
  async divergence(id: string): Promise<string[]> {
    const a = this.agents.get(id)!;
    const expected = expectedView(this.controller.ctl.index, id);
    const actual: HostView = await a.backend.read();
    const out = diffViews(expected, actual);
    if (out.length > 0) return out;
    // The agent's applied view must be the dataplane's, and its digests must match the controller's.
    out.push(...diffViews(expected, a.agent.view).map((d) => `agent view: ${d}`));
    for (const d of a.agent.state.digests().vnis ?? []) {
      const vni = d.vni ?? 0;
      if (!digestMatches(Number(d.digest ?? 0), digestVniView(this.controller.ctl.index.hostVniView(id, vni)))) out.push(`vni ${vni}: digest differs`);
    }
    return out;
  }

  /** Waits (bounded) until every named agent (all by default) holds exactly its expected view. */
  async converged(ids: readonly string[] = [...this.agents.keys()], timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last: string[] = [];
    for (let i = 0; i < 100_000 && Date.now() < deadline; i++) {
      last = [];
      for (const id of ids) for (const d of await this.divergence(id)) last.push(`${id}: ${d}`);
      if (last.length === 0) return;
      await sleep(20);
    }
    throw new Error(`hosts did not converge within ${timeoutMs} ms:\n${last.slice(0, 20).join('\n')}`);
  }

  async dispose(): Promise<void> {
    for (const a of this.agents.values()) {
      await a.agent.stop().catch(() => undefined);
      rmSync(a.dir, { recursive: true, force: true });
    }
    await this.controller.dispose();
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Polls `check` until it holds, at most `timeoutMs`. */
export async function waitFor(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let i = 0; i < 100_000 && Date.now() < deadline; i++) {
    if (check()) return;
    await sleep(10);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}
