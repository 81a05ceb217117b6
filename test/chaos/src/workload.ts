import { randomUUID } from 'node:crypto';
import type { Random } from './random';
import { request, type Outcome } from './rest';

/** A network the workload created (acknowledged), with its subnet when that was acknowledged too. */
export interface NetworkRecord {
  readonly id: string;
  readonly vni: number;
  subnetId?: string;
}

/** A port whose create was acknowledged, and what every later acknowledged write made of it. */
export interface PortRecord {
  readonly id: string;
  readonly networkId: string;
  readonly mac: string;
  readonly ip: string;
  /** Hosts the binding may be on: one after an acknowledged write, two after a move of unknown outcome. */
  hosts: string[];
  /** 'gone' once a delete was acknowledged; 'maybe-gone' after a delete of unknown outcome. */
  state: 'live' | 'gone' | 'maybe-gone';
}

export interface WorkloadCounts {
  requests: number;
  acknowledged: number;
  refused: number;
  unknown: number;
}

/**
 * Continuous creates, binds, moves (PUT binding:host_id) and deletes against central-api, by a
 * few workers that each own their ports (so no two requests race on one port), bounded in count
 * and time. Only acknowledged (2xx) writes enter the ledger as facts; unknown outcomes are kept
 * as alternatives, never as facts.
 */
export class Workload {
  readonly networks: NetworkRecord[] = [];
  readonly ports: PortRecord[] = [];
  readonly counts: WorkloadCounts = { requests: 0, acknowledged: 0, refused: 0, unknown: 0 };
  #stopped = false;

  constructor(
    private readonly centralUrl: string,
    private readonly hosts: readonly string[],
  ) {}

  async createNetwork(cidrIndex: number): Promise<NetworkRecord | undefined> {
    const net = await this.#send('POST', '/v2.0/networks', { network: { name: `chaos-${cidrIndex}` } });
    if (net.kind !== 'ack') return undefined;
    const record: NetworkRecord = { id: net.json.network.id, vni: net.json.network['provider:segmentation_id'] };
    this.networks.push(record);
    const subnet = await this.#send('POST', '/v2.0/subnets', { subnet: { network_id: record.id, cidr: `10.${100 + cidrIndex}.0.0/22`, ip_version: 4 } });
    if (subnet.kind === 'ack') record.subnetId = subnet.json.subnet.id;
    return record;
  }

  stop(): void {
    this.#stopped = true;
  }

  /** One worker: `maxOps` operations at most, until `endAtMs` or stop(). */
  async worker(rng: Random, maxOps: number, endAtMs: number, mayCreateNetworks: boolean): Promise<void> {
    const mine: PortRecord[] = [];
    for (let i = 0; i < maxOps && !this.#stopped && Date.now() < endAtMs; i++) {
      const live = mine.filter((p) => p.state === 'live' && p.hosts.length === 1);
      const roll = rng.next();
      if (mayCreateNetworks && roll < 0.04 && this.networks.length < 12) await this.createNetwork(this.networks.length);
      else if (live.length < 3 || roll < 0.45) await this.#createPort(rng, mine);
      else if (roll < 0.8) await this.#move(rng, rng.pick(live));
      else await this.#delete(rng.pick(live));
      await new Promise((r) => setTimeout(r, rng.int(0, 20)));
    }
  }

  async #createPort(rng: Random, mine: PortRecord[]): Promise<void> {
    const usable = this.networks.filter((n) => n.subnetId !== undefined);
    if (usable.length === 0) return;
    const net = rng.pick(usable);
    const host = rng.pick(this.hosts);
    const res = await this.#send('POST', '/v2.0/ports', {
      port: { network_id: net.id, 'binding:host_id': host, device_owner: 'compute:nova', device_id: randomUUID() },
    });
    if (res.kind !== 'ack') return;
    const p = res.json.port;
    const record: PortRecord = { id: p.id, networkId: p.network_id, mac: p.mac_address, ip: p.fixed_ips[0]?.ip_address ?? '', hosts: [host], state: 'live' };
    this.ports.push(record);
    mine.push(record);
  }

  async #move(rng: Random, port: PortRecord): Promise<void> {
    const from = port.hosts[0];
    const to = rng.pick(this.hosts.filter((h) => h !== from));
    const res = await this.#send('PUT', `/v2.0/ports/${port.id}`, { port: { 'binding:host_id': to } });
    if (res.kind === 'ack') port.hosts = [to];
    else if (res.kind === 'unknown') port.hosts = [from, to];
  }

  async #delete(port: PortRecord): Promise<void> {
    const res = await this.#send('DELETE', `/v2.0/ports/${port.id}`);
    if (res.kind === 'ack') port.state = 'gone';
    else if (res.kind === 'unknown') port.state = 'maybe-gone';
  }

  async #send(method: string, path: string, body?: unknown): Promise<Outcome> {
    this.counts.requests++;
    const res = await request(method, `${this.centralUrl}${path}`, body);
    this.counts[res.kind === 'ack' ? 'acknowledged' : res.kind]++;
    return res;
  }
}
