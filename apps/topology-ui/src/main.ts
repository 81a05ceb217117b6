import { loadCells, loadControllerHosts, loadHosts, loadNetworks, loadPorts, loadRegions, loadRouters, loadZones } from './api';
import type { LiveMessageJson, Snapshot } from './api-types';
import { byId, fill, h } from './dom';
import { LiveFeed, type FeedState } from './live-feed';
import { meshByVni, regionTree, reloadsFor, type Reload } from './model';
import { EventLog } from './panels/events-panel';
import { meshPanel } from './panels/mesh-panel';
import { networksPanel } from './panels/networks-panel';
import { routersPanel } from './panels/routers-panel';
import { controllerStatus, topologyPanel } from './panels/topology-panel';

/** Changes that arrive together (one boot is many revisions) cause one reload. */
const RELOAD_DEBOUNCE_MS = 150;
/** Lag and digests change without a store change of central's, and heartbeat ages grow: polled. */
const CONTROLLER_POLL_MS = 5_000;

type MutableSnapshot = { -readonly [K in keyof Snapshot]: Snapshot[K] };

const loaders: Record<Reload | 'controller' | 'routers', (s: MutableSnapshot) => Promise<void>> = {
  topology: async (s) => {
    [s.regions, s.zones, s.cells, s.hosts] = await Promise.all([loadRegions(), loadZones(), loadCells(), loadHosts()]);
  },
  networks: async (s) => {
    s.networks = await loadNetworks();
  },
  ports: async (s) => {
    s.ports = await loadPorts();
  },
  controller: async (s) => {
    s.controller = await loadControllerHosts();
  },
  routers: async (s) => {
    s.routers = await loadRouters();
  },
};

const ALL = Object.keys(loaders) as Array<keyof typeof loaders>;

class TopologyPage {
  private readonly snapshot: MutableSnapshot = {
    regions: [],
    zones: [],
    cells: [],
    hosts: [],
    networks: [],
    ports: [],
    routers: { served: false, status: 0 },
    controller: { configured: false, reachable: false },
  };
  private readonly pending = new Set<keyof typeof loaders>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly log = new EventLog(byId('events'));
  private loads = 0;
  private feedWasOpen = false;

  async start(): Promise<void> {
    await this.reload(ALL);
    new LiveFeed({ onMessage: (m) => this.onMessage(m), onState: (state, detail) => this.onFeedState(state, detail) }).start();
    setInterval(() => void this.reload(['controller']), CONTROLLER_POLL_MS);
  }

  private onMessage(message: LiveMessageJson): void {
    this.log.add(message);
    if (message.type === 'compacted') this.schedule(ALL);
    if (message.type !== 'changes') return;
    const reloads = new Set<keyof typeof loaders>();
    for (const change of message.changes) {
      const what = reloadsFor(change.collection);
      if (what !== undefined) reloads.add(what);
    }
    // A host's membership or a network's VNI moves lag on the controller too.
    if (reloads.size > 0) reloads.add('controller');
    this.schedule([...reloads]);
  }

  private onFeedState(state: FeedState, detail: string): void {
    const el = byId('feed-state');
    el.dataset.state = state;
    el.textContent = state === 'open' ? 'live' : state === 'connecting' ? 'connecting…' : detail;
    // After a reconnect, anything may have changed while the socket was down.
    if (state === 'open' && this.feedWasOpen) this.schedule(ALL);
    if (state === 'open') this.feedWasOpen = true;
  }

  private schedule(what: readonly (keyof typeof loaders)[]): void {
    for (const w of what) this.pending.add(w);
    if (this.timer !== undefined || this.pending.size === 0) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const batch = [...this.pending];
      this.pending.clear();
      void this.reload(batch);
    }, RELOAD_DEBOUNCE_MS);
  }

  private async reload(what: readonly (keyof typeof loaders)[]): Promise<void> {
    const results = await Promise.allSettled(what.map((w) => loaders[w](this.snapshot)));
    const failed = results.flatMap((r, i) => (r.status === 'rejected' ? [`${what[i]}: ${r.reason instanceof Error ? r.reason.message : String(r.reason)}`] : []));
    fill(byId('errors'), failed.map((f) => h('p', {}, f)));
    this.loads++;
    this.render();
  }

  private render(): void {
    const s = this.snapshot;
    const now = Date.now();
    fill(byId('controller-status'), controllerStatus(s.controller));
    fill(byId('topology'), topologyPanel(regionTree(s), s.controller, now));
    fill(byId('networks'), networksPanel(s.networks));
    fill(byId('mesh'), meshPanel(meshByVni(s)));
    fill(byId('routers'), routersPanel(s.routers));
    byId('updated').textContent = `updated ${new Date(now).toLocaleTimeString()}`;
    document.body.dataset.loads = String(this.loads);
  }
}

void new TopologyPage().start();
