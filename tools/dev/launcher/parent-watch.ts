/** Options of {@link watchParent}. */
export interface ParentWatchOptions {
  /** Called once, when the process that started this one is gone. */
  readonly onGone: () => void;
  /** How often the parent is checked (default 1 s). */
  readonly intervalMs?: number;
  /** Reads the current parent pid (default `process.ppid`; injectable for tests). */
  readonly ppid?: () => number;
}

/**
 * Calls `onGone` once when this process's parent exits. Why: `npm start` runs the launcher under
 * npm, which does not forward a SIGINT or SIGTERM sent to npm alone; when npm dies, the launcher
 * is re-parented (to init or a subreaper) and would keep every service running with nobody to
 * stop it. Polls the parent pid, which changes exactly when that happens. The timer does not keep
 * the process alive. Returns a function that stops watching.
 */
export function watchParent(options: ParentWatchOptions): () => void {
  const ppid = options.ppid ?? (() => process.ppid);
  const original = ppid();
  const timer = setInterval(() => {
    if (ppid() === original) return;
    clearInterval(timer);
    options.onGone();
  }, options.intervalMs ?? 1_000);
  timer.unref();
  return () => clearInterval(timer);
}
