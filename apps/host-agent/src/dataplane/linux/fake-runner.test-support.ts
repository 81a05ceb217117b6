import type { CommandResult, CommandRunner } from './command-runner';

/** A recording command runner: answers listings from fixtures, batch scripts with scripted stderr. */
export class FakeRunner implements CommandRunner {
  readonly calls: Array<{ argv: string[]; stdin?: string }> = [];
  links: unknown[] = [];
  fdb: unknown[] = [];
  neigh: unknown[] = [];
  /** Result for the next batch runs of a tool, consumed in order. */
  batchResults: Record<'ip' | 'bridge', CommandResult[]> = { ip: [], bridge: [] };

  async run(argv: readonly string[], stdin?: string): Promise<CommandResult> {
    this.calls.push({ argv: [...argv], stdin });
    const cmd = argv.join(' ');
    const ok = (stdout = ''): CommandResult => ({ code: 0, stdout, stderr: '' });
    if (cmd.endsWith('ip -d -j link show')) return ok(JSON.stringify(this.links));
    if (cmd.endsWith('bridge -j fdb show')) return ok(JSON.stringify(this.fdb));
    if (cmd.endsWith('ip -j neigh show')) return ok(JSON.stringify(this.neigh));
    const tool = argv.includes('bridge') ? 'bridge' : 'ip';
    if (cmd.endsWith('-force -batch -')) return this.batchResults[tool].shift() ?? ok();
    return { code: 1, stdout: '', stderr: `unexpected command ${cmd}` };
  }

  /** Script lines of every batch run of `tool`. */
  scripts(tool: 'ip' | 'bridge'): string[][] {
    return this.calls
      .filter((c) => c.argv.at(-1) === '-' && c.argv.at(-4) === tool)
      .map((c) => (c.stdin ?? '').split('\n').filter(Boolean));
  }
}
