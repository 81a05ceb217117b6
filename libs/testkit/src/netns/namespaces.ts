import { inNamespace, run } from './ip-command';

/**
 * Network namespaces a test creates, all named with one prefix so that a crashed earlier run's
 * leftovers can be found and removed before the next run starts.
 */
export class NamespaceSet {
  private readonly created: string[] = [];

  constructor(readonly prefix: string) {
    if (!/^[a-z][a-z0-9-]{1,12}$/.test(prefix)) throw new Error(`namespace prefix ${prefix} must be short lower-case letters, digits, dashes`);
  }

  /** Names of existing namespaces that carry this set's prefix. */
  static async existing(prefix: string): Promise<string[]> {
    const out = await run('ip', ['netns', 'list']);
    return out.split('\n').map((l) => l.split(' ')[0]).filter((n) => n.startsWith(`${prefix}-`));
  }

  /** Removes every namespace with the prefix (stale ones from a crashed run included). */
  static async removeAll(prefix: string): Promise<void> {
    for (const ns of await NamespaceSet.existing(prefix)) {
      await run('ip', ['netns', 'del', ns]).catch(() => undefined);
    }
  }

  name(suffix: string): string {
    return `${this.prefix}-${suffix}`;
  }

  /** Creates `<prefix>-<suffix>` with loopback up. */
  async add(suffix: string): Promise<string> {
    const ns = this.name(suffix);
    await run('ip', ['netns', 'add', ns]);
    this.created.push(ns);
    await inNamespace(ns, 'ip', ['link', 'set', 'lo', 'up']);
    return ns;
  }

  /** A veth pair from namespace `a` (interface `aIf`) to namespace `b` (interface `bIf`). */
  async veth(a: string, aIf: string, b: string, bIf: string): Promise<void> {
    await run('ip', ['link', 'add', aIf, 'netns', a, 'type', 'veth', 'peer', 'name', bIf, 'netns', b]);
  }

  exec(ns: string, command: string, args: readonly string[]): Promise<string> {
    return inNamespace(ns, command, args);
  }

  /** Deletes the namespaces this set created (their links go with them). Never throws. */
  async removeCreated(): Promise<void> {
    for (const ns of this.created.splice(0).reverse()) {
      await run('ip', ['netns', 'del', ns]).catch(() => undefined);
    }
  }
}
