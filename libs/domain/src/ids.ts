import { randomUUID } from 'node:crypto';

const UUID_RE = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;

/** A new resource id (UUID v4, lower case), the same id at central and in every region. */
export function newId(): string {
  return randomUUID();
}

/** True for a UUID with or without dashes, as Neutron's `uuid-like` validator accepts. */
export function isUuidLike(value: unknown): value is string {
  return typeof value === 'string' && UUID_RE.test(value);
}

/** Neutron's name for a host-facing device: "tap" + the first 11 characters of the port id. */
export function tapDeviceName(portId: string): string {
  return `tap${portId.slice(0, 11)}`;
}
