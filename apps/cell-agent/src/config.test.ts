import { isErrorType } from '@trellis/domain';
import { formatConfigProblems, loadConfig } from '@trellis/runtime';
import { describe, expect, it } from 'vitest';
import { CellAgentConfigSchema, DEFAULT_CELL_AGENT_CONFIG, dataDirOf } from './config';

const load = (env: Record<string, string>) => loadConfig(CellAgentConfigSchema, { defaults: DEFAULT_CELL_AGENT_CONFIG, env, envPrefix: 'TRELLIS_CELL_AGENT_' });

describe('cell-agent config', () => {
  it('reads region, cells and central endpoints from the environment, with defaults for the rest', () => {
    const config = load({ TRELLIS_CELL_AGENT_REGION: 'RegionTwo', TRELLIS_CELL_AGENT_CELLS: 'cell2,cell3', TRELLIS_CELL_AGENT_CENTRAL__URLS: 'http://127.0.0.1:9696,http://127.0.0.1:19696' });
    expect(config).toMatchObject({ region: 'RegionTwo', cells: ['cell2', 'cell3'], listen: { host: '127.0.0.1', port: 9697 } });
    expect(config.central).toEqual({ urls: ['http://127.0.0.1:9696', 'http://127.0.0.1:19696'], feedTargets: ['127.0.0.1:9699'], timeoutMs: 2000, feedTls: {} });
    expect(dataDirOf(config)).toBe('./.trellis/cell-agent-RegionTwo');
  });

  it('names every problem of a bad configuration', () => {
    let caught: unknown;
    try {
      load({ TRELLIS_CELL_AGENT_CELLS: '', TRELLIS_CELL_AGENT_CENTRAL__URLS: 'ftp://x', TRELLIS_CELL_AGENT_LISTEN__PORT: '70000' });
    } catch (err) {
      caught = err;
    }
    expect(isErrorType(caught, 'InvalidConfig')).toBe(true);
    const text = formatConfigProblems(caught);
    expect(text).toContain('Invalid configuration');
    for (const path of ['/region', '/cells', '/central/urls/0', '/listen/port']) expect(text).toContain(path);
  });
});
