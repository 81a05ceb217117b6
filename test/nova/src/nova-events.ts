import type { FakeNova } from '@trellis/central-api/src/nova/fake-nova';
import type { NovaEvent } from '@trellis/central-api/src/nova/nova-event';

/** Every event the fake nova-api received so far, in arrival order. */
export function receivedEvents(nova: FakeNova): NovaEvent[] {
  return nova.requests.flatMap((r) => r.events);
}

/**
 * Waits (bounded) until an event `name` for port `tag` arrives after the first `since` events:
 * what nova-compute's waiter does (vif_plugging_timeout is 300 s; the suite allows 15 s).
 */
export async function waitForEvent(nova: FakeNova, since: number, name: NovaEvent['name'], tag: string, timeoutMs = 15_000): Promise<NovaEvent> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = receivedEvents(nova).slice(since).find((e) => e.name === name && e.tag === tag);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no ${name} for port ${tag} within ${timeoutMs} ms; received: ${JSON.stringify(receivedEvents(nova).slice(since))}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
