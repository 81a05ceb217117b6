import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedTopology, startTestApp, type TestApp } from './test-app';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
  await seedTopology(t);
});
afterEach(async () => t.close());

const register = (id: string, vtep: string) => t.call('POST', '/admin/v1/hosts', { host: { id, cell: 'c1', vtep } });
const answer = (res: { status: number; json: any }) => [res.status, res.json?.NeutronError?.type];

describe('cells', () => {
  it('refuses a cell in an availability zone that was never created', async () => {
    const res = await t.call('POST', '/admin/v1/cells', { cell: { name: 'cx', region: 'r1', availability_zone: 'AZ1' } });
    expect(answer(res)).toEqual([404, 'AvailabilityZoneNotFound']);
    expect((await t.call('GET', '/admin/v1/cells/cx')).status).toBe(404);
    expect((await t.call('POST', '/admin/v1/cells', { cell: { name: 'cx', region: 'r1', availability_zone: 'az1' } })).status).toBe(201);
  });
});

describe('host VTEPs', () => {
  it('refuses addresses no host can receive VXLAN on', async () => {
    for (const vtep of ['0.0.0.0', '255.255.255.255', '224.0.0.1', '239.1.2.3', '127.0.0.1', '::1', '::', 'fe80::1', 'ff02::1', '169.254.1.1']) {
      expect([vtep, ...answer(await register('hx', vtep))]).toEqual([vtep, 400, 'InvalidInput']);
    }
    expect((await t.call('GET', '/admin/v1/hosts/hx')).status).toBe(404);
  });

  it('refuses a VTEP another host has, on register and on update, and keeps a host its own', async () => {
    // h1 holds 192.0.2.1 (seed).
    expect(answer(await register('hx', '192.0.2.1'))).toEqual([400, 'InvalidInput']);
    expect(answer(await t.call('PUT', '/admin/v1/hosts/h2', { host: { vtep: '192.0.2.1' } }))).toEqual([400, 'InvalidInput']);
    expect((await t.call('PUT', '/admin/v1/hosts/h1', { host: { vtep: '192.0.2.1', agent_state: 'up' } })).status).toBe(200);
    expect((await register('hx', '192.0.2.50')).status).toBe(201);
  });
});
