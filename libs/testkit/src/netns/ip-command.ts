import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** Runs `ip` (or `bridge`) with arguments; rejects with the command and its stderr on failure. */
export async function run(command: 'ip' | 'bridge' | 'sysctl', args: readonly string[], input?: string): Promise<string> {
  try {
    const child = execFileAsync(command, [...args], { encoding: 'utf8', maxBuffer: 16 << 20 });
    if (input !== undefined) {
      child.child.stdin?.end(input);
    }
    const { stdout } = await child;
    return stdout;
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    throw new Error(`${command} ${args.join(' ')} failed: ${(e.stderr ?? e.message).trim()}`);
  }
}

/** Runs a command inside a network namespace. */
export async function inNamespace(ns: string, command: string, args: readonly string[]): Promise<string> {
  try {
    const { stdout } = await execFileAsync('ip', ['netns', 'exec', ns, command, ...args], { encoding: 'utf8', maxBuffer: 16 << 20 });
    return stdout;
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    throw new Error(`[${ns}] ${command} ${args.join(' ')} failed: ${(e.stderr ?? e.message).trim()}`);
  }
}

/** True when this process may create network namespaces (root on Linux with iproute2). */
export function canUseNamespaces(): boolean {
  return process.platform === 'linux' && typeof process.getuid === 'function' && process.getuid() === 0;
}
