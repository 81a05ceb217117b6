import { describe, expect, it } from 'vitest';
import { DomainError, ERROR_CATALOGUE, ERROR_KINDS, GrpcStatus, domainError, isErrorType, renderTemplate, toNeutronError, type ErrorType } from './errors';

const types = Object.keys(ERROR_CATALOGUE) as ErrorType[];
const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
const fill = (template: string) => Object.fromEntries(placeholders(template).map((p) => [p, `<${p}>`]));

describe('error catalogue', () => {
  it('has a known kind, a sentence template and a unique type for every entry', () => {
    for (const type of types) {
      const spec = ERROR_CATALOGUE[type];
      expect(ERROR_KINDS[spec.kind], type).toBeDefined();
      expect(spec.template, type).toMatch(/^[A-Z(<{].*[.]$/s);
      expect(type, type).toMatch(/^[A-Z][A-Za-z]+$/);
    }
    expect(new Set(types).size).toBe(types.length);
  });

  it('maps every kind to a 4xx/5xx status and a non-OK gRPC status', () => {
    for (const [kind, map] of Object.entries(ERROR_KINDS)) {
      expect(map.httpStatus, kind).toBeGreaterThanOrEqual(400);
      expect(map.httpStatus, kind).toBeLessThan(600);
      expect(map.grpcStatus, kind).not.toBe(GrpcStatus.OK);
    }
  });

  it('carries the Neutron type names Nova and neutronclient catch', () => {
    for (const name of ['PortNotFound', 'NetworkNotFound', 'SubnetNotFound', 'IpAddressGenerationFailure', 'MacAddressInUse', 'IpAddressInUse', 'IpAddressAlreadyAllocated', 'InvalidIpForNetwork', 'NetworkInUse', 'AvailabilityZoneNotFound', 'PortBindingNotFound']) {
      expect(types, name).toContain(name);
      expect(ERROR_CATALOGUE[name as ErrorType].rest, name).toBe(true);
    }
  });

  it('renders each template fully when given its params', () => {
    for (const type of types) {
      const err = new DomainError(type, fill(ERROR_CATALOGUE[type].template) as never);
      expect(err.message, type).not.toMatch(/\{\w+\}|<\w+\?>/);
      expect(err.name).toBe(type);
      expect(err).toBeInstanceOf(Error);
    }
  });

  it('uses neutron-lib messages for the common not-found errors', () => {
    expect(domainError('NetworkNotFound', { net_id: 'n1' }).message).toBe('Network n1 could not be found.');
    expect(domainError('PortNotFound', { port_id: 'p1' }).message).toBe('Port p1 could not be found.');
    expect(domainError('IpAddressGenerationFailure', { net_id: 'n1' }).message).toBe('No more IP addresses available on network n1.');
  });

  it('shows a missing param instead of hiding it', () => {
    expect(renderTemplate('Port {port_id} could not be found.', {})).toBe('Port <port_id?> could not be found.');
  });
});

describe('toNeutronError', () => {
  it('maps REST-visible errors to their status and NeutronError body', () => {
    const { status, body } = toNeutronError(domainError('MacAddressInUse', { net_id: 'n', mac: 'fa:16:3e:00:00:01' }));
    expect(status).toBe(409);
    expect(body).toEqual({ NeutronError: { type: 'MacAddressInUse', message: 'Unable to complete operation for network n. The mac address fa:16:3e:00:00:01 is in use.', detail: '' } });
  });

  it('hides unexpected and internal errors behind Neutron’s fixed 500 message', () => {
    for (const err of [new Error('boom'), domainError('UnknownCollection', { collection: 'x' }), 'string']) {
      const { status, body } = toNeutronError(err);
      expect(status).toBe(500);
      expect(body.NeutronError.message).toBe('Request Failed: internal server error while processing your request.');
    }
  });

  it('reports store conflicts as a retryable 409 and unavailability as 503', () => {
    expect(toNeutronError(domainError('StoreConflict', { collection: 'ports', key: 'p', expected: 1, actual: 2 })).status).toBe(409);
    const down = toNeutronError(domainError('StoreClosed', {}));
    expect(down.status).toBe(503);
    expect(down.body.NeutronError.type).toBe('ServiceUnavailable');
  });

  it('narrows by type', () => {
    const err: unknown = domainError('HostNotFound', { host: 'h1' });
    expect(isErrorType(err, 'HostNotFound')).toBe(true);
    expect(isErrorType(err, 'CellNotFound')).toBe(false);
  });
});
