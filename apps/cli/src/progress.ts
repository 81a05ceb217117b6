import type { CliIo } from './cli-io';

export interface Progress {
  tick(detail?: string): void;
  done(): void;
}

const WIDTH = 30;

/**
 * A progress bar on standard error: redrawn in place on a terminal, one line at the end
 * otherwise (logs and CI stay readable). Never on standard output, so `--json` stays clean.
 */
export function progress(io: CliIo, label: string, total: number): Progress {
  let n = 0;
  const line = (detail = '') => {
    const filled = total === 0 ? WIDTH : Math.round((n / total) * WIDTH);
    return `${label} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${n}/${total}${detail ? ` ${detail}` : ''}`;
  };
  return {
    tick(detail) {
      n++;
      if (io.errIsTty) io.err(`\r${line(detail)}\x1b[K`);
    },
    done() {
      io.err(io.errIsTty ? `\r${line()}\x1b[K\n` : `${line()}\n`);
    },
  };
}
