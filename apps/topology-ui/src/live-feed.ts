import type { LiveMessageJson } from './api-types';

export type FeedState = 'connecting' | 'open' | 'closed';

export interface LiveFeedHandlers {
  readonly onMessage: (message: LiveMessageJson) => void;
  readonly onState: (state: FeedState, detail: string) => void;
}

/** Delay before reconnecting, doubling per failure up to the cap. */
const RETRY_MIN_MS = 500;
const RETRY_MAX_MS = 10_000;

/**
 * Follows `GET /v2.0/trellis/events` on the serving central-api. Reconnects after a drop with
 * `after_revision` set to the last revision seen, so no change is missed across the gap (a
 * `compacted` message says when some were, and the page then reloads everything).
 */
export class LiveFeed {
  private socket: WebSocket | undefined;
  private lastRevision: number | undefined;
  private retryMs = RETRY_MIN_MS;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;

  constructor(private readonly handlers: LiveFeedHandlers) {}

  start(): void {
    this.stopped = false;
    this.connect();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.socket?.close(1000, 'page closed');
  }

  private url(): string {
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    const after = this.lastRevision === undefined ? '' : `?after_revision=${this.lastRevision}`;
    return `${scheme}//${location.host}/v2.0/trellis/events${after}`;
  }

  private connect(): void {
    this.handlers.onState('connecting', this.url());
    const socket = new WebSocket(this.url());
    this.socket = socket;
    socket.onopen = () => {
      this.retryMs = RETRY_MIN_MS;
      this.handlers.onState('open', '');
    };
    socket.onmessage = (event: MessageEvent<unknown>) => {
      if (typeof event.data !== 'string') return;
      const message = JSON.parse(event.data) as LiveMessageJson;
      if (message.type === 'subscribed') this.lastRevision = message.after_revision;
      else if (message.type === 'changes' || message.type === 'progress') this.lastRevision = message.revision;
      else if (message.type === 'compacted') this.lastRevision = message.resume_revision;
      this.handlers.onMessage(message);
    };
    socket.onclose = (event: CloseEvent) => {
      if (this.socket !== socket) return;
      this.socket = undefined;
      if (this.stopped) return;
      this.handlers.onState('closed', `closed (${event.code}${event.reason ? ` ${event.reason}` : ''}); retrying in ${Math.round(this.retryMs / 100) / 10} s`);
      this.timer = setTimeout(() => this.connect(), this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, RETRY_MAX_MS);
    };
  }
}
