import { describe, expect, it } from 'vitest';
import { dataChangeEvent, deleteEvent, isNovaPort, isUuidLike, statusChangeEvent, type NovaPort } from './nova-event';

const SERVER = '3f2c1a9e-8d7b-4c6a-9e5f-1b2c3d4e5f60';
const port = (status: string, over: Partial<NovaPort> = {}): NovaPort => ({ id: 'p1', deviceId: SERVER, deviceOwner: 'compute:nova', status, ...over });

describe('statusChangeEvent (Neutron record_port_status_changed)', () => {
  const cases: [string | undefined, string, unknown][] = [
    ['DOWN', 'ACTIVE', { name: 'network-vif-plugged', status: 'completed' }],
    ['BUILD', 'ACTIVE', { name: 'network-vif-plugged', status: 'completed' }],
    [undefined, 'ACTIVE', { name: 'network-vif-plugged', status: 'completed' }],
    ['DOWN', 'ERROR', { name: 'network-vif-plugged', status: 'failed' }],
    ['BUILD', 'ERROR', { name: 'network-vif-plugged', status: 'failed' }],
    ['ACTIVE', 'DOWN', { name: 'network-vif-unplugged', status: 'completed' }],
    ['DOWN', 'BUILD', undefined],
    ['ACTIVE', 'BUILD', undefined],
    ['ACTIVE', 'ERROR', undefined],
    ['ERROR', 'ACTIVE', undefined],
    ['BUILD', 'DOWN', undefined],
  ];
  it.each(cases)('%s → %s', (previous, current, expected) => {
    const event = statusChangeEvent(port(current), previous);
    if (expected === undefined) expect(event).toBeUndefined();
    else expect(event).toEqual({ ...(expected as object), server_uuid: SERVER, tag: 'p1' });
  });
});

describe('data and delete events', () => {
  it('network-changed and network-vif-deleted carry the port id as tag and no status', () => {
    expect(dataChangeEvent(port('ACTIVE'))).toEqual({ name: 'network-changed', server_uuid: SERVER, tag: 'p1' });
    expect(deleteEvent(port('ACTIVE'))).toEqual({ name: 'network-vif-deleted', server_uuid: SERVER, tag: 'p1' });
  });
});

describe('which ports Nova hears about', () => {
  it.each([
    ['network:dhcp owner', { deviceOwner: 'network:dhcp' }],
    ['empty owner', { deviceOwner: '' }],
    ['owner merely containing compute', { deviceOwner: 'network:compute:x' }],
    ['empty device id', { deviceId: '' }],
    ['device id not uuid-like', { deviceId: 'dhcp-r1-net1' }],
  ])('no event for %s', (_label, over) => {
    const p = port('ACTIVE', over);
    expect(isNovaPort(p)).toBe(false);
    expect(statusChangeEvent(p, 'DOWN')).toBeUndefined();
    expect(dataChangeEvent(p)).toBeUndefined();
    expect(deleteEvent(p)).toBeUndefined();
  });

  it('accepts any compute:<az> owner', () => {
    expect(isNovaPort(port('DOWN', { deviceOwner: 'compute:az2' }))).toBe(true);
  });

  it('treats uuids as oslo is_uuid_like does', () => {
    expect(isUuidLike(SERVER)).toBe(true);
    expect(isUuidLike(SERVER.toUpperCase())).toBe(true);
    expect(isUuidLike(SERVER.replaceAll('-', ''))).toBe(true);
    expect(isUuidLike(`{${SERVER}}`)).toBe(true);
    expect(isUuidLike(`urn:uuid:${SERVER}`)).toBe(true);
    expect(isUuidLike(SERVER.slice(1))).toBe(false);
    expect(isUuidLike(`${SERVER.slice(0, -1)}g`)).toBe(false);
  });
});
