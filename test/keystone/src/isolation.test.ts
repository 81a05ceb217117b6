import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PasswordCli } from './openstack-password-cli';

const cloud = inject('cloud');
const { memberA, readerA, memberB } = cloud.users;
let home: string;
let cli: PasswordCli;
let netA: { id: string };
let subnetA: { id: string };
let portA: { id: string };

beforeAll(async () => {
  home = mkdtempSync(path.join(tmpdir(), 'trellis-keystone-cli-'));
  cli = new PasswordCli(cloud.keystoneUrl, home);
  netA = await cli.json(memberA, 'network', 'create', 'iso-net-a');
  subnetA = await cli.json(memberA, 'subnet', 'create', '--network', netA.id, '--subnet-range', '10.80.0.0/24', 'iso-subnet-a');
  portA = await cli.json(memberA, 'port', 'create', '--network', netA.id, 'iso-port-a');
});

afterAll(() => rmSync(home, { recursive: true, force: true }));

/** The CLI failed, and said why (a policy or not-found refusal, never a crash or a 401). */
function refused(result: { code: number; stderr: string }, pattern: RegExp): void {
  expect(result.code, result.stderr).not.toBe(0);
  expect(result.stderr).toMatch(pattern);
}

describe('openstack CLI with Keystone password auth', () => {
  it("gives resources the caller's project, and shows them to that project", async () => {
    const projects = await cli.json<{ ID: string; Name: string }[]>(cloud.admin, 'project', 'list');
    const projectA = projects.find((p) => p.Name === 'project-a')!.ID;
    const shown = await cli.json<{ project_id: string }>(memberA, 'network', 'show', netA.id);
    expect(shown.project_id).toBe(projectA);
    const names = (await cli.json<{ Name: string }[]>(memberA, 'network', 'list')).map((n) => n.Name);
    expect(names).toContain('iso-net-a');
  });

  it("keeps two projects out of each other's networks, subnets and ports", async () => {
    const names = (await cli.json<{ Name: string }[]>(memberB, 'network', 'list')).map((n) => n.Name);
    expect(names).not.toContain('iso-net-a');
    expect((await cli.json<{ ID: string }[]>(memberB, 'subnet', 'list')).map((s) => s.ID)).not.toContain(subnetA.id);
    expect((await cli.json<{ ID: string }[]>(memberB, 'port', 'list')).map((p) => p.ID)).not.toContain(portA.id);
    refused(await cli.run(memberB, 'network', 'show', netA.id), /No Network found|could not be found/);
    refused(await cli.run(memberB, 'network', 'set', '--name', 'stolen', netA.id), /No Network found|could not be found|disallowed by policy/);
    refused(await cli.run(memberB, 'subnet', 'set', '--name', 'stolen', subnetA.id), /No Subnet found|could not be found|disallowed by policy/);
    refused(await cli.run(memberB, 'port', 'set', '--name', 'stolen', portA.id), /No Port found|could not be found|disallowed by policy/);
    refused(await cli.run(memberB, 'port', 'delete', portA.id), /No Port found|could not be found|disallowed by policy|Failed to delete/);
    refused(await cli.run(memberB, 'network', 'delete', netA.id), /No Network found|could not be found|disallowed by policy|Failed to delete/);
    expect((await cli.json<{ name: string }>(memberA, 'network', 'show', netA.id)).name).toBe('iso-net-a');
  });

  it('refuses admin-only attributes to a member (provider:*, binding:host_id)', async () => {
    refused(await cli.run(memberA, 'network', 'create', '--provider-network-type', 'vxlan', 'iso-provider'), /disallowed by policy/);
    refused(await cli.run(memberA, 'port', 'set', '--host', 'compute-1', portA.id), /disallowed by policy/);
    const shown = await cli.json<Record<string, unknown>>(memberA, 'port', 'show', portA.id);
    expect(shown.binding_host_id ?? '').toBe('');
  });

  it('lets a project reader list and show, and nothing else', async () => {
    const names = (await cli.json<{ Name: string }[]>(readerA, 'network', 'list')).map((n) => n.Name);
    expect(names).toContain('iso-net-a');
    expect((await cli.json<{ id: string }>(readerA, 'port', 'show', portA.id)).id).toBe(portA.id);
    refused(await cli.run(readerA, 'network', 'create', 'iso-reader-net'), /disallowed by policy/);
    refused(await cli.run(readerA, 'network', 'set', '--name', 'renamed', netA.id), /disallowed by policy/);
    refused(await cli.run(readerA, 'port', 'create', '--network', netA.id, 'iso-reader-port'), /disallowed by policy/);
    refused(await cli.run(readerA, 'subnet', 'delete', subnetA.id), /disallowed by policy|Failed to delete/);
    expect((await cli.json<{ Name: string }[]>(memberA, 'network', 'list')).map((n) => n.Name)).not.toContain('iso-reader-net');
  });
});
