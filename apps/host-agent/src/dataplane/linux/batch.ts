import { inNetns, type CommandRunner } from './command-runner';
import type { BatchLine } from './commands';

export interface BatchFailure {
  /** 1-based line number in the script. */
  lineNo: number;
  line: BatchLine;
  message: string;
}

export interface BatchResult {
  /** Failures that are not tolerated (tolerated ones are dropped). */
  failures: BatchFailure[];
  /** VNIs with at least one failure that is not tolerated. */
  failedVnis: number[];
}

const EXISTS_RE = /File exists|already exists/i;
const MISSING_RE = /No such file|No such device|Cannot find device|does not exist|not found/i;
const FAILED_RE = /^Command failed \S*:(\d+)\s*$/;

/**
 * Splits the stderr of `ip|bridge -force -batch -` into per-line failures: each error message
 * is followed by `Command failed -:<line>`.
 */
export function parseBatchErrors(stderr: string): Array<{ lineNo: number; message: string }> {
  const out: Array<{ lineNo: number; message: string }> = [];
  let pending: string[] = [];
  for (const raw of stderr.split('\n')) {
    const text = raw.trim();
    if (!text) continue;
    const m = FAILED_RE.exec(text);
    if (m) {
      out.push({ lineNo: Number(m[1]), message: pending.join('; ') });
      pending = [];
    } else {
      pending.push(text);
    }
  }
  return out;
}

function tolerated(line: BatchLine, message: string): boolean {
  if (line.tolerate === 'exists') return EXISTS_RE.test(message);
  if (line.tolerate === 'missing') return MISSING_RE.test(message);
  return false;
}

/**
 * Runs a script through `<tool> -force -batch -` (stdin), so one failing line does not stop the
 * rest, and maps the failures back to VNIs. A non-zero exit without parsable failures fails
 * every VNI of the script.
 */
export async function runBatch(
  runner: CommandRunner,
  tool: 'ip' | 'bridge',
  lines: readonly BatchLine[],
  netns: string | undefined,
): Promise<BatchResult> {
  if (lines.length === 0) return { failures: [], failedVnis: [] };
  const script = lines.map((l) => l.line).join('\n') + '\n';
  const result = await runner.run(inNetns(netns, [tool, '-force', '-batch', '-']), script);
  const parsed = parseBatchErrors(result.stderr);
  const failures: BatchFailure[] = [];
  for (const p of parsed) {
    const line = lines[p.lineNo - 1];
    if (!line) continue;
    if (!tolerated(line, p.message)) failures.push({ lineNo: p.lineNo, line, message: p.message });
  }
  if (result.code !== 0 && parsed.length === 0) {
    const message = result.stderr.trim() || `${tool} exited with status ${result.code}`;
    const all = [...new Set(lines.map((l) => l.vni))];
    return { failures: [{ lineNo: 0, line: lines[0], message }], failedVnis: all };
  }
  return { failures, failedVnis: [...new Set(failures.map((f) => f.line.vni))] };
}
