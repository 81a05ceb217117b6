import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Type } from '@sinclair/typebox';
import { isErrorType } from '@trellis/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from './load-config';
import { configProblems, formatConfigProblems } from './problems';

const Schema = Type.Object({
  name: Type.String({ minLength: 1 }),
  listen: Type.Object({ host: Type.String(), port: Type.Integer({ minimum: 0, maximum: 65535 }) }),
  log: Type.Object({ level: Type.Union([Type.Literal('debug'), Type.Literal('info'), Type.Literal('warn')]) }),
  feed: Type.Object({
    queueLimitBytes: Type.Number({ minimum: 1 }),
    enabled: Type.Boolean(),
    targets: Type.Array(Type.String()),
  }),
  tags: Type.Optional(Type.Array(Type.Integer())),
  retries: Type.Integer({ default: 3 }),
});

const defaults = {
  name: 'central-api',
  listen: { host: '127.0.0.1', port: 9696 },
  log: { level: 'info' as const },
  feed: { queueLimitBytes: 1_048_576, enabled: true, targets: ['a:1'] },
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'trellis-config-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function writeJson(name: string, value: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
}

function problemsOf(fn: () => unknown): readonly string[] {
  try {
    fn();
  } catch (err) {
    expect(isErrorType(err, 'InvalidConfig')).toBe(true);
    return configProblems(err);
  }
  throw new Error('expected InvalidConfig');
}

describe('loadConfig', () => {
  it('layers defaults, then the file, then env, and fills schema defaults', () => {
    const file = writeJson('c.json', { listen: { port: 1000 }, log: { level: 'warn' }, feed: { targets: ['f:1', 'f:2'] } });
    const config = loadConfig(Schema, {
      defaults,
      file,
      env: { TRELLIS_LISTEN__PORT: '9797', OTHER_LISTEN__PORT: '1', TRELLIS_FEED__TARGETS: 'x:1, y:2' },
      envPrefix: 'TRELLIS_',
    });
    expect(config).toEqual({
      name: 'central-api',
      listen: { host: '127.0.0.1', port: 9797 },
      log: { level: 'warn' },
      feed: { queueLimitBytes: 1_048_576, enabled: true, targets: ['x:1', 'y:2'] },
      retries: 3,
    });
  });

  it('coerces env strings to the schema types, camelCase via single underscores', () => {
    const config = loadConfig(Schema, {
      defaults,
      env: {
        TRELLIS_FEED__QUEUE_LIMIT_BYTES: '2048',
        TRELLIS_FEED__ENABLED: 'false',
        TRELLIS_TAGS: '[1, 2]',
        TRELLIS_RETRIES: '5',
      },
      envPrefix: 'TRELLIS_',
    });
    expect(config.feed.queueLimitBytes).toBe(2048);
    expect(config.feed.enabled).toBe(false);
    expect(config.tags).toEqual([1, 2]);
    expect(config.retries).toBe(5);
  });

  it('reports every problem with its path and the layer that set it', () => {
    const file = writeJson('c.json', { name: '', listen: { port: 70000 }, extra: 1 });
    const problems = problemsOf(() =>
      loadConfig(Schema, {
        defaults,
        file,
        env: { T_LOG__LEVEL: 'loud', T_FEED__ENABLED: 'maybe', T_NOPE: '1', T_TAGS: '[1,' },
        envPrefix: 'T_',
        strictEnv: true,
      }),
    );
    const byPath = (p: string) => problems.filter((line) => line.startsWith(`${p}:`));
    expect(byPath('/name')[0]).toMatch(/file .*c\.json/);
    expect(byPath('/listen/port')[0]).toMatch(/65535.*file/);
    expect(byPath('/extra')[0]).toMatch(/Unknown setting/);
    expect(byPath('/log/level')[0]).toMatch(/env T_LOG__LEVEL/);
    expect(byPath('/feed/enabled')[0]).toMatch(/boolean.*env T_FEED__ENABLED/i);
    expect(byPath('/tags')[0]).toMatch(/JSON array.*env T_TAGS/);
    expect(problems.some((p) => p.includes('Unknown setting T_NOPE'))).toBe(true);
    expect(problems.length).toBeGreaterThanOrEqual(7);
  });

  it('skips prefixed variables that name no setting unless strict', () => {
    const env = { T_CONFIG: '/etc/trellis.json', T_LISTEN__PORT: '1', T_LISTEN__NOPE: 'x' };
    expect(loadConfig(Schema, { defaults, env, envPrefix: 'T_' }).listen.port).toBe(1);
    const problems = problemsOf(() => loadConfig(Schema, { defaults, env, envPrefix: 'T_', strictEnv: true }));
    expect(problems).toHaveLength(2);
    expect(problems.some((p) => p.includes('Unknown setting T_CONFIG'))).toBe(true);
    expect(problems.some((p) => p.startsWith('/listen:') && p.includes('Unknown setting T_LISTEN__NOPE'))).toBe(true);
  });

  it('reports a missing or malformed file and still checks the env', () => {
    const missing = problemsOf(() => loadConfig(Schema, { defaults, file: path.join(dir, 'absent.json') }));
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatch(/Cannot read the config file/);
    const broken = problemsOf(() =>
      loadConfig(Schema, { defaults, file: writeJson('b.json', '{"name": '), env: { T_LISTEN__PORT: 'x' }, envPrefix: 'T_' }),
    );
    expect(broken.some((p) => /Not valid JSON/.test(p))).toBe(true);
    expect(broken.some((p) => p.startsWith('/listen/port:') && p.includes('env T_LISTEN__PORT'))).toBe(true);
  });

  it('reports required settings nobody supplied', () => {
    const problems = problemsOf(() => loadConfig(Schema, { defaults: { name: 'x' } }));
    expect(problems.some((p) => p.startsWith('/listen:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('/feed:'))).toBe(true);
  });

  it('returns a deeply frozen object and leaves the defaults untouched', () => {
    const config = loadConfig(Schema, { defaults, env: { T_LISTEN__PORT: '1' }, envPrefix: 'T_' });
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.listen)).toBe(true);
    expect(Object.isFrozen(config.feed.targets)).toBe(true);
    expect(() => {
      (config.listen as { port: number }).port = 2;
    }).toThrow(TypeError);
    expect(defaults.listen.port).toBe(9696);
    expect(Object.isFrozen(defaults.listen)).toBe(false);
  });

  it('formats problems one per line for printing', () => {
    let text = '';
    try {
      loadConfig(Schema, { defaults, env: { T_LISTEN__PORT: 'x', T_LOG__LEVEL: 'y' }, envPrefix: 'T_' });
    } catch (err) {
      text = formatConfigProblems(err);
    }
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/Invalid configuration \(\d+ problems\)/);
    expect(lines.filter((l) => l.startsWith('  - /listen/port:'))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('  - /log/level:'))).toHaveLength(1);
  });
});
