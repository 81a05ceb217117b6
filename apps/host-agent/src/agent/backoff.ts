export interface BackoffOptions {
  /** Ceiling of the first retry's delay. */
  initialMs: number;
  /** Ceiling of any delay. */
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { initialMs: 200, maxMs: 15_000 };

/**
 * Delay before reconnect attempt `attempt` (0-based): exponential backoff with "equal jitter", uniform
 * in [ceiling/2, ceiling] with ceiling = min(maxMs, initialMs · 2^attempt). Keeping half of the
 * ceiling spreads a thousand hosts losing the same controller without letting any retry at once.
 */
export function backoffDelayMs(attempt: number, options: BackoffOptions, random: () => number = Math.random): number {
  const ceiling = Math.min(options.maxMs, options.initialMs * 2 ** Math.min(attempt, 30));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
