import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CellAgentConfigSchema, DEFAULT_CELL_AGENT_CONFIG } from '@trellis/cell-agent/src/config';
import { CentralConfigSchema, DEFAULT_CENTRAL_CONFIG } from '@trellis/central-api/src/config';
import { HostAgentConfigSchema } from '@trellis/host-agent/src/config';
import { loadConfig } from '@trellis/runtime';
import { VtepControllerConfigSchema } from '@trellis/vtep-controller/src/config';
import type { TSchema } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';

// The example configs shipped beside the systemd units (deploy/<app>/*.json) must load with the
// app's own schema, so that an operator who copies one starts from something valid.
const deploy = path.resolve(import.meta.dirname, '../../deploy');
// Each app's schema and the defaults its main.ts layers under the file.
const APPS: Record<string, { schema: TSchema; defaults?: unknown }> = {
  'central-api': { schema: CentralConfigSchema, defaults: DEFAULT_CENTRAL_CONFIG },
  'cell-agent': { schema: CellAgentConfigSchema, defaults: DEFAULT_CELL_AGENT_CONFIG },
  'vtep-controller': { schema: VtepControllerConfigSchema },
  'host-agent': { schema: HostAgentConfigSchema },
};

function tlsSettings(config: Record<string, unknown>): Array<Record<string, unknown>> {
  return Object.entries(config).flatMap(([key, value]) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
    const object = value as Record<string, unknown>;
    return key === 'tls' || key === 'feedTls' ? [object] : tlsSettings(object);
  });
}

describe('deploy/ example configs', () => {
  for (const [app, { schema, defaults }] of Object.entries(APPS)) {
    it(`${app}: every example loads with the app's schema, and a unit names its config`, () => {
      const files = readdirSync(path.join(deploy, app));
      const configs = files.filter((f) => f.endsWith('.json'));
      expect(configs.length).toBeGreaterThan(0);
      for (const f of configs) {
        expect(() => loadConfig(schema, { defaults: defaults as never, file: path.join(deploy, app, f) }), f).not.toThrow();
        // Every gRPC endpoint of an example runs mutual TLS (docs/deployment.md, "Mutual TLS").
        const endpoints = tlsSettings(JSON.parse(readFileSync(path.join(deploy, app, f), 'utf8')) as Record<string, unknown>);
        expect(endpoints.length, f).toBeGreaterThan(0);
        for (const tls of endpoints) expect(Object.keys(tls).sort(), f).toEqual(['caFile', 'certFile', 'keyFile']);
      }
      expect(files.some((f) => f.endsWith('.service'))).toBe(true);
    });
  }
});
