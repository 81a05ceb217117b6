import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort, spawnNode, tempDir, type NodeProcess } from '@trellis/testkit';
import { afterAll, describe, expect, it } from 'vitest';

// Builds every app, copies nothing but the build output to a temp dir outside the workspace and
// runs the four of them from there with plain node, talking to each over its real interfaces.
const workspace = path.resolve(import.meta.dirname, '../..');
const dir = tempDir('trellis-built-');
const started: NodeProcess[] = [];
afterAll(async () => {
  for (const p of started.reverse()) await p.stop(10_000);
  dir.remove();
}, 120_000);

async function buildApp(app: string): Promise<string> {
  const out = path.join(dir.path, app);
  await promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(workspace, 'tools/build/build-app.ts'), app, '--out', out], { cwd: workspace });
  return out;
}

function run(app: string, out: string, configEnv: string, config: object): NodeProcess {
  const file = path.join(out, 'config.json');
  writeFileSync(file, JSON.stringify(config));
  // cwd and entry outside the workspace: nothing can resolve a package from the workspace tree.
  const proc = spawnNode(path.join(out, 'main.mjs'), { loader: 'none', cwd: out, env: { [configEnv]: file, NODE_PATH: '' } });
  started.push(proc);
  return proc;
}

async function json(url: string, init?: RequestInit): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(url, { ...init, headers: { 'content-type': 'application/json', ...init?.headers } });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('built apps run outside the workspace', () => {
  it('central-api, cell-agent, vtep-controller and host-agent start from their build output and serve', async () => {
    expect(path.relative(workspace, dir.path).startsWith('..')).toBe(true);
    const [central, cell, controller, host] = await Promise.all(['central-api', 'cell-agent', 'vtep-controller', 'host-agent'].map(buildApp));
    const [restPort, feedPort, cellPort, ctlPort, ctlOps, hostOps] = await Promise.all([freePort(), freePort(), freePort(), freePort(), freePort(), freePort()]);
    const rest = `http://127.0.0.1:${restPort}`;

    const centralProc = run('central-api', central, 'TRELLIS_CENTRAL_CONFIG', {
      listen: { host: '127.0.0.1', port: restPort }, grpc: { listen: `127.0.0.1:${feedPort}` }, dataDir: path.join(central, 'data'),
    });
    await centralProc.waitFor(/central-api ready:/, 30_000);
    const page = await fetch(`${rest}/ui/`);
    expect([page.status, page.headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8']);
    expect(await page.text()).toMatch(/<script type="module" src="\.\/main-[A-Z0-9]{8}\.js"><\/script>/);
    for (const [p, body] of [
      ['regions', { region: { name: 'RegionOne' } }],
      ['availability_zones', { availability_zone: { name: 'az1' } }],
      ['cells', { cell: { name: 'cell1', region: 'RegionOne', availability_zone: 'az1' } }],
      ['hosts', { host: { id: 'compute-1', cell: 'cell1', vtep: '192.0.2.11' } }],
    ] as const) {
      expect((await json(`${rest}/admin/v1/${p}`, { method: 'POST', body: JSON.stringify(body) })).status).toBe(201);
    }

    run('vtep-controller', controller, 'TRELLIS_VTEP_CONTROLLER_CONFIG', {
      listen: { host: '127.0.0.1', port: ctlPort }, ops: { enabled: true, port: ctlOps }, feedTargets: [`127.0.0.1:${feedPort}`], dataDir: path.join(controller, 'data'),
    });
    await until('controller ready', async () => (await fetch(`http://127.0.0.1:${ctlOps}/readyz`)).status === 200);

    const agent = run('cell-agent', cell, 'TRELLIS_CELL_AGENT_CONFIG', {
      region: 'RegionOne', cells: ['cell1'], central: { urls: [rest], feedTargets: [`127.0.0.1:${feedPort}`] }, listen: { host: '127.0.0.1', port: cellPort }, dataDir: path.join(cell, 'data'),
    });
    await agent.waitFor(/cell-agent listening/, 30_000);
    const net = await json(`${rest}/v2.0/networks`, { method: 'POST', body: JSON.stringify({ network: { name: 'built' } }) });
    expect(net.status).toBe(201);
    const id = (net.body.network as { id: string }).id;
    const regional = await json(`http://127.0.0.1:${cellPort}/v2.0/networks?id=${id}`);
    expect(regional.status).toBe(200);
    expect((regional.body.networks as Array<{ id: string }>).map((n) => n.id)).toEqual([id]);

    run('host-agent', host, 'TRELLIS_HOST_AGENT_CONFIG', {
      hostId: 'compute-1', vtep: '192.0.2.11', targets: [`127.0.0.1:${ctlPort}`], ops: { enabled: true, port: hostOps }, dataDir: path.join(host, 'data'),
    });
    await until('host-agent ready', async () => (await fetch(`http://127.0.0.1:${hostOps}/readyz`)).status === 200);
    const metrics = await (await fetch(`http://127.0.0.1:${ctlOps}/metrics`)).text();
    expect(metrics).toMatch(/^trellis_controller_streams\{[^}]*state="attached"[^}]*\} 1$/m);

    for (const p of started.splice(0).reverse()) expect(await p.stop(10_000)).toBe(0);
  }, 180_000);
});
