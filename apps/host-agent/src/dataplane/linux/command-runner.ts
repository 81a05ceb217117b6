import { spawn } from 'node:child_process';

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs one command with optional stdin. Injectable so command generation is testable without root. */
export interface CommandRunner {
  run(argv: readonly string[], stdin?: string): Promise<CommandResult>;
}

/** Runs commands as child processes (no shell), each bounded by `timeoutMs`. */
export function spawnRunner(timeoutMs = 30_000): CommandRunner {
  return {
    run(argv, stdin) {
      return new Promise((resolve, reject) => {
        const child = spawn(argv[0], argv.slice(1), { stdio: ['pipe', 'pipe', 'pipe'], timeout: timeoutMs });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
        child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
        child.on('error', reject);
        child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr }));
        child.stdin.on('error', () => {
          // The command may exit before reading all of stdin; its exit status tells what happened.
        });
        child.stdin.end(stdin ?? '');
      });
    },
  };
}

/** Prefixes a command so that it runs inside a network namespace. */
export function inNetns(netns: string | undefined, argv: readonly string[]): string[] {
  return netns ? ['ip', 'netns', 'exec', netns, ...argv] : [...argv];
}
