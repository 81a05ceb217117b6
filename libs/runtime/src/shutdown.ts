import type { Logger } from 'pino';

/** Default bound on each shutdown hook. */
export const DEFAULT_SHUTDOWN_HOOK_TIMEOUT_MS = 10_000;

export interface ShutdownOptions {
  readonly logger: Logger;
  /** Bound on each hook; a hook still running after it is logged and abandoned. */
  readonly timeoutMs?: number;
  /**
   * A second signal this soon after the first is the same interrupt delivered twice (Ctrl-C
   * reaches the whole process group, and a wrapper such as npm forwards it again) and is ignored.
   * Default 1000 ms.
   */
  readonly signalRepeatGraceMs?: number;
}

/** The slice of `process` the signal handlers use; tests pass an EventEmitter stand-in. */
export interface SignalTarget {
  once(event: 'SIGTERM' | 'SIGINT', listener: () => void): unknown;
  on(event: 'SIGTERM' | 'SIGINT', listener: () => void): unknown;
  exit(code: number): void;
}

export interface Shutdown {
  /** Adds a hook; hooks run in reverse registration order (last started, first stopped). */
  register(name: string, fn: () => Promise<void> | void): void;
  /** Runs every hook once; later calls return the same promise. Never rejects. */
  run(reason: string): Promise<{ failed: readonly string[] }>;
  /**
   * SIGTERM / SIGINT run the hooks, then exit 0 (1 if a hook failed or timed out);
   * a second signal while they run exits at once with 130, unless it arrives within
   * `signalRepeatGraceMs` of the first (the same interrupt delivered twice).
   */
  installSignalHandlers(target: SignalTarget): void;
}

type HookOutcome = 'ok' | 'failed' | 'timeout';

async function runBounded(fn: () => Promise<void> | void, timeoutMs: number): Promise<{ outcome: HookOutcome; err?: unknown }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<{ outcome: HookOutcome }>((resolve) => {
    timer = setTimeout(() => resolve({ outcome: 'timeout' }), timeoutMs);
  });
  const work = (async () => {
    try {
      await fn();
      return { outcome: 'ok' as const };
    } catch (err) {
      return { outcome: 'failed' as const, err };
    }
  })();
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Graceful shutdown: named hooks, each bounded, run once in reverse order. */
export function createShutdown(options: ShutdownOptions): Shutdown {
  const log = options.logger.child({ component: 'shutdown' });
  const timeoutMs = options.timeoutMs ?? DEFAULT_SHUTDOWN_HOOK_TIMEOUT_MS;
  const repeatGraceMs = options.signalRepeatGraceMs ?? 1_000;
  let firstSignalAt = 0;
  const hooks: { name: string; fn: () => Promise<void> | void }[] = [];
  let running: Promise<{ failed: readonly string[] }> | undefined;

  const runAll = async (reason: string): Promise<{ failed: readonly string[] }> => {
    log.info({ reason, hooks: hooks.length }, 'shutting down');
    const failed: string[] = [];
    for (const hook of [...hooks].reverse()) {
      const started = Date.now();
      const { outcome, err } = await runBounded(hook.fn, timeoutMs);
      const elapsedMs = Date.now() - started;
      if (outcome === 'ok') log.info({ hook: hook.name, elapsedMs }, 'shutdown hook done');
      else if (outcome === 'timeout') log.error({ hook: hook.name, timeoutMs }, 'shutdown hook timed out');
      else log.error({ hook: hook.name, err, elapsedMs }, 'shutdown hook failed');
      if (outcome !== 'ok') failed.push(hook.name);
    }
    log.info({ reason, failed }, 'shutdown complete');
    return { failed };
  };

  const shutdown: Shutdown = {
    register(name, fn) {
      if (running) throw new Error(`shutdown already started; cannot register ${name}`);
      hooks.push({ name, fn });
    },
    run(reason) {
      running ??= runAll(reason);
      return running;
    },
    installSignalHandlers(target) {
      const onSignal = (signal: 'SIGTERM' | 'SIGINT') => () => {
        if (running && Date.now() - firstSignalAt < repeatGraceMs) {
          log.debug({ signal }, 'repeated signal ignored');
          return;
        }
        if (running) {
          log.warn({ signal }, 'second signal, exiting now');
          target.exit(130);
          return;
        }
        firstSignalAt = Date.now();
        void shutdown.run(signal).then(({ failed }) => target.exit(failed.length > 0 ? 1 : 0));
      };
      target.on('SIGTERM', onSignal('SIGTERM'));
      target.on('SIGINT', onSignal('SIGINT'));
    },
  };
  return shutdown;
}
