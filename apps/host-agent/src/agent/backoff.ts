export interface BackoffOptions {
  /** Ceiling of the first retry's delay. */
  initialMs: number;
  /** Ceiling of any delay. */
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { initialMs: 200, maxMs: 15_000 };

/**
 * grpc-js channel options that keep its own reconnect backoff within the agent's. grpc-js backs
 * off a subchannel on its own (1 s growing ×1.6 up to 120 s by default) and shares subchannels
 * between clients of one target, so after a controller outage of tens of seconds a host's new
 * stream could wait far longer than the agent's own retry delay before a connection is tried.
 */
export function reconnectChannelOptions(backoff: BackoffOptions): { 'grpc.initial_reconnect_backoff_ms': number; 'grpc.max_reconnect_backoff_ms': number } {
  return { 'grpc.initial_reconnect_backoff_ms': backoff.initialMs, 'grpc.max_reconnect_backoff_ms': backoff.maxMs };
}

/**
 * Delay before reconnect attempt `attempt` (0-based): exponential backoff with "equal jitter", uniform
 * in [ceiling/2, ceiling] with ceiling = min(maxMs, initialMs · 2^attempt). Keeping half of the
 * ceiling spreads a thousand hosts losing the same controller without letting any retry at once.
 */
export function backoffDelayMs(attempt: number, options: BackoffOptions, random: () => number = Math.random): number {
  const ceiling = Math.min(options.maxMs, options.initialMs * 2 ** Math.min(attempt, 30));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
