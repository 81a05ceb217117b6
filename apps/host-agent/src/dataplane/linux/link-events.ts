/** One line of `ip -o monitor link`: a link appeared or changed, or (`deleted`) went away. */
export interface LinkEvent {
  name: string;
  deleted: boolean;
}

/**
 * A source of link events (netlink RTM_NEWLINK / RTM_DELLINK). `restarted` fires after events
 * may have been missed (the source was down): the listener should re-check from a full listing.
 */
export interface LinkEventSource {
  start(listener: (event: LinkEvent) => void, restarted: () => void): void;
  stop(): Promise<void>;
}

// `12: tap0a1b2c3d-4e: <BROADCAST,…`, `Deleted 12: tap…`, veth peers as `tapX@if5` or `tapX@NONE`.
const LINE_RE = /^(Deleted\s+)?\d+:\s+([^:@\s]+)(?:@[^:\s]*)?:/;

/** Parses one line of `ip -o monitor link`; undefined for anything else (e.g. a `[NSID …]` prefix-less noise line). */
export function parseLinkEvent(line: string): LinkEvent | undefined {
  const m = LINE_RE.exec(line.trim());
  return m ? { name: m[2], deleted: m[1] !== undefined } : undefined;
}
