import { mkdir, open, rename, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { HostView, LocalPortView, RouterTable, RouterView, SubnetView } from '@trellis/l2';

/** Names the central revision the host has applied (mirrors `trellis.l2.v1.ResumeToken`). */
export interface ResumeState {
  epoch: string;
  revision: number;
  subscriptionVersion: number;
}

/** What the agent persists after each applied version: its view and the matching token. */
export interface PersistedState {
  token?: ResumeState;
  view: HostView;
  /** Routers the host routes for (absent in files written before routing). */
  routers?: RouterTable;
}

/** Where the agent keeps its applied state between restarts. */
export interface StateStore {
  load(): Promise<PersistedState | undefined>;
  /**
   * Records a state. The state is serialized at once (so view and token stay a consistent
   * pair); writing may happen later and coalesces with newer saves.
   */
  save(state: PersistedState): void;
  /** Resolves once every saved state is durable. */
  flush(): Promise<void>;
}

interface StateFileV1 {
  format: 1;
  /**
   * True when written by an agent that holds subnets (the addressing section). A file without
   * it came from an older agent: its view has no subnets, and a resume would only bring the
   * subnets that change later, so its token is dropped (the controller then sends a snapshot).
   */
  addressing?: true;
  token?: ResumeState;
  vnis: Array<{
    vni: number;
    mtu: number;
    flood: string[];
    fdb: Array<[mac: string, vtep: string, seq: number]>;
    neigh: Array<[ip: string, mac: string]>;
    local: LocalPortView[];
    subnets?: SubnetView[];
  }>;
  /** Added with routing; older agents ignore it, files without it hold no routers. */
  routers?: RouterView[];
}

export function serializeState(state: PersistedState): string {
  const file: StateFileV1 = {
    format: 1,
    addressing: true,
    token: state.token,
    vnis: Array.from(state.view.values(), (t) => ({
      vni: t.vni,
      mtu: t.mtu,
      flood: [...t.flood],
      fdb: Array.from(t.fdb, ([mac, e]) => [mac, e.vtep, e.seq] as [string, string, number]),
      neigh: [...t.neigh],
      local: [...t.local.values()],
      ...(t.subnets.size > 0 ? { subnets: [...t.subnets.values()] } : {}),
    })),
    ...(state.routers && state.routers.size > 0 ? { routers: [...state.routers.values()] } : {}),
  };
  return JSON.stringify(file);
}

export function deserializeState(text: string): PersistedState {
  const file = JSON.parse(text) as StateFileV1;
  if (file.format !== 1) throw new Error(`unknown state file format ${String(file.format)}`);
  const view: HostView = new Map();
  for (const v of file.vnis) {
    view.set(v.vni, {
      vni: v.vni,
      mtu: v.mtu,
      flood: new Set(v.flood),
      fdb: new Map(v.fdb.map(([mac, vtep, seq]) => [mac, { vtep, seq }])),
      neigh: new Map(v.neigh),
      local: new Map(v.local.map((p) => [p.portId, p])),
      subnets: new Map((v.subnets ?? []).map((s) => [s.id, s])),
    });
  }
  return { token: file.addressing ? file.token : undefined, view, routers: new Map((file.routers ?? []).map((r) => [r.routerId, r])) };
}

/**
 * The state as one JSON file (`<dataDir>/host-state.json`), replaced atomically: written to a
 * temporary file, fsynced, renamed over the old one. At most one write is in flight; saves made
 * meanwhile collapse into the newest.
 */
export class FileStateStore implements StateStore {
  readonly file: string;
  private next: string | undefined;
  private writing: Promise<void> | undefined;
  private lastError: unknown;

  constructor(private readonly dataDir: string) {
    this.file = path.join(dataDir, 'host-state.json');
  }

  async load(): Promise<PersistedState | undefined> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
    return deserializeState(text);
  }

  save(state: PersistedState): void {
    this.next = serializeState(state);
    if (!this.writing) this.writing = this.drain();
  }

  async flush(): Promise<void> {
    while (this.writing) await this.writing;
    if (this.lastError) {
      const err = this.lastError;
      this.lastError = undefined;
      throw err;
    }
  }

  private async drain(): Promise<void> {
    try {
      while (this.next !== undefined) {
        const text = this.next;
        this.next = undefined;
        try {
          await mkdir(this.dataDir, { recursive: true });
          await this.writeAtomically(text);
        } catch (err) {
          this.lastError = err;
        }
      }
    } finally {
      this.writing = undefined;
    }
  }

  private async writeAtomically(text: string): Promise<void> {
    const tmp = `${this.file}.tmp`;
    const fh = await open(tmp, 'w');
    try {
      await fh.writeFile(text, 'utf8');
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, this.file);
  }
}

/** Keeps the last saved state in memory (simulation and benchmarks, where no disk is wanted). */
export class MemoryStateStore implements StateStore {
  private text: string | undefined;
  saves = 0;

  async load(): Promise<PersistedState | undefined> {
    return this.text === undefined ? undefined : deserializeState(this.text);
  }

  save(state: PersistedState): void {
    this.text = serializeState(state);
    this.saves++;
  }

  async flush(): Promise<void> {}
}
