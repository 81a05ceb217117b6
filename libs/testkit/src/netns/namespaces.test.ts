import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canUseNamespaces } from './ip-command';
import { NamespaceSet } from './namespaces';

// Needs root on Linux; without it this suite fails loudly rather than passing.
describe('NamespaceSet (root)', () => {
  const set = new NamespaceSet('trkt');
  beforeAll(async () => {
    if (!canUseNamespaces()) throw new Error('network namespace tests need root on Linux (iproute2); they were not run');
    await NamespaceSet.removeAll('trkt');
  });
  afterAll(async () => {
    await set.removeCreated();
    await NamespaceSet.removeAll('trkt');
  });

  it('creates namespaces joined by a veth pair that can ping each other', async () => {
    const a = await set.add('a');
    const b = await set.add('b');
    await set.veth(a, 'v-a', b, 'v-b');
    await set.exec(a, 'ip', ['addr', 'add', '192.0.2.1/24', 'dev', 'v-a']);
    await set.exec(b, 'ip', ['addr', 'add', '192.0.2.2/24', 'dev', 'v-b']);
    await set.exec(a, 'ip', ['link', 'set', 'v-a', 'up']);
    await set.exec(b, 'ip', ['link', 'set', 'v-b', 'up']);
    const out = await set.exec(a, 'ping', ['-c', '1', '-W', '2', '192.0.2.2']);
    expect(out).toMatch(/1 received/);
    expect(await NamespaceSet.existing('trkt')).toEqual(expect.arrayContaining([a, b]));
  });

  it('removes stale namespaces left by an earlier run', async () => {
    const stale = await set.add('stale');
    await NamespaceSet.removeAll('trkt');
    expect(await NamespaceSet.existing('trkt')).not.toContain(stale);
  });
});
