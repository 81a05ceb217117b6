import { Collections } from '@trellis/domain';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Why a value from central's (v1, untyped JSON) feed cannot be held by the replica, or undefined
 * when it has the fields the agent reads and serves, with their types. A refused value is
 * reported and skipped; what the replica holds for that id stays: never a delete.
 */
export function feedValueProblem(collection: string, value: unknown): string | undefined {
  if (!isObject(value)) return 'not an object';
  const str = (k: string) => (typeof value[k] === 'string' ? undefined : `${k} is not a string`);
  const list = (k: string) => (Array.isArray(value[k]) ? undefined : `${k} is not a list`);
  switch (collection) {
    case Collections.regions:
    case Collections.zones:
    case Collections.cells:
      return str('name');
    case Collections.hosts:
      return str('id') ?? str('cell') ?? str('vtep');
    case Collections.networks:
      return str('id') ?? str('projectId') ?? str('status') ?? list('availabilityZoneHints');
    case Collections.subnets:
      return str('id') ?? str('networkId') ?? str('cidr');
    case Collections.routers:
      return str('id') ?? str('projectId') ?? list('availabilityZoneHints') ?? list('interfaces') ?? list('routes');
    case Collections.ports: {
      const problem = str('id') ?? str('networkId') ?? str('macAddress') ?? str('status') ?? list('fixedIps') ?? list('bindings');
      if (problem) return problem;
      return (value.bindings as unknown[]).every((b) => isObject(b) && typeof b.host === 'string' && typeof b.status === 'string') ? undefined : 'bindings has an entry without host or status';
    }
    default:
      return undefined;
  }
}

/** A feed value the replica refused. */
export interface RejectedValue {
  readonly collection: string;
  readonly id: string;
  readonly reason: string;
}
