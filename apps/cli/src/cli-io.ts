/** Where a command writes and what it reads from its environment; tests pass their own. */
export interface CliIo {
  /** Standard output: the result (a table, or JSON with --json). */
  readonly out: (text: string) => void;
  /** Standard error: progress and diagnostics, never the result. */
  readonly err: (text: string) => void;
  /** True when standard error is a terminal (progress bars redraw in place). */
  readonly errIsTty: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** An error the CLI reports in one line and turns into its exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** The endpoints every command may use, from flags, then the environment, then the all-in-one defaults. */
export interface Endpoints {
  readonly central: string;
  readonly controller: string;
  readonly token: string | undefined;
}
