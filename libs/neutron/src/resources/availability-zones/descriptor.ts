import type { ResourceDescriptor } from '../descriptor';
import { registerAvailabilityZoneRoutes } from './routes';

/** `availability_zone`: listed everywhere; the zones are read where the endpoint knows them. */
export const availabilityZonesResource: ResourceDescriptor = {
  name: 'availability-zones',
  collections: ['availability_zones'],
  extensions: [{ alias: 'availability_zone', name: 'Availability Zone', description: 'The availability zone extension.' }],
  register: (app, mount) => {
    if (mount.availabilityZones) registerAvailabilityZoneRoutes(app, mount.availabilityZones);
  },
};
