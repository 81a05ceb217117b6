import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { startAllInOne, type AllInOne } from './all-in-one';
import { launchChromium, type RunningChromium } from './chromium';
import { bindPort, createNetwork } from './rest';

// The topology page in real headless Chromium against the real all-in-one: central-api (serving
// /ui/), the vtep-controller, both cell-agents and four simulated hosts, on free loopback ports.
const root = path.resolve(import.meta.dirname, '../../..');
/** Where every run leaves its screenshot; with TRELLIS_UPDATE_SCREENSHOTS=1 the docs' copy is replaced too. */
const SCREENSHOTS = [path.join(root, 'tmp/ui/topology.png'), ...(process.env.TRELLIS_UPDATE_SCREENSHOTS === '1' ? [path.join(root, 'docs/images/topology.png')] : [])];

let aio: AllInOne | undefined;
let chromium: RunningChromium | undefined;
let page: Page;
const pageErrors: string[] = [];

/**
 * Starts Chromium, the all-in-one and the page once, on the first test's demand (not in a
 * beforeAll): when Chromium is missing every test fails with the message, none is reported skipped.
 */
async function start(): Promise<void> {
  // Chromium first: when it is missing, say so before spending a minute on the services.
  chromium = await launchChromium();
  aio = await startAllInOne();
  const global = await createNetwork(aio.central, 'tenant-global');
  const scoped = await createNetwork(aio.central, 'tenant-az1', ['az1']);
  await bindPort(aio.central, global.id, 'compute-1-1');
  await bindPort(aio.central, global.id, 'compute-2-1');
  await bindPort(aio.central, scoped.id, 'compute-1-2');
  page = await chromium.browser.newPage({ viewport: { width: 1400, height: 1000 } });
  // Script errors and CSP refusals show up here; the page must have none.
  page.on('pageerror', (err) => pageErrors.push(`pageerror: ${err.message}`));
  page.on('console', (m) => {
    // The page asks for /v2.0/routers, which central may answer 404 (no L3 API yet): expected.
    if (m.type() === 'error' && !m.location().url.endsWith('/v2.0/routers')) pageErrors.push(`console: ${m.text()} (${m.location().url})`);
  });
}
let started: Promise<void> | undefined;
const ready = () => (started ??= start());

afterAll(async () => {
  await started?.catch(() => undefined);
  await chromium?.close();
  await aio?.stop();
}, 60_000);

const row = (attr: string, value: string) => page.locator(`[${attr}="${value}"]`);

describe('topology page (/ui/)', () => {
  it('renders regions → cells (AZ) → hosts with liveness and controller lag, networks with scope, the mesh per VNI, and routers', async () => {
    await ready();
    const central = aio!.central;
    const response = await page.goto(`${central}/ui/`);
    expect(response?.status()).toBe(200);
    await expect.poll(() => page.locator('#feed-state').getAttribute('data-state'), { timeout: 15_000 }).toBe('open');

    for (const region of ['RegionOne', 'RegionTwo']) await row('data-region', region).waitFor();
    expect(await row('data-region', 'RegionOne').locator('[data-cell]').evaluateAll((cells) => cells.map((c) => [c.getAttribute('data-cell'), c.getAttribute('data-az')]))).toEqual([['cell1', 'az1']]);
    expect(await row('data-region', 'RegionTwo').locator('[data-cell]').evaluateAll((cells) => cells.map((c) => [c.getAttribute('data-cell'), c.getAttribute('data-az')]))).toEqual([['cell2', 'az2'], ['cell3', 'az2']]);
    expect(await row('data-cell', 'cell1').locator('[data-host]').evaluateAll((hosts) => hosts.map((h) => h.getAttribute('data-host')))).toEqual(['compute-1-1', 'compute-1-2']);
    // Every simulated host-agent is connected: central says up, the controller says attached with a lag figure.
    await expect.poll(() => page.locator('[data-host][data-agent-state="up"]').count(), { timeout: 20_000 }).toBe(4);
    await expect.poll(() => page.locator('[data-controller]').getAttribute('data-controller'), { timeout: 20_000 }).toBe('ok');
    await expect.poll(() => page.locator('[data-host] [data-lag]').count(), { timeout: 20_000 }).toBe(4);
    expect(await row('data-host', 'compute-2-1').innerText()).toContain('198.51.100.21');

    const global = row('data-network', 'tenant-global');
    expect(await global.locator('[data-scope]').getAttribute('data-scope')).toBe('global');
    expect(await global.locator('[data-zones]').getAttribute('data-zones')).toBe('az1,az2');
    const scoped = row('data-network', 'tenant-az1');
    expect(await scoped.locator('[data-scope]').getAttribute('data-scope')).toBe('scoped');
    expect(await scoped.locator('[data-scope]').innerText()).toContain('hints: az1');

    const members = (network: string) => row('data-mesh-network', network).locator('[data-member]').evaluateAll((m) => m.map((x) => x.getAttribute('data-member')));
    expect(await members('tenant-global')).toEqual(['compute-1-1', 'compute-2-1']);
    expect(await members('tenant-az1')).toEqual(['compute-1-2']);

    // Routers: listed when central serves /v2.0/routers, otherwise the page says it does not.
    const routers = await fetch(`${central}/v2.0/routers`);
    expect(await page.locator('[data-routers]').getAttribute('data-routers')).toBe(routers.status === 404 ? 'absent' : 'none');
    expect(pageErrors).toEqual([]);
  });

  it('shows a network created over REST, and its first tunnel endpoint, live over the WebSocket without a reload', async () => {
    await ready();
    const central = aio!.central;
    await page.evaluate(() => Object.assign(window, { loadedOnce: true }));
    const loads = Number(await page.locator('body').getAttribute('data-loads'));

    const live = await createNetwork(central, 'live-red', ['RegionTwo']);
    const network = row('data-network', 'live-red');
    await network.waitFor({ timeout: 10_000 });
    expect(await network.locator('[data-scope]').getAttribute('data-scope')).toBe('scoped');
    expect(await network.locator('td').nth(1).innerText()).toBe(String(live['provider:segmentation_id']));
    await page.locator('#event-list li', { hasText: `put networks live-red (${live.id})` }).waitFor({ timeout: 10_000 });

    await bindPort(central, live.id, 'compute-3-1');
    await row('data-mesh-network', 'live-red').locator('[data-member="compute-3-1"]').waitFor({ timeout: 10_000 });

    expect(await page.evaluate(() => (window as unknown as { loadedOnce?: boolean }).loadedOnce)).toBe(true);
    expect(Number(await page.locator('body').getAttribute('data-loads'))).toBeGreaterThan(loads);
    expect(pageErrors).toEqual([]);

    for (const file of SCREENSHOTS) {
      mkdirSync(path.dirname(file), { recursive: true });
      await page.screenshot({ path: file, fullPage: true });
    }
  });
});
