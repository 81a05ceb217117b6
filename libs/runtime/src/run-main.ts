import { isErrorType } from '@trellis/domain';
import type { Logger } from 'pino';
import { formatConfigProblems } from './config/problems';

/** Exit status for a bad configuration (sysexits EX_CONFIG). */
export const EXIT_INVALID_CONFIG = 78;
/** Exit status for any other startup failure. */
export const EXIT_FAILURE = 1;

/** The slice of `process` runMain uses; tests pass a stand-in. */
export interface MainProcess {
  readonly stderr: { write(text: string): unknown };
  exit(code: number): void;
}

/**
 * Runs an app's main. An `InvalidConfig` error prints every problem to stderr and exits with
 * EXIT_INVALID_CONFIG; any other rejection is logged (or printed when there is no logger yet) and
 * exits with EXIT_FAILURE. The only runtime helper that touches the process.
 */
export async function runMain(main: () => Promise<void>, logger?: Logger, proc: MainProcess = process): Promise<void> {
  try {
    await main();
  } catch (err) {
    if (isErrorType(err, 'InvalidConfig')) {
      proc.stderr.write(`${formatConfigProblems(err)}\n`);
      proc.exit(EXIT_INVALID_CONFIG);
      return;
    }
    if (logger) {
      logger.fatal({ err }, 'startup failed');
      logger.flush?.();
    } else {
      proc.stderr.write(`startup failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    }
    proc.exit(EXIT_FAILURE);
  }
}
