import type { Store, WatchEvent, WatchOptions } from '../store';

/**
 * Collects watch events until `done(events)` is true, then ends the watch through its signal.
 * Fails (rejects) after `timeoutMs` so a missing event can never hang a suite.
 */
export async function collectWatch(
  store: Store,
  options: Omit<WatchOptions, 'signal'>,
  done: (events: readonly WatchEvent[]) => boolean,
  timeoutMs = 5_000,
): Promise<WatchEvent[]> {
  const controller = new AbortController();
  const events: WatchEvent[] = [];
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    for await (const event of store.watch({ ...options, signal: controller.signal })) {
      events.push(event);
      if (done(events)) break;
    }
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  if (!done(events)) {
    throw new Error(`watch ended after ${events.length} event(s) without the expected ones: ${JSON.stringify(events).slice(0, 500)}`);
  }
  return events;
}

/** The revisions of the `changes` events, in order. */
export function revisionsOf(events: readonly WatchEvent[]): number[] {
  return events.flatMap((e) => (e.type === 'changes' ? [e.revision] : []));
}

/** True once a `changes` event at or past `revision` has been seen. */
export const reached = (revision: number) => (events: readonly WatchEvent[]) =>
  events.some((e) => e.type === 'changes' && e.revision >= revision);
