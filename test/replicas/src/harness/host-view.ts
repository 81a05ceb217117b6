import { readFileSync } from 'node:fs';
import path from 'node:path';

/** One VNI of a host-agent's persisted view (the `host-state.json` format 1 of apps/host-agent). */
export interface PersistedVni {
  readonly vni: number;
  readonly flood: string[];
  readonly fdb: [mac: string, vtep: string, seq: number][];
  readonly local: { portId: string; mac: string }[];
}

export interface PersistedHostState {
  readonly token?: { epoch: string; revision: number; subscriptionVersion: number };
  readonly vnis: PersistedVni[];
}

/** What the host-agent last persisted (undefined before its first applied version). */
export function readHostState(dataDir: string): PersistedHostState | undefined {
  try {
    return JSON.parse(readFileSync(path.join(dataDir, 'host-state.json'), 'utf8')) as PersistedHostState;
  } catch {
    return undefined;
  }
}

/** The VTEP the host would send `mac` of `vni` to, per its persisted view. */
export function fdbTarget(state: PersistedHostState | undefined, vni: number, mac: string): string | undefined {
  return state?.vnis.find((v) => v.vni === vni)?.fdb.find(([m]) => m === mac)?.[1];
}

/** True when `portId` is a local port of the host in `vni`. */
export function hasLocalPort(state: PersistedHostState | undefined, vni: number, portId: string): boolean {
  return state?.vnis.find((v) => v.vni === vni)?.local.some((p) => p.portId === portId) ?? false;
}
