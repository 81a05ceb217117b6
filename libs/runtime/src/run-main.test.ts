import { Type } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config/load-config';
import { EXIT_FAILURE, EXIT_INVALID_CONFIG, runMain } from './run-main';

function fakeProcess() {
  const out = { stderr: '', exits: [] as number[] };
  return { out, proc: { stderr: { write: (t: string) => (out.stderr += t) }, exit: (c: number) => void out.exits.push(c) } };
}

describe('runMain', () => {
  it('prints every config problem and exits with EX_CONFIG', async () => {
    const { out, proc } = fakeProcess();
    const schema = Type.Object({ port: Type.Integer(), host: Type.String() });
    await runMain(
      async () => {
        loadConfig(schema, { defaults: {}, env: { APP_PORT: 'x' }, envPrefix: 'APP_' });
      },
      undefined,
      proc,
    );
    expect(out.exits).toEqual([EXIT_INVALID_CONFIG]);
    expect(out.stderr).toMatch(/\/port: .*env APP_PORT/);
    expect(out.stderr).toMatch(/\/host: /);
  });

  it('exits 1 on other failures and does nothing when main succeeds', async () => {
    const failed = fakeProcess();
    await runMain(() => Promise.reject(new Error('boom')), undefined, failed.proc);
    expect(failed.out.exits).toEqual([EXIT_FAILURE]);
    expect(failed.out.stderr).toMatch(/startup failed: Error: boom/);
    const ok = fakeProcess();
    await runMain(async () => {}, undefined, ok.proc);
    expect(ok.out.exits).toEqual([]);
  });
});
