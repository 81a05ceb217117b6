import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { FeedClient } from '@trellis/feed';
import { deserializeState } from '@trellis/host-agent/src/agent/state-store';
import { diffViews, type HostView } from '@trellis/l2';
import { createLogger } from '@trellis/runtime';
import { expectedView } from '@trellis/vtep-controller/src/testing/fixtures';
import { Harness } from '@trellis/vtep-controller/src/testing/harness';

/**
 * What central's store says each host must hold, computed independently of the vtep-controller
 * under test: central's feed, watched from revision 0, drives an in-process span engine (the
 * controller's own test harness); `expected(host)` is its view of that host.
 */
export class StoreView {
  readonly #harness = new Harness();
  readonly #client: FeedClient;
  readonly #abort = new AbortController();
  #loop: Promise<void> | undefined;
  revision = 0;
  /** True once the feed reported progress: everything central had committed has been applied. */
  caughtUp = false;

  constructor(feedTarget: string) {
    this.#client = new FeedClient({ targets: [feedTarget], logger: createLogger({ name: 'chaos-store-view', level: 'silent' }), consumer: 'chaos-check', progressIntervalMs: 200 });
  }

  async start(): Promise<void> {
    await this.#harness.start();
    this.#loop = (async () => {
      for await (const event of this.#client.watch({ afterRevision: 0, signal: this.#abort.signal })) {
        if (event.type === 'connection') continue;
        this.#harness.ctl.applyFeedEvent(event);
        if ('revision' in event && event.revision > this.revision) this.revision = event.revision;
        if (event.type === 'progress') this.caughtUp = true;
      }
    })().catch(() => undefined);
  }

  expected(hostId: string): HostView {
    return expectedView(this.#harness.ctl.index, hostId);
  }

  async close(): Promise<void> {
    this.#abort.abort();
    this.#client.close();
    await this.#loop;
    await this.#harness.dispose();
  }
}

/** The view a host-agent last persisted (its applied state), or undefined before its first save. */
export async function persistedView(dataDir: string): Promise<HostView | undefined> {
  try {
    return deserializeState(await readFile(path.join(dataDir, 'host-state.json'), 'utf8')).view;
  } catch {
    return undefined;
  }
}

/** Differences between a host's persisted view and the store's; [] when equal. */
export async function hostDivergence(view: StoreView, hostId: string, dataDir: string): Promise<string[]> {
  const actual = await persistedView(dataDir);
  if (!actual) return ['no persisted state yet'];
  return diffViews(view.expected(hostId), actual);
}
